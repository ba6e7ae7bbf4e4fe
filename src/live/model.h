// A live session during a workshop (issue 21): participants join with a code on a phone, with no
// account, and take part in the activities the facilitator opens one after another: an ideas and
// questions board, polls, dot voting, statements to agree or disagree with, and a timer. The
// server orders every change (a session's `seq`); clients catch up from the last one they saw.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace samla::live {

struct LiveSession {
  std::int64_t id = 0;
  std::string title;
  std::optional<std::int64_t> event_id;  // none: a quick meeting of its own
  std::optional<std::string> event_title;
  std::string code;             // six characters (live/code.h)
  std::string status = "open";  // open | closed
  std::int64_t seq = 0;         // the number of the last change
  std::string created_by;
  std::string created_at;
  std::optional<std::string> closed_at;
  std::int64_t version = 1;
};

// The kinds of activity and of poll.
const std::vector<std::string>& activity_kinds();  // ideas, poll, dots, statements, timer
const std::vector<std::string>& poll_types();      // single, multiple, scale, ranking, words

struct Activity {
  std::int64_t id = 0;
  std::int64_t session_id = 0;
  std::string kind;                      // activity_kinds()
  std::string title;                     // the question asked
  std::optional<std::string> poll_type;  // polls: poll_types()
  std::vector<std::string> options;      // single and multiple choice, ranking
  std::optional<int> budget;             // dots: how many each participant places
  std::optional<int> seconds;            // timer
  bool about_lived_experience = false;   // only the total is ever shown
  bool hold_results = false;             // participants see results once it closes
  std::string status = "ready";          // ready | open | closed
  int position = 0;
  std::optional<std::string> opened_at, closed_at;
  std::int64_t version = 1;
};

// Something a participant (or the facilitator) wrote: an idea or question on the board, or a
// statement. Kept when hidden.
struct Input {
  std::int64_t id = 0;
  std::int64_t activity_id = 0;
  std::optional<std::int64_t> participant_id;  // none: the facilitator's
  std::string text;
  bool hidden = false;
  std::optional<std::int64_t> merged_into;
  std::optional<std::int64_t> cluster_id;  // ideas: the group the facilitator put it in
  std::string created_at;
};

// A group of ideas the facilitator gathered under a title.
struct Cluster {
  std::int64_t id = 0;
  std::int64_t activity_id = 0;
  std::string title;
};

// Something the facilitator carried into the event's record (a key insight, an outcome, an
// action point) or the initiative list, and where it came from.
struct Promotion {
  std::int64_t id = 0;
  std::int64_t session_id = 0;
  std::int64_t activity_id = 0;
  std::optional<std::int64_t> input_id, cluster_id;  // neither: a poll's result
  std::string to;  // key_insight, outcome, action_point, initiative
  std::optional<std::int64_t> outcome_id, initiative_id;
  std::string text;
  std::string created_by;
  std::string created_at;
};

// A participant's answer: a poll's choices, scale value or words; an upvote; dots on an input;
// agree (1), disagree (-1) or pass (0) on a statement.
struct Answer {
  std::int64_t activity_id = 0;
  std::vector<int> choices;              // option indexes (single: one; ranking: all, best first)
  std::optional<int> value;              // scale 1–5
  std::string words;                     // words poll
  std::optional<std::int64_t> input_id;  // upvote, statement
  std::optional<int> vote;               // statement: 1, -1, 0
  std::map<std::int64_t, int> dots;      // input id → dots
};

}  // namespace samla::live
