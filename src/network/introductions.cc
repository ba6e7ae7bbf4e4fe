#include "network/introductions.h"

#include <algorithm>
#include <optional>
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

std::vector<std::size_t> isolated_people(const Graph& g, const Metrics& m, std::size_t limit) {
  std::vector<std::size_t> people;
  for (std::size_t i = 0; i < g.nodes.size() && people.size() < limit; ++i)
    if (g.nodes[i].stakeholder.kind == Stakeholder::Kind::person && m.nodes[i].degree == 0 &&
        !g.nodes[i].themes.empty())
      people.push_back(i);
  return people;
}

namespace {

std::vector<std::string> shared(const Graph& g, std::size_t a, std::size_t b) {
  std::vector<std::string> out;
  const auto& ta = g.nodes[a].themes;
  const auto& tb = g.nodes[b].themes;
  std::set_intersection(ta.begin(), ta.end(), tb.begin(), tb.end(), std::back_inserter(out));
  return out;
}

// The isolate's first contact: of the candidates sharing a theme and not tied to them, the
// one with the highest eigenvector centrality (the lower index on a tie).
std::optional<Introduction> first_contact(const Graph& g, const Metrics& m, std::size_t isolate,
                                          const std::vector<std::size_t>& candidates,
                                          const TiedPairs& connected) {
  std::optional<Introduction> best;
  for (std::size_t c : candidates) {
    if (c == isolate) continue;
    const std::size_t a = std::min(c, isolate), b = std::max(c, isolate);
    if (connected.count({a, b})) continue;
    auto themes = shared(g, a, b);
    if (themes.empty()) continue;
    if (best &&
        m.nodes[c].eigenvector <= m.nodes[best->a == isolate ? best->b : best->a].eigenvector)
      continue;
    Introduction i;
    i.a = a;
    i.b = b;
    i.shared_themes = std::move(themes);
    i.first_contact = true;
    i.bridges_communities = m.nodes[a].community != m.nodes[b].community;
    i.bridges_countries =
        g.nodes[a].country && g.nodes[b].country && *g.nodes[a].country != *g.nodes[b].country;
    i.score = static_cast<double>(i.shared_themes.size()) + 1 + m.nodes[c].eigenvector;
    best = std::move(i);
  }
  return best;
}

}  // namespace

std::vector<Introduction> suggest_introductions(const Graph& g, const Metrics& m,
                                                const std::vector<std::size_t>& candidates,
                                                const TiedPairs& tied, std::size_t limit,
                                                const std::vector<std::size_t>& isolated) {
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
      i.shared_themes = shared(g, a, b);
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
  for (std::size_t isolate : isolated)
    if (auto found = first_contact(g, m, isolate, candidates, connected))
      out.push_back(std::move(*found));
  std::stable_sort(out.begin(), out.end(),
                   [](const Introduction& p, const Introduction& q) { return p.score > q.score; });
  if (out.size() > limit) out.resize(limit);
  return out;
}

std::string reason_of(const Graph& g, const Metrics& m, const Introduction& i,
                      const std::string& language,
                      const std::function<std::string(const std::string&)>& theme_name) {
  const bool sv = language == "sv";
  std::string themes;
  for (std::size_t k = 0; k < i.shared_themes.size(); ++k) {
    const bool last = k + 1 == i.shared_themes.size();
    themes += (k == 0 ? ""
               : last ? (sv ? " och " : " and ")
                      : ", ") +
              theme_name(i.shared_themes[k]);
  }
  if (i.first_contact) {
    const bool a_alone = m.nodes[i.a].degree == 0;
    const std::string& alone = g.nodes[a_alone ? i.a : i.b].name;
    const std::string& contact = g.nodes[a_alone ? i.b : i.a].name;
    return sv ? alone + " har inga kontakter här än; " + contact + " arbetar också med " + themes +
                    " och kan bli en första kontakt."
              : alone + " has no ties here yet; " + contact + " also works on " + themes +
                    " and could be a first contact.";
  }
  std::string out = (sv ? "Båda arbetar med " : "Both work on ") + themes;
  std::vector<std::string> joins;
  if (i.bridges_communities)
    joins.push_back((sv ? "grupperna " : "groups ") + std::to_string(m.nodes[i.a].community + 1) +
                    (sv ? " och " : " and ") + std::to_string(m.nodes[i.b].community + 1));
  if (i.bridges_countries)
    joins.push_back((sv ? "länderna " : "countries ") + *g.nodes[i.a].country +
                    (sv ? " och " : " and ") + *g.nodes[i.b].country);
  out += sv ? "; de skulle förena " : "; they would join ";
  for (std::size_t k = 0; k < joins.size(); ++k)
    out += (k ? (sv ? " och " : " and ") : "") + joins[k];
  return out + ".";
}

}  // namespace samla::network
