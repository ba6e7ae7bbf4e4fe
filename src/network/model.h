// The stakeholder network (issue 7): relationships between people and organisations as
// reported or observed, co-participation derived from attendance, and the graph the
// analytics run on. Plain data, no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "register/model.h"

namespace samla::network {

// collaboration, information_exchange, funding, formal_authority, advice, conflict
const std::vector<std::string>& tie_types();
// reported (by someone, named in reported_by) or observed (by the programme)
const std::vector<std::string>& tie_sources();

// A person or an organisation: a tie's end, a node of the graph.
using Stakeholder = registry::StakeholderRef;
using registry::kind_name;
// "p:12" / "o:7", the node ids of the graph and its exports.
std::string node_key(const Stakeholder& s);

struct Tie {
  std::int64_t id = 0;
  Stakeholder from, to;
  std::string from_name, to_name;  // read-only, joined
  std::string type = "collaboration";
  bool directed = false;  // funding, formal authority and advice usually point one way
  int strength = 2;       // 1 weak … 3 strong
  std::optional<std::string> starts_on, ends_on;  // YYYY-MM-DD; none: always / still
  std::string source = "reported";
  std::optional<std::string> reported_by;  // who told us, for reported ties
  std::string note;
  // The note holds health details (its writer said so): read only by those who see
  // special-category data, even where free text is open to every reader.
  bool note_special = false;
  std::string created_at, updated_at;
  std::int64_t version = 1;
};

// A shared event a year ago counts half as much as one today (docs/network.md).
inline constexpr int kDefaultHalfLifeDays = 365;

// Which network to look at: as of a date, some tie types, the stakeholders of a theme or a
// country group, with or without co-participation.
struct NetworkQuery {
  std::optional<std::string> as_of;  // YYYY-MM-DD; none: today
  std::vector<std::string> types;    // none: every type but conflict
  std::optional<std::string> theme;
  std::optional<std::string> country_group;
  bool reported = true;
  bool co_participation = true;
  // How fast a shared event stops counting (rules.h, faded_weight): instance-wide, set by the
  // service from `samla serve --co-participation-half-life`, not by the request.
  int half_life_days = kDefaultHalfLifeDays;
};

struct Node {
  Stakeholder stakeholder;
  std::string name;
  std::optional<std::string> country;
  std::optional<std::string> sector;  // an organisation's, or a person's organisation's
  std::vector<std::string> perspectives;
  std::vector<std::string> themes;
};

// One edge of the simple undirected graph the metrics use: every reported tie and every
// co-participation between the same two stakeholders, collapsed.
struct Edge {
  std::size_t a = 0, b = 0;           // node indices, a < b
  double weight = 0;                  // summed strengths + events met at
  std::vector<std::string> types;     // reported types, sorted
  int co_participations = 0;          // events both attended
  std::vector<std::int64_t> tie_ids;  // the reported ties behind it
};

struct Graph {
  std::vector<Node> nodes;
  std::vector<Edge> edges;
};

// Pairs of nodes (a < b) that are tied in some way, whether or not the graph shows it.
using TiedPairs = std::set<std::pair<std::size_t, std::size_t>>;

}  // namespace samla::network
