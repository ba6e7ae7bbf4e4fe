#include "network/metrics.h"

#include <igraph/igraph.h>

#include <algorithm>
#include <exception>
#include <future>
#include <map>
#include <mutex>
#include <numeric>
#include <set>

#include "network/betweenness.h"

namespace samla::network {
namespace {

// igraph 0.10 as Debian builds it is not thread-safe (IGRAPH_THREAD_SAFE 0): its error
// handling and random number generator are global. One computation at a time.
std::mutex& igraph_mutex() {
  static std::mutex m;
  return m;
}

// Owners that free igraph's objects on every path out.
struct GraphOwner {
  igraph_t g;
  ~GraphOwner() { igraph_destroy(&g); }
};
struct VectorOwner {
  igraph_vector_t v;
  explicit VectorOwner(igraph_integer_t n = 0) { igraph_vector_init(&v, n); }
  ~VectorOwner() { igraph_vector_destroy(&v); }
  double operator[](std::size_t i) const { return VECTOR(v)[i]; }
};
struct IntVectorOwner {
  igraph_vector_int_t v;
  explicit IntVectorOwner(igraph_integer_t n = 0) { igraph_vector_int_init(&v, n); }
  ~IntVectorOwner() { igraph_vector_int_destroy(&v); }
  igraph_integer_t operator[](std::size_t i) const { return VECTOR(v)[i]; }
};

Status check(igraph_error_t code, const char* what) {
  if (code == IGRAPH_SUCCESS) return ok_status();
  return hidden_error(ErrorCode::internal,
                      std::string("igraph ") + what + ": " + igraph_strerror(code));
}

// Labels renumbered so that 0 is the largest group (ties by first appearance), with sizes.
std::vector<int> by_size(const IntVectorOwner& raw, std::size_t n, std::vector<int>& sizes) {
  std::map<igraph_integer_t, int> count;
  for (std::size_t i = 0; i < n; ++i) ++count[raw[i]];
  std::vector<igraph_integer_t> order;
  std::set<igraph_integer_t> seen;
  for (std::size_t i = 0; i < n; ++i)
    if (seen.insert(raw[i]).second) order.push_back(raw[i]);
  std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return count[a] > count[b]; });
  std::map<igraph_integer_t, int> rank;
  sizes.clear();
  for (std::size_t r = 0; r < order.size(); ++r) {
    rank[order[r]] = static_cast<int>(r);
    sizes.push_back(count[order[r]]);
  }
  std::vector<int> out(n);
  for (std::size_t i = 0; i < n; ++i) out[i] = rank[raw[i]];
  return out;
}

std::optional<double> crossing_share(const Graph& g,
                                     const std::optional<std::string> Node::*attribute) {
  int known = 0, crossing = 0;
  for (const auto& e : g.edges) {
    const auto& x = g.nodes[e.a].*attribute;
    const auto& y = g.nodes[e.b].*attribute;
    if (!x || !y) continue;
    ++known;
    crossing += *x != *y;
  }
  if (known == 0) return std::nullopt;
  return static_cast<double>(crossing) / known;
}

std::vector<Metrics::CountryBridge> country_bridges(const Graph& g) {
  std::map<std::pair<std::string, std::string>, std::set<std::size_t>> across;
  for (const auto& e : g.edges) {
    const auto& x = g.nodes[e.a].country;
    const auto& y = g.nodes[e.b].country;
    if (!x || !y || *x == *y) continue;
    auto& who = across[std::minmax(*x, *y)];
    who.insert(e.a);
    who.insert(e.b);
  }
  std::vector<Metrics::CountryBridge> out;
  for (const auto& [pair, who] : across)
    out.push_back({pair.first, pair.second, static_cast<int>(who.size())});
  std::stable_sort(out.begin(), out.end(),
                   [](const auto& p, const auto& q) { return p.stakeholders > q.stakeholders; });
  return out;
}

}  // namespace

Result<Metrics> compute_metrics(const Graph& g, int betweenness_sources) {
  // Betweenness is most of the time: it runs on its own threads, outside igraph's lock,
  // while igraph computes the rest here.
  std::vector<Link> links(g.edges.size());
  for (std::size_t i = 0; i < g.edges.size(); ++i)
    links[i] = {static_cast<std::uint32_t>(g.edges[i].a), static_cast<std::uint32_t>(g.edges[i].b)};
  auto betweenness_later = std::async(std::launch::async, [&] {
    return betweenness(
        g.nodes.size(), links,
        betweenness_sources > 0
            ? sample_sources(g.nodes.size(), static_cast<std::size_t>(betweenness_sources))
            : std::vector<std::uint32_t>{});
  });

  std::lock_guard lock(igraph_mutex());
  igraph_set_error_handler(igraph_error_handler_ignore);
  igraph_set_warning_handler(igraph_warning_handler_ignore);
  const auto n = static_cast<igraph_integer_t>(g.nodes.size());
  Metrics m;
  m.node_count = static_cast<int>(n);
  m.edge_count = static_cast<int>(g.edges.size());
  m.nodes.resize(g.nodes.size());
  m.cross_country_share = crossing_share(g, &Node::country);
  m.cross_sector_share = crossing_share(g, &Node::sector);
  m.country_bridges = country_bridges(g);
  if (n == 0) return m;

  IntVectorOwner edge_list(2 * static_cast<igraph_integer_t>(g.edges.size()));
  VectorOwner weights(static_cast<igraph_integer_t>(g.edges.size()));
  for (std::size_t i = 0; i < g.edges.size(); ++i) {
    VECTOR(edge_list.v)[2 * i] = static_cast<igraph_integer_t>(g.edges[i].a);
    VECTOR(edge_list.v)[2 * i + 1] = static_cast<igraph_integer_t>(g.edges[i].b);
    VECTOR(weights.v)[i] = g.edges[i].weight;
  }
  GraphOwner graph;
  SAMLA_TRY(check(igraph_create(&graph.g, &edge_list.v, n, IGRAPH_UNDIRECTED), "create"));

  IntVectorOwner degree;
  SAMLA_TRY(check(igraph_degree(&graph.g, &degree.v, igraph_vss_all(), IGRAPH_ALL, IGRAPH_NO_LOOPS),
                  "degree"));
  VectorOwner strength;
  SAMLA_TRY(check(igraph_strength(&graph.g, &strength.v, igraph_vss_all(), IGRAPH_ALL,
                                  IGRAPH_NO_LOOPS, &weights.v),
                  "strength"));
  m.betweenness_estimated =
      betweenness_sources > 0 && static_cast<std::size_t>(betweenness_sources) < g.nodes.size();
  VectorOwner eigenvector;
  igraph_real_t eigenvalue = 0;
  if (!g.edges.empty()) {
    igraph_arpack_options_t options;
    igraph_arpack_options_init(&options);
    SAMLA_TRY(check(
        igraph_eigenvector_centrality(&graph.g, &eigenvector.v, &eigenvalue, IGRAPH_UNDIRECTED,
                                      /*scale=*/true, &weights.v, &options),
        "eigenvector centrality"));
  }

  IntVectorOwner component_raw, component_sizes;
  igraph_integer_t component_count = 0;
  SAMLA_TRY(check(igraph_connected_components(&graph.g, &component_raw.v, &component_sizes.v,
                                              &component_count, IGRAPH_WEAK),
                  "components"));
  std::vector<int> sizes;
  std::vector<int> component = by_size(component_raw, g.nodes.size(), sizes);
  m.components = static_cast<int>(component_count);
  m.largest_component = sizes.empty() ? 0 : sizes.front();

  // Leiden optimising modularity: node weights are the strengths and the resolution
  // 1 / (2 × total weight), as igraph's own modularity objective does.
  IntVectorOwner membership_raw(n);
  igraph_integer_t clusters = 0;
  igraph_real_t quality = 0;
  const double total = std::accumulate(g.edges.begin(), g.edges.end(), 0.0,
                                       [](double sum, const Edge& e) { return sum + e.weight; });
  if (total > 0) {
    igraph_rng_seed(igraph_rng_default(), 20260915);
    SAMLA_TRY(
        check(igraph_community_leiden(&graph.g, &weights.v, &strength.v, 1.0 / (2 * total), 0.01,
                                      false, -1, &membership_raw.v, &clusters, &quality),
              "Leiden"));
    SAMLA_TRY(check(igraph_modularity(&graph.g, &membership_raw.v, &weights.v, 1.0,
                                      IGRAPH_UNDIRECTED, &m.modularity),
                    "modularity"));
  } else {
    for (igraph_integer_t i = 0; i < n; ++i) VECTOR(membership_raw.v)[i] = i;
  }
  std::vector<int> community = by_size(membership_raw, g.nodes.size(), m.community_sizes);
  m.communities = static_cast<int>(m.community_sizes.size());

  std::vector<double> betweenness_of;
  try {
    betweenness_of = betweenness_later.get();
  } catch (const std::exception& e) {  // no thread or no memory for the walks
    return hidden_error(ErrorCode::internal, std::string("betweenness: ") + e.what());
  }
  std::vector<std::set<int>> reached(g.nodes.size());
  for (const auto& e : g.edges) {
    if (community[e.a] != community[e.b]) {
      reached[e.a].insert(community[e.b]);
      reached[e.b].insert(community[e.a]);
    }
  }
  for (std::size_t i = 0; i < g.nodes.size(); ++i) {
    NodeMetrics& x = m.nodes[i];
    x.degree = static_cast<int>(degree[i]);
    x.weighted_degree = strength[i];
    x.betweenness = betweenness_of[i];
    x.eigenvector = g.edges.empty() ? 0 : eigenvector[i];
    x.community = community[i];
    x.component = component[i];
    x.communities_reached = static_cast<int>(reached[i].size());
    if (x.degree == 0) m.isolates.push_back(i);
    x.broker = x.communities_reached >= 1 && x.betweenness > 0;
    if (x.broker) m.brokers.push_back(i);
  }
  std::stable_sort(m.brokers.begin(), m.brokers.end(), [&](std::size_t a, std::size_t b) {
    return m.nodes[a].betweenness > m.nodes[b].betweenness;
  });
  m.density = n < 2 ? 0
                    : 2.0 * static_cast<double>(g.edges.size()) /
                          (static_cast<double>(n) * static_cast<double>(n - 1));
  return m;
}

}  // namespace samla::network
