#include "network/graph.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/clock.h"
#include "network/rules.h"

namespace samla::network {
namespace {

using storage::Session;

// The people and organisations the query keeps, in a stable order (people, then
// organisations, each by id).
Result<std::vector<Node>> load_nodes(Session& s, const NetworkQuery& q) {
  std::vector<Node> nodes;
  std::string person_where = " WHERE 1 = 1";
  std::string organisation_where = " WHERE 1 = 1";
  storage::Params person_params, organisation_params;
  if (q.country_group) {
    const char* in_group =
        " IN (SELECT m.country FROM country_group_members m JOIN country_groups g ON "
        "g.id = m.group_id WHERE g.slug = ?)";
    person_where += std::string(" AND p.country") + in_group;
    organisation_where += std::string(" AND o.country") + in_group;
    person_params.push_back(*q.country_group);
    organisation_params.push_back(*q.country_group);
  }
  if (q.theme) {
    const char* with_theme =
        "SELECT pt.person_id FROM person_themes pt JOIN themes t ON t.id = pt.theme_id "
        "WHERE t.slug = ?";
    person_where += std::string(" AND p.id IN (") + with_theme + ")";
    organisation_where +=
        std::string(" AND o.id IN (SELECT organisation_id FROM people WHERE id IN (") + with_theme +
        "))";
    person_params.push_back(*q.theme);
    organisation_params.push_back(*q.theme);
  }
  SAMLA_ASSIGN(auto people, s.query("SELECT p.id, p.name, p.country, o.sector FROM people p "
                                    "LEFT JOIN organisations o ON o.id = p.organisation_id" +
                                        person_where + " ORDER BY p.id",
                                    person_params));
  std::map<std::int64_t, std::size_t> index;
  for (const auto& r : people) {
    Node n;
    n.stakeholder = {Stakeholder::Kind::person, r.integer(0)};
    n.name = r.text(1);
    n.country = r.optional_text(2);
    n.sector = r.optional_text(3);
    index[r.integer(0)] = nodes.size();
    nodes.push_back(std::move(n));
  }
  SAMLA_ASSIGN(auto perspectives, s.query("SELECT person_id, perspective FROM person_perspectives "
                                          "ORDER BY person_id, perspective"));
  for (const auto& r : perspectives)
    if (auto it = index.find(r.integer(0)); it != index.end())
      nodes[it->second].perspectives.push_back(r.text(1));
  SAMLA_ASSIGN(auto themes, s.query("SELECT pt.person_id, t.slug FROM person_themes pt JOIN themes "
                                    "t ON t.id = pt.theme_id ORDER BY pt.person_id, t.slug"));
  for (const auto& r : themes)
    if (auto it = index.find(r.integer(0)); it != index.end())
      nodes[it->second].themes.push_back(r.text(1));
  SAMLA_ASSIGN(auto organisations,
               s.query("SELECT o.id, o.name, o.country, o.sector FROM organisations o" +
                           organisation_where + " ORDER BY o.id",
                       organisation_params));
  for (const auto& r : organisations) {
    Node n;
    n.stakeholder = {Stakeholder::Kind::organisation, r.integer(0)};
    n.name = r.text(1);
    n.country = r.optional_text(2);
    n.sector = r.optional_text(3);
    nodes.push_back(std::move(n));
  }
  return nodes;
}

bool wanted_type(const NetworkQuery& q, const std::string& type) {
  if (q.types.empty()) return type != "conflict";
  return std::find(q.types.begin(), q.types.end(), type) != q.types.end();
}

// Every pair of people who attended the same event held (started) on or before `day`,
// with how many such events they share.
Result<std::map<std::pair<std::int64_t, std::int64_t>, int>> co_participation(
    Session& s, const std::string& day) {
  SAMLA_ASSIGN(auto rows, s.query("SELECT i.event_id, i.person_id FROM invitations i JOIN events "
                                  "e ON e.id = i.event_id WHERE i.status = 'attended' AND "
                                  "substr(e.starts_at, 1, 10) <= ? ORDER BY i.event_id, "
                                  "i.person_id",
                                  {day}));
  std::map<std::pair<std::int64_t, std::int64_t>, int> pairs;
  std::size_t start = 0;
  while (start < rows.size()) {
    std::size_t end = start;
    while (end < rows.size() && rows[end].integer(0) == rows[start].integer(0)) ++end;
    for (std::size_t i = start; i < end; ++i)
      for (std::size_t j = i + 1; j < end; ++j) ++pairs[{rows[i].integer(1), rows[j].integer(1)}];
    start = end;
  }
  return pairs;
}

}  // namespace

std::string query_day(const NetworkQuery& q) {
  return q.as_of ? *q.as_of : now_iso8601().substr(0, 10);
}

Result<Graph> build_graph(Session& s, const NetworkQuery& q) {
  Graph g;
  SAMLA_ASSIGN(g.nodes, load_nodes(s, q));
  std::map<Stakeholder, std::size_t> index;
  for (std::size_t i = 0; i < g.nodes.size(); ++i) index[g.nodes[i].stakeholder] = i;
  const std::string day = query_day(q);
  std::map<std::pair<std::size_t, std::size_t>, Edge> edges;
  auto edge = [&](const Stakeholder& x, const Stakeholder& y) -> Edge* {
    auto a = index.find(x), b = index.find(y);
    if (a == index.end() || b == index.end() || a->second == b->second) return nullptr;
    auto key = std::minmax(a->second, b->second);
    Edge& e = edges[{key.first, key.second}];
    e.a = key.first;
    e.b = key.second;
    return &e;
  };
  if (q.reported) {
    // Only what the graph needs, no names: a million ties are read in a second or two.
    SAMLA_ASSIGN(auto ties, s.query("SELECT id, from_person_id, from_organisation_id, "
                                    "to_person_id, to_organisation_id, type, strength, "
                                    "starts_on, ends_on FROM ties"));
    for (const auto& r : ties) {
      Tie t;
      t.id = r.integer(0);
      t.from = r.is_null(1) ? Stakeholder{Stakeholder::Kind::organisation, r.integer(2)}
                            : Stakeholder{Stakeholder::Kind::person, r.integer(1)};
      t.to = r.is_null(3) ? Stakeholder{Stakeholder::Kind::organisation, r.integer(4)}
                          : Stakeholder{Stakeholder::Kind::person, r.integer(3)};
      t.type = r.text(5);
      t.strength = static_cast<int>(r.integer(6));
      t.starts_on = r.optional_text(7);
      t.ends_on = r.optional_text(8);
      if (!wanted_type(q, t.type) || !tie_holds_on(t, day)) continue;
      if (Edge* e = edge(t.from, t.to)) {
        e->weight += t.strength;
        e->tie_ids.push_back(t.id);
        if (std::find(e->types.begin(), e->types.end(), t.type) == e->types.end())
          e->types.push_back(t.type);
      }
    }
  }
  if (q.co_participation) {
    SAMLA_ASSIGN(auto met, co_participation(s, day));
    for (const auto& [pair, count] : met) {
      if (Edge* e = edge({Stakeholder::Kind::person, pair.first},
                         {Stakeholder::Kind::person, pair.second})) {
        e->weight += count;
        e->co_participations += count;
      }
    }
  }
  g.edges.reserve(edges.size());
  for (auto& [key, e] : edges) {
    std::sort(e.types.begin(), e.types.end());
    g.edges.push_back(std::move(e));
  }
  return g;
}

}  // namespace samla::network
