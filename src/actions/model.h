// Action plans and their actions (issue 17): accountable work that keeps going after an
// event. Plain data, no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace samla::actions {

// The closed vocabularies, as on the wire and in the database.
const std::vector<std::string>& statuses();     // proposed … done, dropped
const std::vector<std::string>& directions();   // increase, decrease, keep
const std::vector<std::string>& party_roles();  // responsible, consulted, informed

// A person or an organisation of the register (exactly one of the two ids).
struct Party {
  std::optional<std::int64_t> person_id, organisation_id;
  std::optional<std::string> name;  // joined from the register
  bool operator==(const Party& o) const {
    return person_id == o.person_id && organisation_id == o.organisation_id;
  }
};

struct Measurement {
  std::string date;  // YYYY-MM-DD
  double value = 0;
  std::string note;
};

struct Indicator {
  std::int64_t id = 0;  // kept across edits when the client sends it back
  std::string name;
  std::string unit;
  std::string direction = "increase";
  std::optional<double> baseline, target;
  std::vector<Measurement> measurements;  // by date
};

// A plan belongs to exactly one of a theme, an event or a follow-up group.
struct ActionPlan {
  std::int64_t id = 0;
  std::string title;
  std::string description;
  std::optional<std::string> theme;  // a theme's slug
  std::optional<std::int64_t> event_id;
  std::optional<std::int64_t> group_id;      // a follow-up group's id
  std::optional<std::int64_t> programme_id;  // none given: the default programme
  int action_count = 0;                      // answers only
  std::string created_by, created_at, updated_at;
  std::int64_t version = 1;
};

struct Action {
  std::int64_t id = 0;
  std::int64_t plan_id = 0;
  std::optional<std::int64_t> outcome_id;  // the event's action point it was promoted from
  std::optional<std::int64_t> event_id;    // that action point's event (answers only)
  std::string title;
  std::string description;
  std::vector<std::string> themes;  // theme slugs
  // RACI: exactly one accountable party; the others any number.
  std::optional<Party> accountable;
  std::vector<Party> responsible, consulted, informed;
  std::optional<std::string> start_date, due_date;  // YYYY-MM-DD
  std::string status = "proposed";
  std::string dropped_reason;  // why, when dropped
  int progress = 0;            // 0–100
  std::vector<std::int64_t> depends_on;
  std::vector<Indicator> indicators;
  std::string last_update_at;  // the last change of status or progress (or its creation)
  // Worked out on every answer from today's date: past due and not done or dropped; no
  // update for the stalled period; progress behind the straight line from start to due.
  bool overdue = false, stalled = false, at_risk = false;
  std::string created_by, created_at, updated_at;
  std::int64_t version = 1;
};

// One entry of an action's timeline: a change of status or progress, with its note.
struct ActionUpdate {
  std::int64_t id = 0;
  std::int64_t action_id = 0;
  std::string at;
  std::string by;
  std::optional<std::string> status_from, status_to;
  std::optional<int> progress_from, progress_to;
  std::string note;
};

// What a client asks to change through POST /actions/{id}/updates.
struct UpdateRequest {
  std::optional<std::string> status;
  std::optional<int> progress;
  std::string note;
  std::string dropped_reason;
};

// Whether a person gets e-mail about their actions (GET/PUT /my/action-mail); person_id none:
// the account stands for no person, who would get it.
struct ActionMail {
  std::optional<std::int64_t> person_id;
  bool subscribed = false;
};

// The body of POST /unsubscribe: the secret of an e-mail's unsubscribe link.
struct UnsubscribeRequest {
  std::string secret;
};

// The filters of the board (GET /actions), each optional.
struct ActionFilter {
  std::optional<std::int64_t> plan_id, person_id, organisation_id, group_id, event_id;
  // Any part the person has in it (RACI), for "my work".
  std::optional<std::int64_t> involved_person_id;
  std::optional<std::string> theme, status;
  bool overdue_only = false, stalled_only = false, at_risk_only = false;
  bool open_only = false;  // not done and not dropped
  // Set by the service from today's date, so the database reads only candidates for the
  // overdue and stalled boards (the flags are then worked out exactly): due before this day;
  // last changed before a day that depends on the programme (each programme sets its own days
  // to stalled): for each group of programmes, the day.
  std::optional<std::string> due_before;
  std::vector<std::pair<std::vector<std::int64_t>, std::string>> updated_before_in_programmes;
};

// Where a page of the board ends: the board is ordered by due date (actions without one last),
// then id, and the next page starts after the action with this due date and id.
struct BoardCursor {
  std::optional<std::string> due;
  std::int64_t id = 0;
};

}  // namespace samla::actions
