// Ties' storage inside a caller's session: checked (rules.cc, then both ends exist),
// versioned and audited.
#pragma once

#include <optional>
#include <vector>

#include "access/principal.h"
#include "core/result.h"
#include "network/model.h"
#include "storage/database.h"

namespace samla::network::store {

Result<Tie> insert_tie(storage::Session& s, Tie t, const access::Principal& actor);
Result<Tie> get_tie(storage::Session& s, std::int64_t id);
// Every tie, or those of one stakeholder; oldest first.
Result<std::vector<Tie>> list_ties(storage::Session& s,
                                   const std::optional<Stakeholder>& of = std::nullopt);
Result<Tie> update_tie(storage::Session& s, std::int64_t id, Tie next,
                       std::optional<std::int64_t> expected_version,
                       const access::Principal& actor);
Status delete_tie(storage::Session& s, std::int64_t id,
                  std::optional<std::int64_t> expected_version, const access::Principal& actor);

}  // namespace samla::network::store
