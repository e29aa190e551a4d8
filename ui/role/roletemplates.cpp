#include "ui/role/roletemplates.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtGlobal>

#include <array>
#include <optional>

namespace hindsight::ui {

namespace {

struct Wording
{
    const char *id;
    const char *title;
    const char *description;
    const char *why;
};

constexpr const char *Context = "RoleTemplates";

// QT_TRANSLATE_NOOP marks the words for lupdate; all() translates them in the "RoleTemplates"
// context.
constexpr std::array Wordings = {
    Wording{"early-stage-product", QT_TRANSLATE_NOOP("RoleTemplates", "Early-stage product"),
            QT_TRANSLATE_NOOP("RoleTemplates",
                              "Builds the backend of a young product: CRUD APIs for the frontend, "
                              "third-party integrations (payments, e-mail, analytics) and the "
                              "background jobs that glue them together."),
            QT_TRANSLATE_NOOP("RoleTemplates",
                              "The work touches almost every layer of the stack but none of it "
                              "deeply yet, so breadth matters far more than specialist depth.")},
    Wording{"small-team-full-stack",
            QT_TRANSLATE_NOOP("RoleTemplates", "Small team, full-stack ownership"),
            QT_TRANSLATE_NOOP("RoleTemplates",
                              "One of a handful of engineers who own several services end to end, "
                              "from the database and the API to deployment and on-call."),
            QT_TRANSLATE_NOOP("RoleTemplates",
                              "With nobody to hand work to, the person must debug a query, a "
                              "proxy and a failed job in the same afternoon: wide, not deep.")},
    Wording{"greenfield-shifting",
            QT_TRANSLATE_NOOP("RoleTemplates", "Greenfield service, shifting requirements"),
            QT_TRANSLATE_NOOP("RoleTemplates",
                              "Starts a new service whose requirements change every sprint; "
                              "the design has to stay cheap to change."),
            QT_TRANSLATE_NOOP("RoleTemplates",
                              "When the problem is still moving, a simple design across many "
                              "layers beats a deep investment in any one domain.")},
    Wording{"payment-processing", QT_TRANSLATE_NOOP("RoleTemplates", "Payment processing engine"),
            QT_TRANSLATE_NOOP("RoleTemplates",
                              "Owns the engine that authorises, captures and settles payments: "
                              "idempotency, ledgers, retries and reconciliation."),
            QT_TRANSLATE_NOOP("RoleTemplates",
                              "A lost or doubled payment is the failure that matters, and only "
                              "deep payments knowledge sees it coming.")},
    Wording{"fraud-detection", QT_TRANSLATE_NOOP("RoleTemplates", "Real-time fraud detection"),
            QT_TRANSLATE_NOOP("RoleTemplates",
                              "Scores tens of thousands of transactions a minute within a tight "
                              "latency budget: stream processing, a feature store, the scoring "
                              "engine."),
            QT_TRANSLATE_NOOP("RoleTemplates",
                              "The system fails under load, not in the API, so streaming and "
                              "latency depth decide whether it holds.")},
    Wording{"job-scheduler", QT_TRANSLATE_NOOP("RoleTemplates", "Distributed job scheduler"),
            QT_TRANSLATE_NOOP("RoleTemplates",
                              "Builds the scheduler that runs jobs across many machines exactly "
                              "when and as often as promised, through node failures."),
            QT_TRANSLATE_NOOP("RoleTemplates",
                              "Leases, clocks and partial failures are distributed-systems "
                              "territory; a generalist's design works until the first partition.")},
    Wording{"database-performance",
            QT_TRANSLATE_NOOP("RoleTemplates", "Database-performance-critical product"),
            QT_TRANSLATE_NOOP("RoleTemplates",
                              "Keeps a data-heavy product fast: query plans, indexing strategy, "
                              "storage layout and the latency of the hot paths."),
            QT_TRANSLATE_NOOP("RoleTemplates",
                              "Knowing why a plan ignores an index, or when a partial index "
                              "helps, is the job, so depth in database internals dominates.")},
    Wording{"regulated-boundary",
            QT_TRANSLATE_NOOP("RoleTemplates", "Regulated boundary (PCI DSS / SOC 2 / HIPAA)"),
            QT_TRANSLATE_NOOP("RoleTemplates",
                              "Owns the part of the system auditors look at: encryption at rest, "
                              "key handling, access control and audit-log retention."),
            QT_TRANSLATE_NOOP("RoleTemplates",
                              "A compliance boundary is only as strong as its weakest invariant, "
                              "which takes specialist depth in compliance and cryptography.")},
    Wording{"t-shaped",
            QT_TRANSLATE_NOOP("RoleTemplates", "Specialist with broad awareness (t-shaped)"),
            QT_TRANSLATE_NOOP("RoleTemplates",
                              "Sets the architecture of one critical domain for a team of "
                              "generalists and works fluently in the layers around it."),
            QT_TRANSLATE_NOOP("RoleTemplates",
                              "The team needs someone deep enough to guard a domain's invariants "
                              "and broad enough to work with everyone who touches it.")},
};

const Wording *wordingFor(const QString &id)
{
    for (const Wording &w : Wordings) {
        if (id == QLatin1String(w.id))
            return &w;
    }
    return nullptr;
}

std::optional<core::Archetype> archetypeFromId(const QString &id)
{
    for (core::Archetype a : {core::Archetype::Generalist, core::Archetype::Specialist,
                              core::Archetype::TShaped, core::Archetype::Developing}) {
        if (id == QLatin1String(core::archetypeId(a)))
            return a;
    }
    return std::nullopt;
}

} // namespace

QList<RoleTemplates::Template> RoleTemplates::all()
{
    QFile file(QStringLiteral(":/templates/roles.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("RoleTemplates: cannot read %s", qPrintable(file.fileName()));
        return {};
    }
    const QJsonArray list =
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("templates")).toArray();
    QList<Template> result;
    for (const QJsonValue &value : list) {
        const QJsonObject o = value.toObject();
        Template t;
        t.id = o.value(QLatin1String("id")).toString();
        const Wording *w = wordingFor(t.id);
        const auto archetype = archetypeFromId(o.value(QLatin1String("archetype")).toString());
        if (!w || !archetype) {
            qWarning("RoleTemplates: template '%s' has no wording or archetype", qPrintable(t.id));
            continue;
        }
        t.title = QCoreApplication::translate(Context, w->title);
        t.description = QCoreApplication::translate(Context, w->description);
        t.why = QCoreApplication::translate(Context, w->why);
        t.archetype = *archetype;
        t.role.title = t.title.toStdString();
        t.role.description = t.description.toStdString();
        t.role.breadthDemand = o.value(QLatin1String("breadthDemand")).toDouble();
        const QJsonObject demands = o.value(QLatin1String("domainDemands")).toObject();
        for (auto it = demands.begin(); it != demands.end(); ++it)
            t.role.domainDemands[it.key().toStdString()] = it.value().toInt();
        result.append(t);
    }
    return result;
}

} // namespace hindsight::ui
