#include "live/opinion_groups.h"

#include <cmath>

#include <gtest/gtest.h>

namespace samla::live {
namespace {

// Voters in camps: each camp agrees with the statements the others disagree with.
std::vector<std::vector<double>> camps(const std::vector<int>& sizes, int statements) {
  std::vector<std::vector<double>> votes;
  for (std::size_t camp = 0; camp < sizes.size(); ++camp)
    for (int v = 0; v < sizes[camp]; ++v) {
      std::vector<double> row(static_cast<std::size_t>(statements));
      for (int s = 0; s < statements; ++s)
        row[static_cast<std::size_t>(s)] =
            (s % static_cast<int>(sizes.size())) == static_cast<int>(camp) ? 1.0 : -1.0;
      // A little disagreement inside each camp, so its points do not coincide.
      row[static_cast<std::size_t>(v % statements)] = 0.0;
      votes.push_back(row);
    }
  return votes;
}

TEST(OpinionGroups, FindsTheCampsLargestFirst) {
  const auto found = find_opinion_groups(camps({5, 9, 7}, 12), 3);
  ASSERT_EQ(found.k, 3);
  // Numbered by size: the nine, the seven, the five.
  std::vector<int> sizes(3, 0);
  for (int l : found.labels) ++sizes[static_cast<std::size_t>(l)];
  EXPECT_EQ(sizes, (std::vector<int>{9, 7, 5}));
  // Everyone in one camp lands in one group.
  for (int v = 1; v < 5; ++v) EXPECT_EQ(found.labels[static_cast<std::size_t>(v)], found.labels[0]);
  EXPECT_GT(found.silhouette, 0.5);
  EXPECT_GT(found.projection.explained[0], found.projection.explained[1]);
}

TEST(OpinionGroups, ReproducesAndFixesTheAxesSigns) {
  const auto votes = camps({6, 6}, 8);
  const auto a = find_opinion_groups(votes, 3);
  const auto b = find_opinion_groups(votes, 3);
  EXPECT_EQ(a.labels, b.labels);
  EXPECT_EQ(a.projection.points, b.projection.points);
  // Negating every vote keeps the axes (the same covariance, the same sign rule) and mirrors
  // every point through the origin.
  auto negated = votes;
  for (auto& row : negated)
    for (auto& v : row) v = -v;
  const auto c = project(negated);
  for (std::size_t i = 0; i < votes.size(); ++i)
    for (std::size_t axis = 0; axis < 2; ++axis)
      EXPECT_NEAR(c.points[i][axis], -a.projection.points[i][axis], 1e-9);
  // The sign rule itself: the statement that loads most on the first axis pulls its agreers to
  // the positive side. Here statement 0 splits the two camps and nothing else does.
  std::vector<std::vector<double>> split(8, std::vector<double>(4, 1.0));
  for (std::size_t i = 0; i < 4; ++i) split[i][0] = -1.0;
  const auto mapped = project(split);
  EXPECT_LT(mapped.points[0][0], 0);  // disagreed with statement 0
  EXPECT_GT(mapped.points[7][0], 0);  // agreed
}

TEST(OpinionGroups, NoGroupSmallerThanTheMinimum) {
  // Eight agree, two disagree: a group of two would show how those two voted.
  std::vector<std::vector<double>> votes(8, {1, 1, -1});
  votes.push_back({-1, -1, 1});
  votes.push_back({-1, -1, 1});
  const auto found = find_opinion_groups(votes, 3);
  EXPECT_EQ(found.k, 0);
  EXPECT_TRUE(found.tried.empty());
}

TEST(OpinionGroups, EverybodyAgreeingGivesNoGroups) {
  const std::vector<std::vector<double>> votes(12, {1, 1, 1, 1});
  const auto found = find_opinion_groups(votes, 3);
  EXPECT_EQ(found.k, 0);
  for (const auto& p : found.projection.points) EXPECT_EQ(p, (Point{0, 0}));
  EXPECT_EQ(found.projection.explained, (std::array<double, 2>{0, 0}));
}

TEST(OpinionGroups, KMeansStopsWhenNoPointMoves) {
  const std::vector<Point> points{{0, 0}, {0, 1}, {10, 0}, {10, 1}};
  // From one corner of each side; starting from (0, 0) and (0, 1) would stay split by height,
  // a fixed point too.
  const auto c = kmeans(points, {{0, 0}, {10, 1}});
  EXPECT_EQ(c.labels, (std::vector<int>{0, 0, 1, 1}));
  EXPECT_EQ(c.centroids[0], (Point{0, 0.5}));
  EXPECT_EQ(c.centroids[1], (Point{10, 0.5}));
  // Each point: 1 from its neighbour, 10 and √101 from the other group's two.
  const double b = (10 + std::sqrt(101.0)) / 2;
  EXPECT_NEAR(silhouette(points, c.labels, 2), (b - 1) / b, 1e-12);
}

TEST(OpinionGroups, SeededCentroidsAreDistinctPoints) {
  const std::vector<Point> points{{0, 0}, {0, 0}, {5, 5}, {9, 1}};
  const auto centroids = seeded_centroids(points, 3, kOpinionSeed);
  ASSERT_EQ(centroids.size(), 3U);
  EXPECT_NE(centroids[0], centroids[1]);
  EXPECT_NE(centroids[1], centroids[2]);
  EXPECT_NE(centroids[0], centroids[2]);
  // Only two distinct places: two centroids, not three.
  EXPECT_EQ(seeded_centroids({{1, 1}, {1, 1}, {2, 2}}, 3, kOpinionSeed).size(), 2U);
}

}  // namespace
}  // namespace samla::live
