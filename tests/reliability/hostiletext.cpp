#include "tests/reliability/hostiletext.h"

#include "tests/common/temporarydatabase.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTextDocument>
#include <QTextEdit>
#include <QWidget>

namespace hindsight::test {

namespace {

// The markup fragments, as typed; any of them present raw in rich text would be interpreted.
const QStringList &markers()
{
    static const QStringList list{
        QStringLiteral("<font color=red>"),
        QStringLiteral("<a href=\"file:///etc/passwd\">"),
        QStringLiteral("<img src=x>"),
        QStringLiteral("<b>Bold</b>"),
    };
    return list;
}

bool holdsRawMarkup(const QString &text)
{
    for (const QString &m : markers())
        if (text.contains(m))
            return true;
    return false;
}

QString describe(const QObject *o)
{
    QString path;
    for (; o; o = o->parent()) {
        const QString name = o->objectName().isEmpty()
                                 ? QString::fromLatin1(o->metaObject()->className())
                                 : o->objectName();
        path = path.isEmpty() ? name : name + QLatin1Char('/') + path;
    }
    return path;
}

// A tooltip is shown as rich text when Qt's heuristic says so; raw markup then renders.
void checkToolTip(const QString &tip, const QString &where, QStringList &found)
{
    if (holdsRawMarkup(tip) && Qt::mightBeRichText(tip))
        found << QStringLiteral("%1: tooltip interprets %2").arg(where, tip);
}

void checkModel(const QAbstractItemModel *model, const QModelIndex &parent, const QString &where,
                QStringList &found)
{
    const int rows = model->rowCount(parent);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < model->columnCount(parent); ++c) {
            const QModelIndex index = model->index(r, c, parent);
            checkToolTip(index.data(Qt::ToolTipRole).toString(),
                         QStringLiteral("%1 item (%2, %3)").arg(where).arg(r).arg(c), found);
        }
        const QModelIndex first = model->index(r, 0, parent);
        if (model->hasChildren(first))
            checkModel(model, first, where, found);
    }
    for (int c = 0; c < model->columnCount(parent) && !parent.isValid(); ++c)
        checkToolTip(model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString(),
                     QStringLiteral("%1 header %2").arg(where).arg(c), found);
}

void checkWidget(QWidget *w, QStringList &found)
{
    const QString where = describe(w);
    if (w->isWindow() && w->windowTitle().contains(QStringLiteral("&lt;")))
        found << QStringLiteral("%1: window title shows escaped markup: %2")
                     .arg(where, w->windowTitle());
    checkToolTip(w->toolTip(), where, found);
    if (auto *label = qobject_cast<QLabel *>(w);
        label && holdsRawMarkup(label->text()) && label->textFormat() != Qt::PlainText)
        found << QStringLiteral("%1: label interprets %2").arg(where, label->text());
    if (auto *edit = qobject_cast<QTextEdit *>(w)) {
        // A document that made a link, an image or a colour out of user text.
        const QString html = edit->document()->toHtml();
        if (html.contains(QStringLiteral("file:///etc/passwd\""))
            || html.contains(QStringLiteral("<img src=\"x\""))
            || html.contains(QStringLiteral("color:#ff0000")))
            found << QStringLiteral("%1: text view interprets user markup").arg(where);
    }
    // A header shares its view's model; the view checks it.
    if (auto *view = qobject_cast<QAbstractItemView *>(w);
        view && view->model() && !qobject_cast<QHeaderView *>(w))
        checkModel(view->model(), view->rootIndex(), where, found);
}

} // namespace

QStringList hostileTexts()
{
    return {
        QStringLiteral("<font color=red>Eve</font>"),
        QStringLiteral("<a href=\"file:///etc/passwd\">Mallory</a>"),
        QStringLiteral("<img src=x>Trent"),
        QStringLiteral("<b>Bold</b>"),
    };
}

QString overrideText()
{
    return QStringLiteral("\u202Edrow");
}

bool writeHostileDemo(const QString &fileName)
{
    const QStringList hostile = hostileTexts();
    const QString &eve = hostile.at(0), &mallory = hostile.at(1), &trent = hostile.at(2),
                  &bold = hostile.at(3);
    QFile in(demoFile());
    if (!in.open(QIODevice::ReadOnly))
        return false;
    QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
    QJsonArray roles = root.value(u"roles").toArray();
    QJsonObject role = roles.at(0).toObject();
    role[u"title"] = bold + QStringLiteral(" backend");
    role[u"description"] = eve + QStringLiteral(" describes the role");
    roles[0] = role;
    root[u"roles"] = roles;

    QJsonArray candidates = root.value(u"candidates").toArray();
    QJsonObject c = candidates.at(0).toObject();
    c[u"name"] = eve;
    c[u"email"] = mallory;
    QJsonArray interviews = c.value(u"interviews").toArray();
    QJsonObject interview = interviews.at(0).toObject();
    interview[u"interviewer"] = trent + QStringLiteral(" ") + overrideText();
    QJsonArray regrets = interview.value(u"regrets").toArray();
    QJsonObject regret = regrets.at(0).toObject();
    regret[u"decision"] = mallory + QStringLiteral(" decided");
    regret[u"system"] = bold + QStringLiteral(" system");
    regrets[0] = regret;
    interview[u"regrets"] = regrets;
    QJsonArray notes = interview.value(u"notes").toArray();
    QJsonObject note = notes.at(0).toObject();
    note[u"text"] = bold + QStringLiteral(" said ") + eve;
    notes[0] = note;
    interview[u"notes"] = notes;
    interviews[0] = interview;
    c[u"interviews"] = interviews;
    QJsonObject decision = c.value(u"decision").toObject();
    decision[u"rationale"] = eve + QStringLiteral(" because ") + mallory;
    c[u"decision"] = decision;
    candidates[0] = c;
    root[u"candidates"] = candidates;

    QFile out(fileName);
    return out.open(QIODevice::WriteOnly) && out.write(QJsonDocument(root).toJson()) > 0;
}

QStringList interpretedHostileText(QWidget *root)
{
    QStringList found;
    checkWidget(root, found);
    for (QWidget *w : root->findChildren<QWidget *>())
        checkWidget(w, found);
    return found;
}

} // namespace hindsight::test
