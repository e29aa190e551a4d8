#pragma once

#include "ui/report/candidatedossier.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace hindsight::ui {

class BlindMask;
class ReportDocument;

// The candidate summary: who, for which role, interviewed by whom; the breadth-versus-depth chart
// with the role's target; the figures and why they are what they are; every regret with its
// rating and the anchored meaning of that depth beside the notes and quotes that support it; the
// probes asked. The committee pack prints one per candidate.
class CandidateSummary final
{
    Q_DECLARE_TR_FUNCTIONS(hindsight::ui::CandidateSummary)

public:
    // Holds on to `dossier` and `mask`: both must outlive the summary.
    CandidateSummary(const CandidateDossier &dossier, const BlindMask &mask,
                     const QString &alias = {});
    CandidateSummary(CandidateDossier &&, const BlindMask &, const QString & = {}) = delete;
    CandidateSummary(const CandidateDossier &, BlindMask &&, const QString & = {}) = delete;

    // In a committee pack each text a person typed (answers, notes, reasons) is cut to about this
    // many characters, so that fifty candidates with notes as long as the import allows
    // (core/limits.h) still make a pack of a few hundred pages, written in seconds; the
    // candidate's own summary prints everything.
    static constexpr qsizetype PackExcerpt = 1000;
    // Cuts texts to `characters` as ReportHtml::excerpt does; 0, the default, prints them whole.
    void setExcerpt(qsizetype characters) { m_excerpt = characters; }
    // Where the summary goes in the PDF's outline: the candidate at `depth` (0, the default, for
    // a summary on its own; 1 in a committee pack, under "Candidates"), its sections below.
    void setOutlineDepth(int depth) { m_outlineDepth = depth; }

    // The summary's HTML; its chart is added to `report`.
    QString html(ReportDocument &report) const;
    // The name the summary shows: the candidate's, or the alias in a blind pack.
    QString displayName() const;

    // A document holding this summary alone.
    static std::unique_ptr<ReportDocument> document(const CandidateDossier &dossier);
    static QString documentTitle(const CandidateDossier &dossier);

private:
    QString header(ReportDocument &report) const;
    QString figures() const;
    QString regrets(ReportDocument &report) const;
    // The regret as said, its rating, and the notes and quotes behind it: one table row.
    QStringList regretRow(const core::Interview &interview, const core::Regret &regret) const;
    // When and why an amended interview was amended, to follow its title; empty for a first
    // version.
    QString amendment(const core::Interview &interview) const;
    QString evidence(const core::Interview &interview, core::Id regretId) const;
    QString otherNotes(const core::Interview &interview) const;
    QString probes(const core::Interview &interview) const;
    // Escaped, with names masked in a blind pack, cut to the excerpt length.
    QString text(const std::string &utf8) const;
    QString text(const QString &words) const;

    const CandidateDossier &m_d;
    const BlindMask &m_mask;
    QString m_alias;
    qsizetype m_excerpt = 0;
    int m_outlineDepth = 0;
};

} // namespace hindsight::ui
