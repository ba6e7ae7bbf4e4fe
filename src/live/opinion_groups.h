// Opinion groups from the agree/disagree votes on statements (issue 21 part 4), as Pol.is finds
// them: each voter a row of +1 (agree), -1 (disagree) and 0 (pass or no vote); the rows
// projected onto two dimensions by PCA; the points grouped by k-means (Lloyd) from seeded
// k-means++ centroids, k from 2 to 5 chosen by the mean silhouette. Pure: the same votes give
// the same groups, and tests/live/test_opinion_groups.py checks each step against scikit-learn.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <vector>

namespace samla::live {

using Point = std::array<double, 2>;

inline constexpr std::uint64_t kOpinionSeed = 21;

struct Projection {
  std::vector<Point> points;          // one per voter, in the rows' order
  std::array<double, 2> explained{};  // the share of the variance along each axis
};

// PCA onto two components of the column-centred votes. Each axis's sign is fixed so that its
// largest loading (by absolute value) is positive: the same votes give the same map.
Projection project(const std::vector<std::vector<double>>& votes);

// k-means++ centroids drawn with a seeded generator (the same on every machine); fewer than k
// when the points have fewer than k distinct places.
std::vector<Point> seeded_centroids(const std::vector<Point>& points, int k, std::uint64_t seed);

struct Clustering {
  std::vector<int> labels;  // per point, 0 … k-1
  std::vector<Point> centroids;
  int iterations = 0;
};

// Lloyd's k-means from `initial` until no point changes group (at most 300 rounds); a point
// equally near two centroids joins the first; an emptied group keeps its centroid.
Clustering kmeans(const std::vector<Point>& points, const std::vector<Point>& initial);

// The mean silhouette of the labelled points (a point alone in its group counts 0).
double silhouette(const std::vector<Point>& points, const std::vector<int>& labels, int k);

struct OpinionGroups {
  Projection projection;
  int k = 0;  // 0: no grouping with every group at least `min_group` large
  double silhouette = 0;
  std::vector<int> labels;      // per voter; groups numbered by size, largest first
  std::vector<Point> initial;   // the seeded centroids k-means started from (k's)
  std::map<int, double> tried;  // k → mean silhouette, for each k whose groups were large enough
};

// The projection and the best grouping whose every group has at least `min_group` voters (no
// breakdown for a smaller group). `seed` makes it reproduce.
OpinionGroups find_opinion_groups(const std::vector<std::vector<double>>& votes, int min_group,
                                  std::uint64_t seed = kOpinionSeed);

}  // namespace samla::live
