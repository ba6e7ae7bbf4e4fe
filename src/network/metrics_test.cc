// The metrics on small graphs whose answers are known by hand.
#include "network/metrics.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "core/test_assertions.h"
#include "network/introductions.h"

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

// "3 people connect Finland with Sweden": each stakeholder with a tie across a border counts
// once for that pair of countries, on either side.
TEST(Metrics, CountsWhoConnectsEachPairOfCountries) {
  // SE: 0 1 2, FI: 3 4, NO: 5. Ties across: 0-3, 1-3, 2-4 (SE–FI), 4-5 (FI–NO); 0-1 within SE.
  auto m = compute_metrics(
      graph_of(6, {{0, 3}, {1, 3}, {2, 4}, {4, 5}, {0, 1}}, {"SE", "SE", "SE", "FI", "FI", "NO"}));
  ASSERT_OK(m);
  ASSERT_EQ(m->country_bridges.size(), 2u);
  EXPECT_EQ(m->country_bridges[0].a, "FI");
  EXPECT_EQ(m->country_bridges[0].b, "SE");
  EXPECT_EQ(m->country_bridges[0].stakeholders, 5);  // 0, 1, 2 in Sweden; 3, 4 in Finland
  EXPECT_EQ(m->country_bridges[1].a, "FI");
  EXPECT_EQ(m->country_bridges[1].b, "NO");
  EXPECT_EQ(m->country_bridges[1].stakeholders, 2);
  auto none = compute_metrics(graph_of(2, {{0, 1}}, {"SE", "SE"}));
  ASSERT_OK(none);
  EXPECT_TRUE(none->country_bridges.empty());
}

// Someone with no tie is offered one first contact: the best-connected person who shares a
// theme, with the reason in the reader's language; someone without a shared theme gets none.
TEST(Introductions, AnIsolateGetsTheBestConnectedPersonWhoSharesATheme) {
  Graph g = graph_of(5, {{0, 1}, {1, 2}}, {"SE", "SE", "SE", "FI", "FI"});
  const char* names[] = {"Ada", "Bo", "Cai", "Dana", "Eli"};
  for (int i = 0; i < 5; ++i) g.nodes[i].name = names[i];
  g.nodes[0].themes = {"stigma"};
  g.nodes[1].themes = {"stigma", "suicide"};  // the hub: the most central
  g.nodes[2].themes = {"stigma"};
  g.nodes[3].themes = {"stigma"};   // alone, shares a theme
  g.nodes[4].themes = {"housing"};  // alone, shares nothing
  auto m = compute_metrics(g);
  ASSERT_OK(m);
  auto isolated = isolated_people(g, *m);
  EXPECT_EQ(isolated, (std::vector<std::size_t>{3, 4}));
  auto candidates = introduction_candidates(g, *m);
  auto found = suggest_introductions(g, *m, candidates, {}, 20, isolated);
  std::vector<Introduction> firsts;
  for (const auto& i : found)
    if (i.first_contact) firsts.push_back(i);
  ASSERT_EQ(firsts.size(), 1u);
  EXPECT_EQ(firsts[0].a, 1u);
  EXPECT_EQ(firsts[0].b, 3u);
  EXPECT_TRUE(firsts[0].bridges_countries);
  auto name = [](const std::string& slug) {
    return slug == "stigma" ? std::string("Stigma") : slug;
  };
  EXPECT_EQ(reason_of(g, *m, firsts[0], "en", name),
            "Dana has no ties here yet; Bo also works on Stigma and could be a first contact.");
  EXPECT_EQ(
      reason_of(g, *m, firsts[0], "sv", name),
      "Dana har inga kontakter här än; Bo arbetar också med Stigma och kan bli en första kontakt.");
  // Already tied in some other way (a conflict, say): no first contact with that person, and
  // the next best who shares the theme is offered.
  TiedPairs tied{{1, 3}};
  auto again = suggest_introductions(g, *m, candidates, tied, 20, isolated);
  auto other =
      std::find_if(again.begin(), again.end(), [](const auto& i) { return i.first_contact; });
  ASSERT_NE(other, again.end());
  EXPECT_NE(std::make_pair(other->a, other->b), std::make_pair(std::size_t{1}, std::size_t{3}));
  EXPECT_TRUE(other->b == 3u);
}

TEST(Introductions, AReasonNamesThemesAndWhatWouldBeJoinedInEitherLanguage) {
  Graph g = graph_of(2, {}, {"SE", "FI"});
  auto m = compute_metrics(g);
  ASSERT_OK(m);
  Introduction i;
  i.a = 0;
  i.b = 1;
  i.shared_themes = {"a", "b", "c"};
  i.bridges_countries = true;
  auto same = [](const std::string& slug) { return slug; };
  EXPECT_EQ(reason_of(g, *m, i, "en", same),
            "Both work on a, b and c; they would join countries SE and FI.");
  EXPECT_EQ(reason_of(g, *m, i, "sv", same),
            "Båda arbetar med a, b och c; de skulle förena länderna SE och FI.");
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
