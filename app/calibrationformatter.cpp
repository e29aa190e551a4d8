#include "app/calibrationformatter.h"
#include "app/terminaltable.h"
#include "app/terminaltext.h"

#include "ui/interchange/csvwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <algorithm>

namespace hindsight::app {

namespace {

QJsonValue email(const std::string &address)
{
    return address.empty() ? QJsonValue(QJsonValue::Null)
                           : QJsonValue(QString::fromStdString(address));
}

} // namespace

QByteArray CalibrationFormatter::format(const core::Role &role,
                                        const std::vector<core::InterviewerPair> &pairs,
                                        Invocation::Format format)
{
    switch (format) {
    case Invocation::Format::Table: return table(role, pairs);
    case Invocation::Format::Json: return json(pairs);
    case Invocation::Format::Csv: return csv(pairs);
    }
    return {};
}

QByteArray CalibrationFormatter::table(const core::Role &role,
                                       const std::vector<core::InterviewerPair> &pairs)
{
    // Names left-aligned, every figure right-aligned.
    TerminalTable table({tr("First"), tr("Second"), tr("In common"), tr("Same shape"), tr("Kappa"),
                         tr("Breadth, first − second"), tr("Depth, first − second")},
                        {2, 3, 4, 5, 6});
    for (const auto &p : pairs) {
        table.addRow({TerminalText::field(QString::fromStdString(p.first)),
                      TerminalText::field(QString::fromStdString(p.second)),
                      QString::number(p.candidatesInCommon),
                      tr("%1%").arg(QString::number(p.percentAgreement, 'f', 0)),
                      p.kappa ? QString::number(*p.kappa, 'f', 2) : tr("undefined"),
                      QString::number(p.meanBreadthDifference, 'f', 2),
                      QString::number(p.meanDepthDifference, 'f', 2)});
    }

    QString text = tr("%1 — %n interviewer pair(s) with at least %2 candidates in common", nullptr,
                      int(pairs.size()))
                       .arg(TerminalText::field(QString::fromStdString(role.title)))
                       .arg(core::Calibration::MinimumInCommon)
                   + QLatin1String("\n");
    if (pairs.empty())
        return text.toUtf8();
    return (text + QLatin1Char('\n') + table.text()).toUtf8();
}

QByteArray CalibrationFormatter::json(const std::vector<core::InterviewerPair> &pairs)
{
    QJsonArray array;
    for (const auto &p : pairs) {
        QJsonObject o;
        o[QStringLiteral("first")] = QString::fromStdString(p.first);
        o[QStringLiteral("second")] = QString::fromStdString(p.second);
        // Whom each name stands for: the e-mail the interviews were grouped by, null when by name.
        o[QStringLiteral("firstEmail")] = email(p.firstEmail);
        o[QStringLiteral("secondEmail")] = email(p.secondEmail);
        o[QStringLiteral("candidatesInCommon")] = p.candidatesInCommon;
        o[QStringLiteral("percentAgreement")] = p.percentAgreement;
        o[QStringLiteral("kappa")] = p.kappa ? QJsonValue(*p.kappa) : QJsonValue(QJsonValue::Null);
        o[QStringLiteral("meanBreadthDifference")] = p.meanBreadthDifference;
        o[QStringLiteral("meanDepthDifference")] = p.meanDepthDifference;
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray CalibrationFormatter::csv(const std::vector<core::InterviewerPair> &pairs)
{
    interchange::CsvWriter w;
    w.addRow({QStringLiteral("first"), QStringLiteral("second"),
              QStringLiteral("candidates_in_common"), QStringLiteral("percent_agreement"),
              QStringLiteral("kappa"), QStringLiteral("mean_breadth_difference"),
              QStringLiteral("mean_depth_difference"), QStringLiteral("first_email"),
              QStringLiteral("second_email")});
    for (const auto &p : pairs) {
        // An undefined kappa is an empty cell, as a missing number is in CSV.
        w.addRow({QString::fromStdString(p.first), QString::fromStdString(p.second),
                  QString::number(p.candidatesInCommon), QString::number(p.percentAgreement, 'f', 4),
                  p.kappa ? QString::number(*p.kappa, 'f', 4) : QString(),
                  QString::number(p.meanBreadthDifference, 'f', 4),
                  QString::number(p.meanDepthDifference, 'f', 4),
                  QString::fromStdString(p.firstEmail), QString::fromStdString(p.secondEmail)},
                 {2, 3, 4, 5, 6});
    }
    return w.data();
}

} // namespace hindsight::app
