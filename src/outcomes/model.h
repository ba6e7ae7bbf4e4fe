// What an event produced (issue 16): key insights, outcomes, decisions, action points and
// quotes, in the order the facilitators keep them. Plain data, no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace samla::outcomes {

// The closed vocabularies, as on the wire and in the database.
const std::vector<std::string>& kinds();     // key_insight, outcome, decision, action_point, quote
const std::vector<std::string>& sources();   // plenary, breakout_group, live_session
const std::vector<std::string>& statuses();  // draft, agreed
const std::vector<std::string>& priorities();  // high, medium, low

struct Outcome {
  std::int64_t id = 0;
  std::int64_t event_id = 0;
  std::string kind = "key_insight";
  std::string text;
  std::vector<std::string> themes;             // theme slugs
  std::optional<std::int64_t> agenda_item_id;  // an id of the event's agenda
  std::string source = "plenary";
  std::string status = "draft";
  int position = 0;  // 1, 2, … in the event's order
  // An action point's owner (exactly one of the two), due date and priority; none of these
  // on other kinds.
  std::optional<std::int64_t> owner_person_id, owner_organisation_id;
  std::optional<std::string> owner_name;  // joined from the register
  std::optional<std::string> due_date;    // YYYY-MM-DD, not before the event's day
  std::optional<std::string> priority;
  // A quote's speaker: kept so the quote can be named later, but shown only once they agreed
  // to be named (the day they agreed).
  std::optional<std::int64_t> speaker_person_id;
  std::optional<std::string> speaker_name;  // joined; only when named
  std::optional<std::string> named_on;      // YYYY-MM-DD
  std::string created_by;
  std::string created_at, updated_at;
  std::int64_t version = 1;
};

}  // namespace samla::outcomes
