// The figures of the evaluation's results, pure functions of the ratings.
#pragma once

#include <optional>
#include <utility>
#include <vector>

#include "evaluation/model.h"

namespace samla::evaluation {

// n, mean, median and distribution of ratings 1..5 (others are not counted).
Summary summarize(const std::vector<int>& ratings);

// The median of `values` (the mean of the middle two for an even count); none when empty.
std::optional<double> median(std::vector<double> values);

// The Wilcoxon signed-rank test of `differences` (after − before); none when no difference is
// other than zero.
std::optional<Wilcoxon> wilcoxon_signed_rank(const std::vector<double>& differences);

// The shift of paired ratings (before, after), with the test where there are at least
// kMinPairsForTest pairs.
PairedShift paired_shift(const std::vector<std::pair<int, int>>& pairs);

}  // namespace samla::evaluation
