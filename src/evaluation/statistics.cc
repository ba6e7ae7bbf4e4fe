#include "evaluation/statistics.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include <boost/math/distributions/normal.hpp>

namespace samla::evaluation {

Summary summarize(const std::vector<int>& ratings) {
  Summary out;
  std::vector<double> kept;
  for (int r : ratings) {
    if (r < 1 || r > 5) continue;
    ++out.distribution[static_cast<std::size_t>(r - 1)];
    kept.push_back(r);
  }
  out.n = static_cast<int>(kept.size());
  if (out.n == 0) return out;
  out.mean = std::accumulate(kept.begin(), kept.end(), 0.0) / out.n;
  out.median = median(std::move(kept));
  return out;
}

std::optional<double> median(std::vector<double> values) {
  if (values.empty()) return std::nullopt;
  std::sort(values.begin(), values.end());
  const std::size_t mid = values.size() / 2;
  return values.size() % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
}

std::optional<Wilcoxon> wilcoxon_signed_rank(const std::vector<double>& differences) {
  std::vector<double> d;
  for (double x : differences)
    if (x != 0) d.push_back(x);
  if (d.empty()) return std::nullopt;
  std::sort(d.begin(), d.end(), [](double a, double b) { return std::abs(a) < std::abs(b); });

  Wilcoxon w;
  w.n = static_cast<int>(d.size());
  // Ranks of |d|, ties given the mean of the ranks they span; each tie group of size t
  // lowers the variance by (t³ − t) / 48.
  double ties = 0;
  for (std::size_t i = 0; i < d.size();) {
    std::size_t j = i;
    while (j < d.size() && std::abs(d[j]) == std::abs(d[i])) ++j;
    const double rank = (static_cast<double>(i + 1) + static_cast<double>(j)) / 2.0;
    for (std::size_t k = i; k < j; ++k) (d[k] > 0 ? w.w_plus : w.w_minus) += rank;
    const double t = static_cast<double>(j - i);
    ties += t * t * t - t;
    i = j;
  }
  const double n = w.n;
  w.statistic = std::min(w.w_plus, w.w_minus);
  const double mean = n * (n + 1) / 4.0;
  const double variance = n * (n + 1) * (2 * n + 1) / 24.0 - ties / 48.0;
  if (variance <= 0) return std::nullopt;
  w.z = (w.statistic - mean) / std::sqrt(variance);
  const boost::math::normal standard;
  w.p_value =
      std::min(1.0, 2.0 * boost::math::cdf(boost::math::complement(standard, std::abs(w.z))));
  return w;
}

PairedShift paired_shift(const std::vector<std::pair<int, int>>& pairs) {
  PairedShift out;
  std::vector<double> differences;
  for (auto [before, after] : pairs) {
    if (before < 1 || before > 5 || after < 1 || after > 5) continue;
    const double d = after - before;
    differences.push_back(d);
    (d > 0 ? out.improved : d < 0 ? out.worsened : out.unchanged) += 1;
  }
  out.n = static_cast<int>(differences.size());
  if (out.n == 0) return out;
  out.mean_shift = std::accumulate(differences.begin(), differences.end(), 0.0) / out.n;
  out.median_shift = median(differences);
  if (out.n >= kMinPairsForTest) out.wilcoxon = wilcoxon_signed_rank(differences);
  return out;
}

}  // namespace samla::evaluation
