// The anchoring records' storage queries, each inside a caller's session (and transaction).
// Every write checks the rules and the references and is audited.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "access/principal.h"
#include "anchoring/model.h"
#include "core/result.h"
#include "storage/database.h"

namespace samla::anchoring::store {

struct ListFilter {
  std::optional<std::int64_t> programme_id, organisation_id, initiative_id;
};

// By organisation name, the programme's own record before its initiatives'.
Result<std::vector<Anchoring>> list_anchoring(storage::Session& s, const ListFilter& filter);
Result<Anchoring> get_anchoring(storage::Session& s, std::int64_t id);
// 409 when the organisation's record for the programme (or initiative) exists.
Result<Anchoring> insert_anchoring(storage::Session& s, Anchoring a,
                                   const access::Principal& actor);
Result<Anchoring> update_anchoring(storage::Session& s, std::int64_t id, Anchoring next,
                                   std::optional<std::int64_t> expected_version,
                                   const access::Principal& actor);
Status delete_anchoring(storage::Session& s, std::int64_t id,
                        std::optional<std::int64_t> expected_version,
                        const access::Principal& actor);

}  // namespace samla::anchoring::store
