#include "network/graph.h"

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>
#include <unordered_map>

#include "core/clock.h"
#include "network/rules.h"
#include "register/profiles.h"
#include "storage/row_reader.h"

namespace samla::network {
namespace {

using storage::Session;

// The people and organisations the query keeps, in a stable order (people, then
// organisations, each by id).
Result<std::vector<Node>> load_nodes(Session& s, const NetworkQuery& q) {
  registry::ProfileQuery wanted;
  wanted.theme = q.theme;
  wanted.country_group = q.country_group;
  // Whoever withdrew consent to network analysis is left out, with every tie to them.
  wanted.without_network_withdrawals = true;
  SAMLA_ASSIGN(auto profiles, registry::load_profiles(s, wanted));
  std::vector<Node> nodes;
  nodes.reserve(profiles.size());
  for (auto& [stakeholder, profile] : profiles)
    nodes.push_back({stakeholder, std::move(profile.name), std::move(profile.country),
                     std::move(profile.sector), std::move(profile.perspectives),
                     std::move(profile.themes)});
  return nodes;
}

// The SQL condition for the tie types the query wants (conflict only when asked for), with
// its parameters.
std::string type_condition(const NetworkQuery& q, storage::Params& params) {
  if (q.types.empty()) return "type <> 'conflict'";
  std::string in = "type IN (";
  for (std::size_t i = 0; i < q.types.size(); ++i) {
    in += i ? ", ?" : "?";
    params.push_back(q.types[i]);
  }
  return in + ")";
}

// Node indices by register id, one table per kind.
struct NodeIndex {
  std::unordered_map<std::int64_t, std::uint32_t> people, organisations;

  explicit NodeIndex(const std::vector<Node>& nodes) {
    people.reserve(nodes.size());
    for (std::size_t i = 0; i < nodes.size(); ++i)
      (nodes[i].stakeholder.kind == Stakeholder::Kind::person ? people : organisations)
          .emplace(nodes[i].stakeholder.id, static_cast<std::uint32_t>(i));
  }
  // The node of a person (or, with `organisation`, an organisation), if the query kept it.
  std::optional<std::uint32_t> find(std::int64_t id, bool organisation) const {
    const auto& table = organisation ? organisations : people;
    auto it = table.find(id);
    return it == table.end() ? std::nullopt : std::optional<std::uint32_t>(it->second);
  }
};

// The edges being collapsed: one per pair of nodes, found by a 64-bit key of the pair.
class EdgeCollector {
 public:
  void reserve(std::size_t edges) {
    position_.reserve(edges);
    edges_.reserve(edges);
  }
  Edge* between(std::optional<std::uint32_t> x, std::optional<std::uint32_t> y) {
    if (!x || !y || *x == *y) return nullptr;
    const auto [a, b] = std::minmax(*x, *y);
    const std::uint64_t key = (static_cast<std::uint64_t>(a) << 32) | b;
    auto [it, fresh] = position_.try_emplace(key, edges_.size());
    if (fresh) {
      edges_.emplace_back();
      edges_.back().a = a;
      edges_.back().b = b;
    }
    return &edges_[it->second];
  }
  // The edges in node order, each with its types sorted: the same network, the same list.
  std::vector<Edge> take() {
    std::sort(edges_.begin(), edges_.end(),
              [](const Edge& x, const Edge& y) { return std::tie(x.a, x.b) < std::tie(y.a, y.b); });
    for (auto& e : edges_) std::sort(e.types.begin(), e.types.end());
    return std::move(edges_);
  }

 private:
  std::unordered_map<std::uint64_t, std::size_t> position_;
  std::vector<Edge> edges_;
};

// The reported ties that hold on `day`, of the wanted types, added to their edges. Only
// what the graph needs is read, row by row: a million ties take a second or two.
Status add_reported(Session& s, const NetworkQuery& q, const std::string& day,
                    const NodeIndex& index, EdgeCollector& edges) {
  // Room for every tie up front: growing a table of a million edges moves it twenty times.
  SAMLA_ASSIGN(auto count, s.query_one("SELECT count(*) FROM ties"));
  edges.reserve(static_cast<std::size_t>(count.integer(0)));
  storage::Params params{day, day};
  const std::string sql =
      "SELECT id, from_person_id, from_organisation_id, to_person_id, to_organisation_id, "
      "type, strength FROM ties WHERE (starts_on IS NULL OR starts_on <= ?) AND (ends_on IS "
      "NULL OR ends_on >= ?) AND " +
      type_condition(q, params) + " ORDER BY id";
  return s.for_each_row(sql, params, [&](const storage::Row& r) {
    const bool from_organisation = r.is_null(1), to_organisation = r.is_null(3);
    Edge* e = edges.between(index.find(r.integer(from_organisation ? 2 : 1), from_organisation),
                            index.find(r.integer(to_organisation ? 4 : 3), to_organisation));
    if (!e) return;
    e->weight += static_cast<double>(r.integer(6));
    e->tie_ids.push_back(r.integer(0));
    const auto& type = std::get<std::string>(r.value(5));
    if (std::find(e->types.begin(), e->types.end(), type) == e->types.end())
      e->types.push_back(type);
  });
}

// The (event, person) pairs of every attendance at an event held (started) on or before
// `day`, of `people` only when given; by event.
Result<std::vector<Gathering>> attended_events(
    Session& s, const std::string& day, const storage::Params& people = {},
    std::map<std::int64_t, std::string>* days = nullptr) {
  storage::Params params{day};
  std::string only;
  if (!people.empty()) {
    only = " AND i.person_id IN (?";
    for (std::size_t i = 1; i < people.size(); ++i) only += ", ?";
    only += ")";
    params.insert(params.end(), people.begin(), people.end());
  }
  SAMLA_ASSIGN(auto rows, s.query("SELECT i.event_id, i.person_id, substr(e.starts_at, 1, 10) "
                                  "FROM invitations i JOIN events "
                                  "e ON e.id = i.event_id WHERE i.status = 'attended' AND "
                                  "substr(e.starts_at, 1, 10) <= ?" +
                                      only + " ORDER BY i.event_id, i.person_id",
                                  params));
  std::vector<Gathering> out;
  out.reserve(rows.size());
  for (const auto& r : rows) {
    out.emplace_back(r.integer(0), r.integer(1));
    if (days) (*days)[r.integer(0)] = r.text(2);
  }
  return out;
}

// Calls `pair(a, b, gathering)` for every two people of one gathering in `rows` (ordered by
// gathering).
template <typename Pair>
void each_pair(const std::vector<Gathering>& rows, Pair&& pair) {
  for (std::size_t start = 0, end = 0; start < rows.size(); start = end) {
    while (end < rows.size() && rows[end].first == rows[start].first) ++end;
    for (std::size_t i = start; i < end; ++i)
      for (std::size_t j = i + 1; j < end; ++j)
        pair(rows[i].second, rows[j].second, rows[start].first);
  }
}

// Every pair of people who attended the same event held on or before `day`, or gathered as
// a source says: each shared gathering adds one to their co-participations and to their edge's
// weight — an event's share fading with its age (faded_weight); a source's gathering is on
// `day` itself (members at the same time), so it counts in full.
Status add_co_participation(Session& s, const std::string& day, int half_life_days,
                            const NodeIndex& index, EdgeCollector& edges,
                            const std::vector<CoParticipationSource>& sources) {
  auto add = [&](std::int64_t a, std::int64_t b, double weight) {
    if (Edge* e = edges.between(index.find(a, false), index.find(b, false))) {
      e->weight += weight;
      e->co_participations += 1;
    }
  };
  std::map<std::int64_t, std::string> days;
  SAMLA_ASSIGN(auto events, attended_events(s, day, {}, &days));
  std::map<std::int64_t, double> weight_of;  // event → its share today
  for (const auto& [event, held] : days) weight_of[event] = faded_weight(held, day, half_life_days);
  each_pair(events, [&](std::int64_t a, std::int64_t b, std::int64_t event) {
    add(a, b, weight_of[event]);
  });
  for (const auto& source : sources) {
    SAMLA_ASSIGN(auto gathered, source(s, day));
    each_pair(gathered, [&](std::int64_t a, std::int64_t b, std::int64_t) { add(a, b, 1); });
  }
  return ok_status();
}

}  // namespace

std::string query_day(const NetworkQuery& q) {
  return q.as_of ? *q.as_of : now_iso8601().substr(0, 10);
}

Result<TiedPairs> tied_among(Session& s, const Graph& g, const NetworkQuery& q,
                             const std::vector<std::size_t>& people,
                             const std::vector<CoParticipationSource>& sources) {
  TiedPairs tied;
  if (people.size() < 2) return tied;
  std::unordered_map<std::int64_t, std::size_t> node_of;  // person id → node
  storage::Params ids;
  for (std::size_t n : people) {
    node_of.emplace(g.nodes[n].stakeholder.id, n);
    ids.push_back(g.nodes[n].stakeholder.id);
  }
  std::string in = "(?";
  for (std::size_t i = 1; i < ids.size(); ++i) in += ", ?";
  in += ")";
  auto add = [&](std::int64_t x, std::int64_t y, std::int64_t = 0) {
    auto a = node_of.find(x), b = node_of.find(y);
    if (a != node_of.end() && b != node_of.end() && a->second != b->second)
      tied.insert(std::minmax(a->second, b->second));
  };
  const std::string day = query_day(q);
  storage::Params params{day, day};
  params.insert(params.end(), ids.begin(), ids.end());
  params.insert(params.end(), ids.begin(), ids.end());
  SAMLA_ASSIGN(auto ties, s.query("SELECT from_person_id, to_person_id FROM ties WHERE (starts_on "
                                  "IS NULL OR starts_on <= ?) AND (ends_on IS NULL OR ends_on >= "
                                  "?) AND from_person_id IN " +
                                      in + " AND to_person_id IN " + in,
                                  params));
  for (const auto& r : ties) add(r.integer(0), r.integer(1));
  // The same gatherings as add_co_participation: events among these people only, and the
  // other sources' (add() ignores whoever is not among them).
  SAMLA_ASSIGN(auto met, attended_events(s, day, ids));
  each_pair(met, add);
  for (const auto& source : sources) {
    SAMLA_ASSIGN(auto gathered, source(s, day));
    each_pair(gathered, add);
  }
  return tied;
}

Result<Graph> build_graph(Session& s, const NetworkQuery& q,
                          const std::vector<CoParticipationSource>& sources) {
  Graph g;
  SAMLA_ASSIGN(g.nodes, load_nodes(s, q));
  const NodeIndex index(g.nodes);
  const std::string day = query_day(q);
  EdgeCollector edges;
  if (q.reported) SAMLA_TRY(add_reported(s, q, day, index, edges));
  if (q.co_participation)
    SAMLA_TRY(add_co_participation(s, day, q.half_life_days, index, edges, sources));
  g.edges = edges.take();
  return g;
}

}  // namespace samla::network
