// The interactions' storage queries, each inside a caller's session (and transaction). Every
// write checks the rules and the references and is audited.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "access/principal.h"
#include "core/result.h"
#include "interactions/model.h"
#include "storage/database.h"

namespace samla::interactions::store {

inline constexpr int kDefaultLimit = 100, kMaxLimit = 500;

struct ListFilter {
  std::optional<std::int64_t> programme_id, person_id;
  // The organisation's own and those with its people.
  std::optional<std::int64_t> organisation_id;
  std::optional<std::string> q;   // words in who had the contact, and in the summary when readable
  bool search_summaries = false;  // whether q may look into summaries (the viewer reads them)
  bool search_special_summaries = false;    // and into those marked special-category
  std::optional<std::string> follow_up_by;  // not followed up, due on or before this day
  std::optional<std::string> from, to;      // days of the contact
  int limit = kDefaultLimit;
};

// Newest first (by day, then the latest recorded), at most filter.limit.
Result<std::vector<Interaction>> list_interactions(storage::Session& s, const ListFilter& filter);
Result<Interaction> get_interaction(storage::Session& s, std::int64_t id);
Result<Interaction> insert_interaction(storage::Session& s, Interaction i,
                                       const access::Principal& actor);
Result<Interaction> update_interaction(storage::Session& s, std::int64_t id, Interaction next,
                                       std::optional<std::int64_t> expected_version,
                                       const access::Principal& actor);
Status delete_interaction(storage::Session& s, std::int64_t id,
                          std::optional<std::int64_t> expected_version,
                          const access::Principal& actor);

}  // namespace samla::interactions::store
