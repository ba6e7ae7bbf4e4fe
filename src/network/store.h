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

// Whether a theme, or a country group, has `slug`.
Result<bool> theme_exists(storage::Session& s, const std::string& slug);
Result<bool> country_group_exists(storage::Session& s, const std::string& slug);

// An event held (or reported, or closed), on its first day.
struct HeldEvent {
  std::int64_t id = 0;
  std::string title;
  std::string day;  // YYYY-MM-DD, in the event's own time zone
};
// Every event held, in the order they happened.
Result<std::vector<HeldEvent>> held_events(storage::Session& s);

}  // namespace samla::network::store
