// Invitation selection (issue 6): choose exactly `seats` people from a candidate pool to
// maximise a documented score, subject to the quotas a facilitator sets. Plain data; the
// solver is in solver.h, the rule in docs/selection.md.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace samla::selection {

struct Candidate {
  std::int64_t id = 0;  // a person
  std::string name;
  std::optional<std::string> country;     // ISO alpha-2
  std::vector<std::string> perspectives;  // special-category ones only for those who may see them
  std::optional<std::int64_t> organisation_id;
  std::optional<std::string> sector;  // their organisation's
  double relevance = 0;               // 0–1: to the event's themes (expertise, assessments)
  double influence = 0;               // 0–1: from assessments (0 when never assessed)
  bool newcomer = true;               // has attended no earlier event of the programme
};

// The score of one candidate is the sum of these weights times the parts:
// relevance × relevance + influence × influence + newcomer (1 for newcomers, 0 otherwise) ×
// newcomer + continuity (1 for returning participants) × continuity.
struct Weights {
  double relevance = 3;
  double influence = 2;
  double newcomer = 1;
  double continuity = 0;
};

// One quota as a facilitator states it.
struct Quota {
  enum class Kind {
    country_min,        // at least `count` from each country of `key` (a list of codes)
    perspective_min,    // at least `count` with perspective `key`
    perspective_max,    // at most `count` with perspective `key`
    perspective_share,  // at least `share` (0–1) of the seats with perspective `key`
    organisation_max,   // at most `count` from any one organisation
    country_max,        // at most `count` from any one country
    sector_min,         // at least `count` from sector `key`
  };
  Kind kind = Kind::perspective_min;
  std::string key;
  std::vector<std::string> countries;  // for country_min: the group's countries
  int count = 0;
  double share = 0;
  std::string label;  // how rows name the quota's members ("lived experience"); `key` if empty
};

struct Problem {
  int seats = 0;
  std::vector<Candidate> candidates;
  std::vector<Quota> quotas;
  std::vector<std::int64_t> pinned;    // must be invited
  std::vector<std::int64_t> excluded;  // must not be
  Weights weights;
  double time_limit_seconds = 10;
};

// One linear row the quotas expand to: at least or at most `bound` of `members` (candidate
// indices) chosen.
struct QuotaRow {
  std::string label;  // "at least 1 from LT", "at most 2 from organisation 17"
  bool at_least = true;
  int bound = 0;
  std::vector<std::size_t> members;
  std::size_t quota = 0;  // index into Problem::quotas
};

struct RowOutcome {
  QuotaRow row;
  int chosen = 0;     // how many of its members were chosen
  int shortfall = 0;  // how far the selection misses the bound (0: met)
};

struct ChosenCandidate {
  std::size_t index = 0;  // into Problem::candidates
  double score = 0;
  double relevance_part = 0, influence_part = 0, newcomer_part = 0, continuity_part = 0;
  bool pinned = false;
  std::vector<std::string> fills;  // labels of the at-least rows this candidate counts toward
};

struct Selection {
  bool feasible = false;  // every quota met
  bool proven_optimal = false;
  double objective = 0;  // total score of the chosen
  int total_shortfall = 0;
  std::vector<ChosenCandidate> chosen;  // highest score first
  std::vector<RowOutcome> rows;         // every quota row, met or not
  double seconds = 0;
};

}  // namespace samla::selection
