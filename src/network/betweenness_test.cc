#include "network/betweenness.h"

#include <gtest/gtest.h>
#include <igraph/igraph.h>

#include <algorithm>
#include <numeric>
#include <random>
#include <set>

namespace samla::network {
namespace {

// A random simple graph: `n` nodes, about `m` distinct edges, some nodes left isolated and
// the rest falling into several components, so that ties among shortest paths are common.
std::vector<Link> random_links(std::uint32_t n, std::size_t m, unsigned seed) {
  std::mt19937 rng(seed);
  std::uniform_int_distribution<std::uint32_t> pick(0, n - 1);
  std::set<std::pair<std::uint32_t, std::uint32_t>> seen;
  std::vector<Link> links;
  while (links.size() < m) {
    std::uint32_t a = pick(rng), b = pick(rng);
    if (a == b || a % 17 == 0 || b % 17 == 0) continue;  // multiples of 17 stay isolated
    if (a > b) std::swap(a, b);
    if (seen.insert({a, b}).second) links.push_back({a, b});
  }
  return links;
}

// igraph's own answer on the same graph: the reference the metrics were first built on.
std::vector<double> igraph_betweenness_of(std::uint32_t n, const std::vector<Link>& links) {
  igraph_vector_int_t edges;
  igraph_vector_int_init(&edges, static_cast<igraph_integer_t>(2 * links.size()));
  for (std::size_t i = 0; i < links.size(); ++i) {
    VECTOR(edges)[2 * i] = links[i].a;
    VECTOR(edges)[2 * i + 1] = links[i].b;
  }
  igraph_t graph;
  igraph_create(&graph, &edges, n, IGRAPH_UNDIRECTED);
  igraph_vector_t result;
  igraph_vector_init(&result, 0);
  igraph_betweenness(&graph, &result, igraph_vss_all(), IGRAPH_UNDIRECTED, nullptr);
  std::vector<double> out(VECTOR(result), VECTOR(result) + n);
  igraph_vector_destroy(&result);
  igraph_destroy(&graph);
  igraph_vector_int_destroy(&edges);
  return out;
}

void expect_near_all(const std::vector<double>& got, const std::vector<double>& want) {
  ASSERT_EQ(got.size(), want.size());
  for (std::size_t v = 0; v < got.size(); ++v)
    EXPECT_NEAR(got[v], want[v], 1e-9 * std::max(1.0, want[v])) << "node " << v;
}

TEST(Betweenness, AgreesWithIgraphOnRandomGraphsWithOneThreadOrSeveral) {
  for (unsigned seed : {1U, 2U, 3U}) {
    const std::uint32_t n = 700;
    const auto links = random_links(n, 1400, seed);
    const auto want = igraph_betweenness_of(n, links);
    ASSERT_GT(*std::max_element(want.begin(), want.end()), 1000.0);  // a graph with paths
    expect_near_all(betweenness(n, links, {}, 1), want);
    expect_near_all(betweenness(n, links, {}, 3), want);
  }
}

TEST(Betweenness, CountsSplitShortestPathsAsIgraphDoes) {
  // A square 0–1–3 and 0–2–3: each middle node carries half of the 0–3 pair; 3–4 is a tail.
  const std::vector<Link> square = {{0, 1}, {0, 2}, {1, 3}, {2, 3}, {3, 4}};
  const auto got = betweenness(5, square);
  EXPECT_DOUBLE_EQ(got[1], 1.0);  // 0–3 and 0–4, each half through 1
  EXPECT_DOUBLE_EQ(got[2], 1.0);
  EXPECT_DOUBLE_EQ(got[3], 3.5);  // 1–4, 2–4, 0–4, and half of 1–2 (1–0–2 or 1–3–2)
  EXPECT_DOUBLE_EQ(got[0], 0.5);  // half of 1–2
  expect_near_all(got, igraph_betweenness_of(5, square));
}

TEST(Betweenness, TheSameNetworkGivesTheSameFiguresToTheLastBitOnAnyNumberOfCores) {
  const auto links = random_links(3000, 9000, 7);
  const auto sources = sample_sources(3000, 600);
  const auto one = betweenness(3000, links, sources, 1);
  EXPECT_EQ(betweenness(3000, links, sources, 2), one);
  EXPECT_EQ(betweenness(3000, links, sources, 3), one);
  EXPECT_EQ(betweenness(3000, links, sources, 16), one);
  const auto exact = betweenness(900, random_links(900, 2500, 8), {}, 1);
  EXPECT_EQ(betweenness(900, random_links(900, 2500, 8), {}, 5), exact);
}

TEST(Betweenness, EverySourceSampledIsTheExactAnswer) {
  const std::uint32_t n = 500;
  const auto links = random_links(n, 1200, 11);
  expect_near_all(betweenness(n, links, sample_sources(n, n)), igraph_betweenness_of(n, links));
}

TEST(Betweenness, ASampleEstimatesTheTotalWithoutBias) {
  // The estimate's total over all nodes should be near the exact total: each sampled source
  // stands for n ÷ k of them. A systematic error (a missing half, a wrong scale) is 2× off.
  const std::uint32_t n = 4000;
  const auto links = random_links(n, 12000, 5);
  const auto exact = igraph_betweenness_of(n, links);
  const auto estimate = betweenness(n, links, sample_sources(n, 400));
  const double exact_total = std::accumulate(exact.begin(), exact.end(), 0.0);
  const double estimate_total = std::accumulate(estimate.begin(), estimate.end(), 0.0);
  EXPECT_NEAR(estimate_total / exact_total, 1.0, 0.1);
}

TEST(Betweenness, SampledSourcesAreDistinctAndRepeatable) {
  const auto a = sample_sources(1000, 256);
  EXPECT_EQ(a.size(), 256U);
  EXPECT_EQ(std::set<std::uint32_t>(a.begin(), a.end()).size(), 256U);
  EXPECT_TRUE(std::all_of(a.begin(), a.end(), [](std::uint32_t v) { return v < 1000; }));
  EXPECT_EQ(a, sample_sources(1000, 256));
  EXPECT_EQ(sample_sources(10, 50).size(), 10U);
}

TEST(Betweenness, EmptyAndEdgelessGraphsHaveNone) {
  EXPECT_TRUE(betweenness(0, {}).empty());
  EXPECT_EQ(betweenness(3, {}), (std::vector<double>{0, 0, 0}));
}

}  // namespace
}  // namespace samla::network
