// The agreements' storage queries, each inside a caller's session (and transaction). Every
// write checks the rules and the references and is audited; parties and signatories are written
// with their agreement, whole.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "access/principal.h"
#include "agreements/model.h"
#include "core/result.h"
#include "storage/database.h"

namespace samla::agreements::store {

struct ListFilter {
  std::optional<std::int64_t> programme_id, organisation_id;
  std::optional<std::string> status;
};

// Newest signing first, then drafts by title.
Result<std::vector<Agreement>> list_agreements(storage::Session& s, const ListFilter& filter);
Result<Agreement> get_agreement(storage::Session& s, std::int64_t id);
Result<Agreement> insert_agreement(storage::Session& s, Agreement a,
                                   const access::Principal& actor);
Result<Agreement> update_agreement(storage::Session& s, std::int64_t id, Agreement next,
                                   std::optional<std::int64_t> expected_version,
                                   const access::Principal& actor);
Status delete_agreement(storage::Session& s, std::int64_t id,
                        std::optional<std::int64_t> expected_version,
                        const access::Principal& actor);

}  // namespace samla::agreements::store
