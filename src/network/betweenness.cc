#include "network/betweenness.h"

#include <algorithm>
#include <numeric>
#include <random>
#include <thread>

namespace samla::network {
namespace {

// The graph as compressed adjacency lists: the neighbours of v are
// neighbours[offsets[v]] … neighbours[offsets[v + 1] - 1].
struct Adjacency {
  std::vector<std::uint32_t> offsets, neighbours;
};

Adjacency adjacency_of(std::size_t n, const std::vector<Link>& links) {
  Adjacency adj;
  adj.offsets.assign(n + 1, 0);
  for (const Link& l : links) {
    ++adj.offsets[l.a + 1];
    ++adj.offsets[l.b + 1];
  }
  std::partial_sum(adj.offsets.begin(), adj.offsets.end(), adj.offsets.begin());
  adj.neighbours.resize(2 * links.size());
  std::vector<std::uint32_t> next(adj.offsets.begin(), adj.offsets.end() - 1);
  for (const Link& l : links) {
    adj.neighbours[next[l.a]++] = l.b;
    adj.neighbours[next[l.b]++] = l.a;
  }
  return adj;
}

// The nodes in breadth-first order, component after component: neighbours get nearby
// numbers, so a walk's visits land in fewer cache lines than under the register's ids.
std::vector<std::uint32_t> breadth_first_order(const Adjacency& adj, std::size_t n) {
  std::vector<std::uint32_t> order;
  order.reserve(n);
  std::vector<bool> seen(n, false);
  for (std::uint32_t root = 0; root < n; ++root) {
    if (seen[root]) continue;
    seen[root] = true;
    for (std::size_t head = order.size(), tail = (order.push_back(root), order.size()); head < tail;
         tail = order.size()) {
      const std::uint32_t v = order[head++];
      for (std::uint32_t i = adj.offsets[v]; i < adj.offsets[v + 1]; ++i)
        if (!seen[adj.neighbours[i]]) {
          seen[adj.neighbours[i]] = true;
          order.push_back(adj.neighbours[i]);
        }
    }
  }
  return order;
}

// What a walk keeps for each node, side by side so that visiting a neighbour touches one
// cache line rather than three: on a million ties the walks are bound by memory, not arithmetic.
struct Visit {
  double paths = 0;       // shortest paths from the source
  double dependency = 0;  // the source's dependency on this node
  std::int32_t distance = -1;
};

// One thread's working memory, reused from source to source.
class Walker {
 public:
  Walker(const Adjacency& adj, std::size_t n) : adj_(adj), visits_(n), order_(n) {}

  // Adds every node's dependency on `source`: the BFS counts the shortest paths to each
  // node, then the nodes in reverse BFS order pass their dependency back to the
  // neighbours one hop closer to the source.
  void add_source(std::uint32_t source, std::vector<double>& sums) {
    std::size_t head = 0, tail = 0;
    order_[tail++] = source;
    visits_[source].distance = 0;
    visits_[source].paths = 1;
    while (head < tail) {
      const std::uint32_t v = order_[head++];
      const Visit& from = visits_[v];
      const std::int32_t next = from.distance + 1;
      for (std::uint32_t i = adj_.offsets[v]; i < adj_.offsets[v + 1]; ++i) {
        const std::uint32_t w = adj_.neighbours[i];
        Visit& to = visits_[w];
        if (to.distance < 0) {
          to.distance = next;
          order_[tail++] = w;
        }
        if (to.distance == next) to.paths += from.paths;
      }
    }
    for (std::size_t k = tail; k-- > 0;) {
      const std::uint32_t w = order_[k];
      const Visit& later = visits_[w];
      const double share = (1 + later.dependency) / later.paths;
      const std::int32_t closer = later.distance - 1;
      for (std::uint32_t i = adj_.offsets[w]; i < adj_.offsets[w + 1]; ++i) {
        Visit& v = visits_[adj_.neighbours[i]];
        if (v.distance == closer) v.dependency += v.paths * share;
      }
      if (w != source) sums[w] += later.dependency;
    }
    // Only the nodes this walk reached need resetting.
    for (std::size_t k = 0; k < tail; ++k) visits_[order_[k]] = Visit{};
  }

 private:
  const Adjacency& adj_;
  std::vector<Visit> visits_;
  std::vector<std::uint32_t> order_;
};

}  // namespace

std::vector<std::uint32_t> sample_sources(std::size_t node_count, std::size_t count) {
  std::vector<std::uint32_t> all(node_count);
  std::iota(all.begin(), all.end(), 0U);
  std::mt19937_64 rng(20260915);
  count = std::min(count, node_count);
  // A partial Fisher–Yates shuffle: the first `count` places are a uniform sample.
  for (std::size_t i = 0; i < count; ++i) {
    std::uniform_int_distribution<std::size_t> pick(i, node_count - 1);
    std::swap(all[i], all[pick(rng)]);
  }
  all.resize(count);
  return all;
}

std::vector<double> betweenness(std::size_t node_count, const std::vector<Link>& links,
                                const std::vector<std::uint32_t>& sources, unsigned threads) {
  std::vector<double> result(node_count, 0);
  if (node_count == 0) return result;
  // Walk a renumbered copy (new number = place in breadth-first order) and map back.
  const std::vector<std::uint32_t> old_of =
      breadth_first_order(adjacency_of(node_count, links), node_count);
  std::vector<std::uint32_t> new_of(node_count);
  for (std::uint32_t i = 0; i < node_count; ++i) new_of[old_of[i]] = i;
  std::vector<Link> renumbered(links.size());
  for (std::size_t i = 0; i < links.size(); ++i)
    renumbered[i] = {new_of[links[i].a], new_of[links[i].b]};
  const Adjacency adj = adjacency_of(node_count, renumbered);
  const std::size_t walks = sources.empty() ? node_count : sources.size();

  // The sources go in blocks of kBlock, block b into accumulation slot b mod kSlots, and each
  // slot is filled by one thread in block order; the slots are then added in slot order. So
  // the sums are added in the same order whatever the number of threads or cores: the same
  // network gives the same figures to the last bit on any machine.
  constexpr std::size_t kBlock = 16, kSlots = 8;
  const std::size_t blocks = (walks + kBlock - 1) / kBlock;
  if (threads == 0) threads = std::thread::hardware_concurrency();
  threads = static_cast<unsigned>(std::clamp<std::size_t>(
      threads, 1, std::min<std::size_t>(kSlots, std::max<std::size_t>(blocks, 1))));
  std::vector<std::vector<double>> slots(std::min(kSlots, blocks),
                                         std::vector<double>(node_count, 0));
  auto work = [&](unsigned t) {
    Walker walker(adj, node_count);
    for (std::size_t slot = t; slot < slots.size(); slot += threads)
      for (std::size_t block = slot; block < blocks; block += kSlots)
        for (std::size_t i = block * kBlock; i < std::min(walks, (block + 1) * kBlock); ++i)
          walker.add_source(sources.empty() ? static_cast<std::uint32_t>(i) : new_of[sources[i]],
                            slots[slot]);
  };
  {
    std::vector<std::jthread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work, t);
    work(0);
  }
  // Every pair is walked from both ends when every node is a source, hence the half; a sample
  // of k sources stands for all n of them.
  const double scale =
      0.5 * (sources.empty() ? 1.0 : static_cast<double>(node_count) / static_cast<double>(walks));
  for (const auto& sums : slots)
    for (std::size_t v = 0; v < node_count; ++v) result[old_of[v]] += sums[v];
  for (double& x : result) x *= scale;
  return result;
}

}  // namespace samla::network
