// The before/after evaluation of an event (issue 16): a form of statements answered on a
// scale of 1 to 5 and questions answered in free text, once before the event (on the RSVP
// page) and once after it (through a personal link), and what the answers show. Answers are
// pseudonymous: kept with the invitation, never shown with a name. Plain data, no I/O.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace samla::evaluation {

// A statement rated 1 (disagree completely) to 5 (agree completely), or a question answered
// in free text. Ids are stable within a form, so answers stay paired through edits.
struct Item {
  std::int64_t id = 0;
  std::string kind = "scale";  // scale, text
  std::string text_sv, text_en;
};

struct Form {
  std::int64_t event_id = 0;
  std::vector<Item> items;
  bool customised = false;   // false: the default instrument, not stored yet
  std::int64_t answers = 0;  // how many answers there are (the form is fixed once there are)
  std::optional<std::string> updated_at, updated_by;
  std::int64_t version = 0;  // 0 until first stored
};

// before: on the RSVP page until the event is held; after: once it has been held.
inline constexpr const char* kBefore = "before";
inline constexpr const char* kAfter = "after";

struct Answer {
  std::int64_t id = 0;
  std::int64_t event_id = 0;
  std::int64_t invitation_id = 0;
  std::string phase = kBefore;
  std::map<std::int64_t, int> ratings;        // scale item id → 1..5
  std::map<std::int64_t, std::string> texts;  // text item id → what they wrote
  std::string answered_at;
};

// What a participant's personal link opens: the form in their language, which phase is open
// now (none: neither, e.g. the event is closed) and what they have already answered.
struct ParticipantForm {
  std::int64_t event_id = 0;
  std::string event_title;
  std::string language = "en";
  std::optional<std::string> open_phase;
  bool answered_before = false, answered_after = false;
  std::vector<Item> items;
};

// n, mean, median and the distribution (how many answered 1, 2, … 5) of one set of ratings.
struct Summary {
  int n = 0;
  std::optional<double> mean, median;
  std::array<int, 5> distribution{};
};

// The Wilcoxon signed-rank test of paired ratings (after − before): zero differences dropped,
// ranks of ties averaged, the normal approximation with the tie correction and no continuity
// correction, two-sided (as SciPy's wilcoxon with zero_method="wilcox", correction=False,
// method="approx").
struct Wilcoxon {
  int n = 0;  // pairs with a difference
  double w_plus = 0, w_minus = 0;
  double statistic = 0;  // min(w_plus, w_minus)
  double z = 0;
  double p_value = 1;
};

// How the people who answered both changed on one item.
struct PairedShift {
  int n = 0;  // people who answered the item before and after
  std::optional<double> mean_shift, median_shift;
  int improved = 0, unchanged = 0, worsened = 0;
  std::optional<Wilcoxon> wilcoxon;  // when n >= 6 and some difference is not zero
};

struct ItemResult {
  Item item;
  Summary before, after;
  PairedShift shift;
  // A text item's answers, before and after, without names — only for viewers who see free
  // text (it is where health details end up); the count for everyone.
  std::vector<std::string> texts;
  int text_count = 0;
};

// The results of one group of answerers (a country, a perspective): present only for groups
// of at least kMinGroup people, so nobody can be picked out.
struct GroupResult {
  std::string group;
  int people = 0;
  std::vector<ItemResult> items;
};

inline constexpr int kMinGroup = 5;
inline constexpr int kMinPairsForTest = 6;

struct Results {
  std::int64_t event_id = 0;
  int invited = 0, answered_before = 0, answered_after = 0, answered_both = 0;
  std::vector<ItemResult> items;
  std::optional<std::string> by;    // country, perspective: the breakdown asked for
  std::vector<GroupResult> groups;  // the groups of at least kMinGroup
  int small_groups = 0;             // groups withheld for having fewer than kMinGroup
};

}  // namespace samla::evaluation
