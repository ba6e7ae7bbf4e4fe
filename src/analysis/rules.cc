#include "analysis/rules.h"

#include <algorithm>

namespace samla::analysis {
namespace {

double unit(double value, double min, double max) {
  return std::clamp((value - min) / (max - min), 0.0, 1.0);
}

}  // namespace

std::string_view quadrant_name(Quadrant q) {
  switch (q) {
    case Quadrant::key_player:
      return "key_player";
    case Quadrant::keep_satisfied:
      return "keep_satisfied";
    case Quadrant::keep_informed:
      return "keep_informed";
    case Quadrant::minimal_effort:
      return "minimal_effort";
  }
  return "minimal_effort";
}

Quadrant quadrant(const Scores& s, const GridThresholds& t) {
  bool influential = one_decimal(s.influence) >= t.influence;
  bool interested = one_decimal(s.interest) >= t.interest;
  if (influential) return interested ? Quadrant::key_player : Quadrant::keep_satisfied;
  return interested ? Quadrant::keep_informed : Quadrant::minimal_effort;
}

std::string_view salience_name(Salience s) {
  switch (s) {
    case Salience::none:
      return "none";
    case Salience::dormant:
      return "dormant";
    case Salience::discretionary:
      return "discretionary";
    case Salience::demanding:
      return "demanding";
    case Salience::dominant:
      return "dominant";
    case Salience::dangerous:
      return "dangerous";
    case Salience::dependent:
      return "dependent";
    case Salience::definitive:
      return "definitive";
  }
  return "none";
}

Salience salience(const Scores& s, const SalienceThresholds& t) {
  bool power = one_decimal(s.influence) >= t.power;
  bool legitimacy = one_decimal(s.legitimacy) >= t.legitimacy;
  bool urgency = one_decimal(s.urgency) >= t.urgency;
  // Indexed by the three attributes as bits: power 4, legitimacy 2, urgency 1.
  static constexpr Salience kByAttributes[8] = {
      Salience::none,    Salience::demanding, Salience::discretionary, Salience::dependent,
      Salience::dormant, Salience::dangerous, Salience::dominant,      Salience::definitive,
  };
  return kByAttributes[(power ? 4 : 0) | (legitimacy ? 2 : 0) | (urgency ? 1 : 0)];
}

std::string_view strategy_name(Strategy s) {
  switch (s) {
    case Strategy::partner:
      return "partner";
    case Strategy::involve:
      return "involve";
    case Strategy::address_concerns:
      return "address_concerns";
    case Strategy::consult:
      return "consult";
    case Strategy::inform:
      return "inform";
    case Strategy::monitor:
      return "monitor";
  }
  return "monitor";
}

Strategy strategy(Quadrant q, double attitude) {
  bool supportive = one_decimal(attitude) >= kSupportive;
  bool opposed = one_decimal(attitude) <= kOpposed;
  switch (q) {
    case Quadrant::key_player:
      return supportive ? Strategy::partner
             : opposed  ? Strategy::address_concerns
                        : Strategy::involve;
    case Quadrant::keep_satisfied:
      return opposed ? Strategy::address_concerns : Strategy::consult;
    case Quadrant::keep_informed:
      return supportive ? Strategy::involve : Strategy::inform;
    case Quadrant::minimal_effort:
      return Strategy::monitor;
  }
  return Strategy::monitor;
}

double priority(const Scores& s, double relevance, const PriorityWeights& w) {
  const std::pair<double, double> parts[] = {
      {w.influence, unit(s.influence, kScaleMin, kScaleMax)},
      {w.interest, unit(s.interest, kScaleMin, kScaleMax)},
      {w.legitimacy, unit(s.legitimacy, kScaleMin, kScaleMax)},
      {w.urgency, unit(s.urgency, kScaleMin, kScaleMax)},
      {w.relevance, unit(relevance, kRelevanceMin, kRelevanceMax)},
      {w.support, unit(s.attitude, kAttitudeMin, kAttitudeMax)},
  };
  double weights = 0, sum = 0;
  for (auto [weight, value] : parts) {
    weights += weight;
    sum += weight * value;
  }
  return weights > 0 ? 100 * sum / weights : 0;
}

double relevance(const std::vector<std::map<std::string, int>>& latest_per_assessor,
                 const std::optional<std::string>& theme) {
  if (latest_per_assessor.empty()) return 0;
  std::map<std::string, double> sums;  // theme → the assessors' relevance added up
  for (const auto& given : latest_per_assessor)
    for (const auto& [slug, value] : given)
      if (!theme || slug == *theme) sums[slug] += value;
  double highest = 0;
  for (const auto& [slug, sum] : sums) highest = std::max(highest, sum);
  return highest / static_cast<double>(latest_per_assessor.size());
}

std::vector<Movement> movements(const std::vector<Position>& positions, const GridThresholds& t) {
  std::vector<Movement> out;
  for (std::size_t i = 1; i < positions.size(); ++i) {
    Movement m;
    m.from = positions[i - 1];
    m.to = positions[i];
    m.influence_change = m.to.influence - m.from.influence;
    m.interest_change = m.to.interest - m.from.interest;
    m.from_quadrant = quadrant({m.from.influence, m.from.interest, 0, 0, 0}, t);
    m.to_quadrant = quadrant({m.to.influence, m.to.interest, 0, 0, 0}, t);
    m.quadrant_changed = m.from_quadrant != m.to_quadrant;
    out.push_back(std::move(m));
  }
  return out;
}

bool straddles_threshold(const Consensus& c, const GridThresholds& t) {
  if (c.assessors < 2) return false;
  return (c.low.influence < t.influence && c.high.influence >= t.influence) ||
         (c.low.interest < t.interest && c.high.interest >= t.interest);
}

Consensus consensus(const std::vector<Scores>& latest_per_assessor) {
  Consensus c;
  c.assessors = static_cast<int>(latest_per_assessor.size());
  if (latest_per_assessor.empty()) return c;
  double Scores::*fields[] = {&Scores::influence, &Scores::interest, &Scores::attitude,
                              &Scores::legitimacy, &Scores::urgency};
  for (auto field : fields) {
    double sum = 0;
    double low = latest_per_assessor.front().*field, high = low;
    for (const auto& s : latest_per_assessor) {
      sum += s.*field;
      low = std::min(low, s.*field);
      high = std::max(high, s.*field);
    }
    c.mean.*field = sum / static_cast<double>(latest_per_assessor.size());
    c.range.*field = high - low;
    c.low.*field = low;
    c.high.*field = high;
  }
  return c;
}

}  // namespace samla::analysis
