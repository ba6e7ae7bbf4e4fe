// The initiative list (issue 19 part 3): initiatives proposed in formation workshops (from an
// event's outcomes, or by hand), rated by several raters on weighted criteria, and accepted
// into an action plan or a follow-up group, or declined with a reason. Plain data, no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace samla::initiatives {

const std::vector<std::string>& statuses();  // proposed, accepted, declined
const std::vector<std::string>& criteria();  // impact, feasibility, urgency, fit

// One rater's scores, 1 (low) to 5 (high), in the order of criteria().
struct Rating {
  std::int64_t user_id = 0;
  std::string rater_name;
  int impact = 0, feasibility = 0, urgency = 0, fit = 0;
  std::string note;
  std::string rated_at;
};

// How much each criterion counts for a programme (0–10; not all 0). Equal until changed.
struct Weights {
  std::int64_t programme_id = 0;
  int impact = 1, feasibility = 1, urgency = 1, fit = 1;
  std::optional<std::string> updated_at, updated_by;
  std::int64_t version = 0;  // 0: never changed
};

// What the raters gave one criterion: their mean, lowest, highest, and how far apart they are
// (the standard deviation of the scores, 0 for one rater).
struct CriterionScore {
  std::string criterion;
  double mean = 0, lowest = 0, highest = 0, spread = 0;
};

struct Score {
  int raters = 0;
  std::optional<double> weighted;  // none until someone has rated
  std::vector<CriterionScore> criteria;
};

struct Initiative {
  std::int64_t id = 0;
  std::optional<std::int64_t> programme_id;  // none given: the default programme
  std::string title;
  std::string description;
  std::optional<std::int64_t> workstream_id;   // one of its programme's workstreams
  std::optional<std::string> workstream_name;  // joined
  std::vector<std::string> themes;             // theme slugs
  std::optional<std::int64_t> proposer_person_id;
  std::optional<std::string> proposer_name;  // joined from the register
  std::string proposed_by;                   // in words, when the proposer is not in the register
  std::optional<std::int64_t> source_event_id, source_outcome_id;
  std::string status = "proposed";
  std::optional<std::string> status_reason;
  std::optional<std::int64_t> action_plan_id, group_id;
  Score score;                      // answers only
  std::optional<Rating> my_rating;  // answers only: the caller's own
  std::string created_by, created_at, updated_at;
  std::int64_t version = 1;
};

}  // namespace samla::initiatives
