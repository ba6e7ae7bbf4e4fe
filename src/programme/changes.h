// What changed lately in a programme, for its home page: the audit log's entries about the
// programme's own records (its phases and gates, initiatives, anchoring, agreements, events,
// action plans and actions, groups, reports, kickoff lists and library), newest first, each as
// who did what to which record, named by its title. Only the names travel, never the before and
// after values the audit log keeps (which only administrators read), and never a contact's
// summary or anything about a person.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/language.h"
#include "core/result.h"
#include "storage/database.h"

namespace samla::programme {

inline constexpr int kDefaultChanges = 20, kMaxChanges = 100;

struct Change {
  std::int64_t id = 0;      // the audit entry's
  std::string at;           // ISO 8601 UTC
  std::string by;           // the user's name
  std::string action;       // create, update, delete, transition, …
  std::string record_type;  // phase, initiative, event, action, …
  std::int64_t record_id = 0;
  std::string title;  // the record's title or name (a phase's in `language`), "" if it has none
};

// The latest `limit` changes to programme `programme_id`'s records (404 for no such programme).
// Looks through at most the latest few thousand entries of those kinds, so a quiet programme
// among busy ones may show fewer.
Result<std::vector<Change>> recent_changes(storage::Session& s, std::int64_t programme_id,
                                           int limit, Language language);

}  // namespace samla::programme
