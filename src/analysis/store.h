// The assessments' storage queries, inside a caller-supplied session (and transaction).
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "access/principal.h"
#include "analysis/model.h"
#include "core/result.h"
#include "storage/database.h"

namespace samla::analysis::store {

// Field checks that need no database: every scale, the date (a real day, not in the future)
// and the rationale's length. Each error names its field ("relevance.stigma_reduction").
std::vector<FieldError> validate(const Assessment& a, const std::string& today);

// Validates, checks that the subject and the themes exist, and appends; audited.
Result<Assessment> insert_assessment(storage::Session& s, Assessment a,
                                     const access::Principal& actor);
// Every assessment of `subject`, newest first.
Result<std::vector<Assessment>> assessments_of(storage::Session& s, const Subject& subject);
// Every assessment in the register, oldest first (by date, then id).
Result<std::vector<Assessment>> all_assessments(storage::Session& s);

// The subject held in columns `person_column` (a person's id, NULL for an organisation) and
// the one after it (the organisation's id), as assessments and kick-off entries store them.
Subject read_subject(const storage::Row& r, std::size_t person_column);

}  // namespace samla::analysis::store
