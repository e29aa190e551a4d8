#pragma once

#include "ui/interchange/failure.h"
#include "ui/interchange/jsonreader.h"

#include "core/dataset.h"
#include "core/taxonomy.h"

#include <QCoreApplication>

#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace hindsight::interchange {

// Reads the top-level object of an interchange file, at the JsonReader's position, into a
// core::Dataset: the header, the roles and the candidates with their decisions (interviews through
// InterviewReader). Members may come in any order, and an exported file writes `candidates` before
// `roles` and the header last, so a candidate's roleId is checked once the roles are known, and a
// wrong or missing header is reported in place of any other failure: the rest of a file that is
// not a Hindsight file means nothing.
class DatasetReader final
{
    Q_DECLARE_TR_FUNCTIONS(DatasetReader)
    Q_DISABLE_COPY_MOVE(DatasetReader)

public:
    DatasetReader(JsonReader &in, const core::Taxonomy &taxonomy);

    // The dataset; complete only when the reader has not failed.
    core::Dataset read();

private:
    void readFormat();
    void readVersion();
    void readRoles();
    core::Role readRole(std::string &id, std::vector<core::TeamMember> &team);
    core::TeamMember readTeamMember();
    core::PlacementOverride readOverride();
    // A version 1 file: drops the UUIDs and times of edit read from it.
    void forgetIdentities();
    void readCandidates();
    core::Dataset::CandidateEntry readCandidate(std::string &roleId);
    core::Decision readDecision();
    // Gives candidates read before the roles their role.
    void resolveRoles();

    JsonReader &m_in;
    const core::Taxonomy &m_taxonomy;
    core::Dataset m_dataset;

    std::optional<Failure> m_header; // what is wrong with `format` or `version`
    bool m_hasFormat = false;
    bool m_hasVersion = false;
    int m_version = 0;

    std::unordered_map<std::string, std::size_t> m_roleIndex; // file-local id -> index in roles
    bool m_hasRoles = false;
    std::vector<std::string> m_roleIds; // of candidates read before the roles, in order
};

} // namespace hindsight::interchange
