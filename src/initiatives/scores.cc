#include "initiatives/scores.h"

#include <algorithm>
#include <cmath>

namespace samla::initiatives {
namespace {

int value(const Rating& r, std::size_t criterion) {
  switch (criterion) {
    case 0:
      return r.impact;
    case 1:
      return r.feasibility;
    case 2:
      return r.urgency;
    default:
      return r.fit;
  }
}

int weight(const Weights& w, std::size_t criterion) {
  switch (criterion) {
    case 0:
      return w.impact;
    case 1:
      return w.feasibility;
    case 2:
      return w.urgency;
    default:
      return w.fit;
  }
}

}  // namespace

Score score(const std::vector<Rating>& ratings, const Weights& weights) {
  Score out;
  out.raters = static_cast<int>(ratings.size());
  if (ratings.empty()) return out;
  const double n = static_cast<double>(ratings.size());
  double weighted = 0, total_weight = 0;
  for (std::size_t c = 0; c < criteria().size(); ++c) {
    CriterionScore s;
    s.criterion = criteria()[c];
    s.lowest = s.highest = value(ratings.front(), c);
    double sum = 0;
    for (const auto& r : ratings) {
      const double v = value(r, c);
      sum += v;
      s.lowest = std::min(s.lowest, v);
      s.highest = std::max(s.highest, v);
    }
    s.mean = sum / n;
    double squares = 0;
    for (const auto& r : ratings) squares += (value(r, c) - s.mean) * (value(r, c) - s.mean);
    s.spread = std::sqrt(squares / n);
    weighted += weight(weights, c) * s.mean;
    total_weight += weight(weights, c);
    out.criteria.push_back(s);
  }
  if (total_weight > 0) out.weighted = weighted / total_weight;
  return out;
}

void rank(std::vector<Initiative>& list) {
  std::stable_sort(list.begin(), list.end(), [](const Initiative& a, const Initiative& b) {
    if (a.score.weighted.has_value() != b.score.weighted.has_value())
      return a.score.weighted.has_value();
    if (a.score.weighted && *a.score.weighted != *b.score.weighted)
      return *a.score.weighted > *b.score.weighted;
    return a.id < b.id;
  });
}

}  // namespace samla::initiatives
