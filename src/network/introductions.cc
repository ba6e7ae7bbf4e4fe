#include "network/introductions.h"

#include <algorithm>
#include <set>

namespace samla::network {

std::vector<std::size_t> introduction_candidates(const Graph& g, const Metrics& m,
                                                 std::size_t limit) {
  std::vector<std::size_t> people;
  for (std::size_t i = 0; i < g.nodes.size(); ++i)
    if (g.nodes[i].stakeholder.kind == Stakeholder::Kind::person && m.nodes[i].degree > 0 &&
        !g.nodes[i].themes.empty())
      people.push_back(i);
  std::stable_sort(people.begin(), people.end(), [&](std::size_t a, std::size_t b) {
    return m.nodes[a].weighted_degree > m.nodes[b].weighted_degree;
  });
  if (people.size() > limit) people.resize(limit);
  return people;
}

std::vector<Introduction> suggest_introductions(const Graph& g, const Metrics& m,
                                                const std::vector<std::size_t>& candidates,
                                                const TiedPairs& tied, std::size_t limit) {
  TiedPairs connected = tied;
  for (const auto& e : g.edges) connected.insert({e.a, e.b});
  std::vector<Introduction> out;
  for (std::size_t x = 0; x < candidates.size(); ++x) {
    for (std::size_t y = x + 1; y < candidates.size(); ++y) {
      std::size_t a = std::min(candidates[x], candidates[y]),
                  b = std::max(candidates[x], candidates[y]);
      if (connected.count({a, b})) continue;
      Introduction i;
      i.a = a;
      i.b = b;
      const auto& ta = g.nodes[a].themes;
      const auto& tb = g.nodes[b].themes;
      std::set_intersection(ta.begin(), ta.end(), tb.begin(), tb.end(),
                            std::back_inserter(i.shared_themes));
      if (i.shared_themes.empty()) continue;
      i.bridges_communities = m.nodes[a].community != m.nodes[b].community;
      i.bridges_countries =
          g.nodes[a].country && g.nodes[b].country && *g.nodes[a].country != *g.nodes[b].country;
      if (!i.bridges_communities && !i.bridges_countries) continue;
      i.score = static_cast<double>(i.shared_themes.size()) + i.bridges_communities +
                i.bridges_countries + (m.nodes[a].eigenvector + m.nodes[b].eigenvector) / 2;
      out.push_back(std::move(i));
    }
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Introduction& p, const Introduction& q) { return p.score > q.score; });
  if (out.size() > limit) out.resize(limit);
  return out;
}

std::string reason_of(const Graph& g, const Metrics& m, const Introduction& i) {
  std::string themes;
  for (const auto& t : i.shared_themes) themes += (themes.empty() ? "" : ", ") + t;
  std::string out = "Both work on " + themes;
  std::vector<std::string> joins;
  if (i.bridges_communities)
    joins.push_back("communities " + std::to_string(m.nodes[i.a].community + 1) + " and " +
                    std::to_string(m.nodes[i.b].community + 1));
  if (i.bridges_countries)
    joins.push_back("countries " + *g.nodes[i.a].country + " and " + *g.nodes[i.b].country);
  out += "; they would join ";
  for (std::size_t k = 0; k < joins.size(); ++k) out += (k ? " and " : "") + joins[k];
  return out + ".";
}

}  // namespace samla::network
