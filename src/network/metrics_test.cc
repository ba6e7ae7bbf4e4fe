// The metrics on small graphs whose answers are known by hand.
#include "network/metrics.h"

#include <gtest/gtest.h>

#include <cmath>

#include "core/test_assertions.h"

namespace samla::network {
namespace {

Graph graph_of(int nodes, std::vector<std::pair<std::size_t, std::size_t>> edges,
               std::vector<std::string> countries = {}) {
  Graph g;
  for (int i = 0; i < nodes; ++i) {
    Node n;
    n.stakeholder = {Stakeholder::Kind::person, i + 1};
    if (static_cast<std::size_t>(i) < countries.size()) n.country = countries[i];
    g.nodes.push_back(n);
  }
  for (auto [a, b] : edges) {
    Edge e;
    e.a = std::min(a, b);
    e.b = std::max(a, b);
    e.weight = 1;
    g.edges.push_back(e);
  }
  return g;
}

TEST(Metrics, APathHasItsMiddleOnEveryShortestPath) {
  auto m = compute_metrics(graph_of(3, {{0, 1}, {1, 2}}));
  ASSERT_OK(m);
  EXPECT_EQ(m->nodes[1].degree, 2);
  EXPECT_DOUBLE_EQ(m->nodes[1].betweenness, 1.0);
  EXPECT_DOUBLE_EQ(m->nodes[0].betweenness, 0.0);
  EXPECT_DOUBLE_EQ(m->density, 2.0 / 3.0);
  EXPECT_EQ(m->components, 1);
  EXPECT_DOUBLE_EQ(m->nodes[1].eigenvector, 1.0);  // scaled: the largest is 1
  EXPECT_NEAR(m->nodes[0].eigenvector, 1.0 / std::sqrt(2.0), 1e-6);
}

TEST(Metrics, TwoTrianglesJoinedByABridgeAreTwoCommunities) {
  // 0-1-2 and 3-4-5, with 2-3 between them: modularity 2 × (3/7 − (7/14)²) = 5/14.
  auto m = compute_metrics(graph_of(6, {{0, 1}, {1, 2}, {0, 2}, {3, 4}, {4, 5}, {3, 5}, {2, 3}},
                                    {"SE", "SE", "SE", "FI", "FI", "FI"}));
  ASSERT_OK(m);
  EXPECT_EQ(m->communities, 2);
  EXPECT_NEAR(m->modularity, 5.0 / 14.0, 1e-12);
  EXPECT_EQ(m->nodes[0].community, m->nodes[2].community);
  EXPECT_NE(m->nodes[2].community, m->nodes[3].community);
  EXPECT_EQ(m->brokers.size(), 2u);                // the bridge's two ends, most between first
  EXPECT_DOUBLE_EQ(m->nodes[2].betweenness, 6.0);  // 0 or 1 to 3, 4 or 5: 2 × 3 pairs
  ASSERT_TRUE(m->cross_country_share);
  EXPECT_NEAR(*m->cross_country_share, 1.0 / 7.0, 1e-12);
  EXPECT_FALSE(m->cross_sector_share);  // no sector known
}

TEST(Metrics, IsolatesAndComponentsAreCounted) {
  auto m = compute_metrics(graph_of(5, {{0, 1}}));
  ASSERT_OK(m);
  EXPECT_EQ(m->components, 4);
  EXPECT_EQ(m->largest_component, 2);
  EXPECT_EQ(m->isolates, (std::vector<std::size_t>{2, 3, 4}));
  EXPECT_EQ(m->nodes[0].component, 0);  // 0: the largest
}

TEST(Metrics, AnEmptyOrEdgelessGraphHasNoCommunitiesToFind) {
  auto empty = compute_metrics(Graph{});
  ASSERT_OK(empty);
  EXPECT_EQ(empty->node_count, 0);
  auto edgeless = compute_metrics(graph_of(3, {}));
  ASSERT_OK(edgeless);
  EXPECT_EQ(edgeless->communities, 3);
  EXPECT_DOUBLE_EQ(edgeless->modularity, 0);
  EXPECT_DOUBLE_EQ(edgeless->density, 0);
}

TEST(Metrics, SampledBetweennessIsLabelledUnlessEveryNodeIsASource) {
  auto bridged = graph_of(6, {{0, 1}, {1, 2}, {0, 2}, {3, 4}, {4, 5}, {3, 5}, {2, 3}});
  auto all = compute_metrics(bridged, 100);  // more sources than nodes: every node walked
  ASSERT_OK(all);
  EXPECT_FALSE(all->betweenness_estimated);
  EXPECT_DOUBLE_EQ(all->nodes[2].betweenness, 6.0);
  EXPECT_DOUBLE_EQ(all->nodes[0].betweenness, 0.0);
  // From three of six sources the estimate is scaled by two; the bridge stays the highest.
  auto half = compute_metrics(bridged, 3);
  ASSERT_OK(half);
  EXPECT_TRUE(half->betweenness_estimated);
  EXPECT_GT(half->nodes[2].betweenness, 0.0);
  EXPECT_GE(half->nodes[2].betweenness, half->nodes[0].betweenness);
}

}  // namespace
}  // namespace samla::network
