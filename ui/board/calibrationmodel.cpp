#include "ui/board/calibrationmodel.h"

#include "ui/common/plaintext.h"
#include "ui/common/terms.h"

#include "ui/common/localetext.h"

#include <cmath>
#include <utility>

namespace hindsight::ui {

namespace {

QString signedFigure(double value)
{
    // Two decimals at most, and a sign either way so the direction is never lost.
    const QString magnitude = Terms::figure(std::abs(value));
    if (std::abs(value) < 0.005)
        return QStringLiteral("0");
    return (value > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + magnitude;
}

QString kappaStrength(double kappa)
{
    // Landis and Koch's usual reading of kappa.
    if (kappa < 0.0)
        return CalibrationModel::tr("less than chance would give");
    if (kappa <= 0.20)
        return CalibrationModel::tr("slight");
    if (kappa <= 0.40)
        return CalibrationModel::tr("fair");
    if (kappa <= 0.60)
        return CalibrationModel::tr("moderate");
    if (kappa <= 0.80)
        return CalibrationModel::tr("substantial");
    return CalibrationModel::tr("almost perfect");
}

} // namespace

CalibrationModel::CalibrationModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CalibrationModel::setPairs(std::vector<core::InterviewerPair> pairs)
{
    beginResetModel();
    m_pairs = std::move(pairs);
    endResetModel();
}

const core::InterviewerPair *CalibrationModel::pairAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_pairs[std::size_t(row)];
}

QString CalibrationModel::kappaText(const std::optional<double> &kappa)
{
    return kappa ? LocaleText::number(*kappa, 2) : tr("undefined");
}

QString CalibrationModel::signedText(double value)
{
    return signedFigure(value);
}

QStringList CalibrationModel::identities(const core::InterviewerPair &p)
{
    QStringList lines;
    for (const auto &[name, email] :
         {std::pair{p.first, p.firstEmail}, std::pair{p.second, p.secondEmail}}) {
        lines << (email.empty()
                      ? tr("%1: the interviews recorded under this name, in any capitals.")
                            .arg(Terms::text(name))
                      : tr("%1: every interview recorded with the e-mail %2, under any name.")
                            .arg(Terms::text(name), Terms::text(email)));
    }
    return lines;
}

QStringList CalibrationModel::explain(const core::InterviewerPair &p)
{
    return explain(p, QString::fromStdString(p.first), QString::fromStdString(p.second));
}

QStringList CalibrationModel::explain(const core::InterviewerPair &p, const QString &a,
                                      const QString &b)
{
    QStringList lines;
    lines << tr("%1 and %2 gave the same shape to %3% of the %n candidate(s) they both "
                "interviewed.",
                nullptr, p.candidatesInCommon)
                 .arg(a, b, LocaleText::number(p.percentAgreement, 0));
    if (p.kappa) {
        lines << tr("Kappa %1 is %2 agreement once the agreement that chance alone would give is "
                    "taken out (1 is perfect, 0 is chance).")
                     .arg(kappaText(p.kappa), kappaStrength(*p.kappa));
    } else {
        lines << tr("Kappa is undefined: both gave every shared candidate the same shape, so "
                    "there is no variation to measure agreement beyond chance on.");
    }
    const auto difference = [&](double value, const QString &higher, const QString &same) {
        if (std::abs(value) < 0.005)
            return same;
        return higher.arg(value > 0 ? a : b, value > 0 ? b : a, Terms::figure(std::abs(value)));
    };
    lines << difference(p.meanBreadthDifference,
                        tr("On average %1 rates breadth %3 higher than %2 does (on 0 to 10)."),
                        tr("On average they rate breadth the same."));
    lines << difference(p.meanDepthDifference,
                        tr("On average %1 rates depth %3 higher than %2 does (on 0 to 10)."),
                        tr("On average they rate depth the same."));
    return lines;
}

int CalibrationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pairs.size());
}

int CalibrationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CalibrationModel::data(const QModelIndex &index, int role) const
{
    const core::InterviewerPair *p = pairAt(index.row());
    if (!p)
        return {};
    if (role == Qt::TextAlignmentRole && index.column() != PairColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        // The lines name the interviewers, as they typed their names.
        const QStringList lines = explain(*p);
        switch (index.column()) {
        case AgreementColumn: return PlainText::toolTip(lines.value(0));
        case KappaColumn: return PlainText::toolTip(lines.value(1));
        case BreadthColumn: return PlainText::toolTip(lines.value(2));
        case DepthColumn: return PlainText::toolTip(lines.value(3));
        default: return PlainText::toolTip((identities(*p) + lines).join(QLatin1Char('\n')));
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case PairColumn:
        return tr("%1 · %2").arg(QString::fromStdString(p->first),
                                 QString::fromStdString(p->second));
    case InCommonColumn: return p->candidatesInCommon;
    case AgreementColumn: return tr("%1%").arg(LocaleText::number(p->percentAgreement, 0));
    case KappaColumn: return kappaText(p->kappa);
    case BreadthColumn: return signedFigure(p->meanBreadthDifference);
    case DepthColumn: return signedFigure(p->meanDepthDifference);
    default: return {};
    }
}

QVariant CalibrationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PairColumn: return tr("Interviewers");
    case InCommonColumn: return tr("In common");
    case AgreementColumn: return tr("Same shape");
    case KappaColumn: return tr("Kappa");
    case BreadthColumn: return tr("Breadth, first − second");
    case DepthColumn: return tr("Depth, first − second");
    default: return {};
    }
}

} // namespace hindsight::ui
