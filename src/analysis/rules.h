// The stakeholder analysis rules (intressentanalys): from assessments to the power/interest
// quadrant, the salience class, a suggested engagement strategy, a priority score and
// movement over time. Pure functions of their inputs, so every rule is a table test
// (rules_test.cc) and docs/analysis.md states each in words.
#pragma once

#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace samla::analysis {

// The scales of one assessment, as an assessor gives them.
inline constexpr int kScaleMin = 1, kScaleMax = 5;          // influence … urgency
inline constexpr int kAttitudeMin = -2, kAttitudeMax = 2;   // opposed … champion
inline constexpr int kRelevanceMin = 0, kRelevanceMax = 3;  // per theme

// A figure as samla shows it: rounded to one decimal, halves away from zero (3.667 → 3.7).
// Every threshold rule decides on this figure and the wire writes it, so what a user reads
// always agrees with the classification beside it (3.7 is never "below 3.7").
inline double one_decimal(double value) {
  return std::round(value * 10) / 10;
}

// One assessor's scores, or the mean of several assessors' (so not necessarily integers).
struct Scores {
  double influence = 0;   // power: the ability to affect the programme's outcome
  double interest = 0;    // how much the programme's outcome affects or concerns them
  double attitude = 0;    // −2 opposed … +2 champion
  double legitimacy = 0;  // how appropriate their claim is seen to be
  double urgency = 0;     // how pressing their claim is
};

// Mendelow's power/interest grid.
enum class Quadrant { key_player, keep_satisfied, keep_informed, minimal_effort };
std::string_view quadrant_name(Quadrant q);

// Where the grid is cut. A score whose one_decimal() is at or above the threshold counts as
// high. The default puts the cut above the scale's middle (3), so "high" means leaning high
// on average.
struct GridThresholds {
  double influence = 3.5;
  double interest = 3.5;
};
// key player: high influence and high interest (manage closely); keep satisfied: high
// influence, low interest; keep informed: low influence, high interest; minimal effort:
// both low (monitor).
Quadrant quadrant(const Scores& s, const GridThresholds& t = {});

// Mitchell, Agle & Wood (1997): which of power, legitimacy and urgency a stakeholder has.
enum class Salience {
  none,           // none of the three
  dormant,        // power only
  discretionary,  // legitimacy only
  demanding,      // urgency only
  dominant,       // power and legitimacy
  dangerous,      // power and urgency
  dependent,      // legitimacy and urgency
  definitive,     // all three
};
std::string_view salience_name(Salience s);

// An attribute is present when its score, as shown (one_decimal), is at or above the
// threshold (power is influence).
struct SalienceThresholds {
  double power = 3.5;
  double legitimacy = 3.5;
  double urgency = 3.5;
};
Salience salience(const Scores& s, const SalienceThresholds& t = {});

// A suggested way to engage, from the quadrant and the attitude.
enum class Strategy {
  partner,           // key player who supports: co-create, give a role in the programme
  involve,           // key player who is neutral, or a supportive keep-informed: work with
  address_concerns,  // influential and opposed: meet, listen, answer objections early
  consult,           // keep satisfied, not opposed: ask for views at decision points
  inform,            // keep informed, not supportive: regular information
  monitor,           // minimal effort: watch for change
};
std::string_view strategy_name(Strategy s);

// Attitude, as shown (one_decimal), counts as supportive at or above +0.5 and as opposed at
// or below −0.5 (so a mean shown as 0 ± 0.4 across assessors is neutral).
inline constexpr double kSupportive = 0.5, kOpposed = -0.5;
Strategy strategy(Quadrant q, double attitude);

// Weights of the priority score; a coordinator may change them. Negative weights are
// refused by the API; all zero means every stakeholder scores 0.
struct PriorityWeights {
  double influence = 3;
  double interest = 2;
  double legitimacy = 1;
  double urgency = 1;
  double relevance = 2;
  double support = 0;  // attitude: supporters rank higher; 0 by default, so it does not count
};

// Priority 0–100: the weighted mean of each score scaled to 0–1 on its own scale
// ((x − min) / (max − min)), times 100. `relevance` is the theme relevance that counts
// (0–3: for one theme, or the highest across the themes asked about); support is the
// attitude scaled from −2…+2 to 0…1.
double priority(const Scores& s, double relevance, const PriorityWeights& w = {});

// The relevance that counts for one stakeholder (0–3), from each assessor's latest relevance
// per theme (theme slug → 0–3; a theme an assessor did not score counts 0 for them). For one
// theme: the assessors' mean for it. For none: the highest of the per-theme means, so it never
// exceeds what any one theme gives (the mean of each assessor's own highest theme would: 3 and
// 0 against 0 and 3 is 1.5 per theme, not 3).
double relevance(const std::vector<std::map<std::string, int>>& latest_per_assessor,
                 const std::optional<std::string>& theme = std::nullopt);

// Movement on the grid between two dated views of the same stakeholder.
struct Position {
  std::string as_of;  // YYYY-MM-DD
  double influence = 0;
  double interest = 0;
};
struct Movement {
  Position from;
  Position to;
  double influence_change = 0;
  double interest_change = 0;
  bool quadrant_changed = false;
  Quadrant from_quadrant = Quadrant::minimal_effort;
  Quadrant to_quadrant = Quadrant::minimal_effort;
};
// Each step between consecutive positions (sorted by date by the caller); empty for fewer
// than two.
std::vector<Movement> movements(const std::vector<Position>& positions,
                                const GridThresholds& t = {});

// Several assessors: the mean of each score, and their disagreement as the range (highest
// minus lowest) of each score, so "2" on influence means two assessors are two steps apart.
struct Consensus {
  Scores mean;
  Scores range;
  Scores low, high;  // the lowest and highest of the assessors' scores
  int assessors = 0;
};
Consensus consensus(const std::vector<Scores>& latest_per_assessor);

// Whether the assessors disagree about the side of a grid threshold: some put the stakeholder
// below the influence (or interest) threshold and some at or above it, so the quadrant is a
// judgement the assessors should talk over rather than a fact.
bool straddles_threshold(const Consensus& c, const GridThresholds& t);

}  // namespace samla::analysis
