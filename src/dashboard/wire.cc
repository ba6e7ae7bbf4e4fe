#include "dashboard/wire.h"

#include <set>

#include <fmt/format.h>

#include "anchoring/model.h"
#include "core/json_schema.h"

namespace samla::dashboard {
namespace {

using nlohmann::json;

json share_json(const std::optional<double>& share) {
  return share ? json(*share) : json(nullptr);
}

json quarter_json(const QuarterFigures& f) {
  json groups = json::array(), perspectives = json::array();
  for (const auto& g : f.by_country_group)
    groups.push_back(
        {{"country_group", g.country_group}, {"name", g.name}, {"attendances", g.attendances}});
  for (const auto& p : f.by_perspective)
    perspectives.push_back({{"perspective", p.perspective}, {"attendances", p.attendances}});
  json anchoring = json::object();
  for (const auto& [level, count] : f.anchoring) anchoring[level] = count;
  return {{"quarter", f.quarter.label},
          {"starts_on", f.quarter.starts_on},
          {"ends_on", f.quarter.ends_on},
          {"to_date", f.to_date},
          {"active_people", f.active_people},
          {"active_organisations", f.active_organisations},
          {"events_held", f.events_held},
          {"attendances", f.attendances},
          {"participation_by_country_group", groups},
          {"participation_by_perspective", perspectives},
          {"active_groups", f.active_groups},
          {"actions",
           {{"total", f.actions},
            {"done", f.actions_done},
            {"open", f.actions_open},
            {"overdue", f.actions_overdue},
            {"completion_share", share_json(f.completion_share)},
            {"overdue_share", share_json(f.overdue_share)}}},
          {"anchoring", anchoring},
          {"network",
           {{"stakeholders", f.network.stakeholders},
            {"ties", f.network.ties},
            {"density", f.network.density},
            {"cross_country_share", share_json(f.network.cross_country_share)}}}};
}

std::string number_text(double value) {
  return fmt::format("{:.4f}", value);
}

std::string share_text(const std::optional<double>& share) {
  return share ? number_text(*share) : "";
}

}  // namespace

json to_json(const Dashboard& d) {
  json quarters = json::array();
  for (const auto& q : d.quarters) quarters.push_back(quarter_json(q));
  return {{"programme_id", d.programme_id},
          {"programme_name", d.programme_name},
          {"quarters", quarters}};
}

registry::ExportTable dashboard_table(const Dashboard& d) {
  registry::ExportTable t;
  t.header = {"quarter",         "starts_on",        "ends_on",
              "to_date",         "active_people",    "active_organisations",
              "events_held",     "attendances",      "active_groups",
              "actions",         "actions_done",     "actions_open",
              "actions_overdue", "completion_share", "overdue_share"};
  for (const auto& level : anchoring::levels()) t.header.push_back("anchoring_" + level);
  for (const char* n :
       {"network_stakeholders", "network_ties", "network_density", "network_cross_country_share"})
    t.header.push_back(n);
  // Every country group and perspective any quarter shows, in a stable order.
  std::vector<std::string> groups;
  std::set<std::string> perspectives;
  for (const auto& q : d.quarters) {
    for (const auto& g : q.by_country_group)
      if (std::find(groups.begin(), groups.end(), g.country_group) == groups.end())
        groups.push_back(g.country_group);
    for (const auto& p : q.by_perspective) perspectives.insert(p.perspective);
  }
  for (const auto& g : groups) t.header.push_back("participation_country_group_" + g);
  for (const auto& p : perspectives) t.header.push_back("participation_perspective_" + p);
  t.numeric.assign(t.header.size(), true);
  for (std::size_t i = 0; i < 4; ++i) t.numeric[i] = false;

  for (const auto& q : d.quarters) {
    std::vector<std::string> row{q.quarter.label,
                                 q.quarter.starts_on,
                                 q.quarter.ends_on,
                                 q.to_date ? "true" : "false",
                                 std::to_string(q.active_people),
                                 std::to_string(q.active_organisations),
                                 std::to_string(q.events_held),
                                 std::to_string(q.attendances),
                                 std::to_string(q.active_groups),
                                 std::to_string(q.actions),
                                 std::to_string(q.actions_done),
                                 std::to_string(q.actions_open),
                                 std::to_string(q.actions_overdue),
                                 share_text(q.completion_share),
                                 share_text(q.overdue_share)};
    for (const auto& level : anchoring::levels()) {
      auto it = q.anchoring.find(level);
      row.push_back(std::to_string(it == q.anchoring.end() ? 0 : it->second));
    }
    row.push_back(std::to_string(q.network.stakeholders));
    row.push_back(std::to_string(q.network.ties));
    row.push_back(number_text(q.network.density));
    row.push_back(share_text(q.network.cross_country_share));
    for (const auto& g : groups) {
      int n = 0;
      for (const auto& c : q.by_country_group)
        if (c.country_group == g) n = c.attendances;
      row.push_back(std::to_string(n));
    }
    for (const auto& p : perspectives) {
      int n = 0;
      for (const auto& c : q.by_perspective)
        if (c.perspective == p) n = c.attendances;
      row.push_back(std::to_string(n));
    }
    t.rows.push_back(std::move(row));
  }
  return t;
}

json openapi_schemas() {
  const json count = schema::integer(0, 2147483647);
  const json share = schema::described(schema::nullable("number"),
                                       "a share from 0 to 1; null when there is nothing to divide");
  json anchoring = json::object();
  for (const auto& level : anchoring::levels()) anchoring[level] = count;
  const json quarter = schema::complete({
      {"quarter", schema::described(schema::type("string"), "YYYY-Qn")},
      {"starts_on", schema::date()},
      {"ends_on", schema::date()},
      {"to_date", schema::described(schema::type("boolean"),
                                    "the quarter runs on: its figures are as of today")},
      {"active_people", count},
      {"active_organisations", count},
      {"events_held", count},
      {"attendances", count},
      {"participation_by_country_group",
       schema::array_of(schema::complete({{"country_group", schema::type("string")},
                                          {"name", schema::type("string")},
                                          {"attendances", count}}))},
      {"participation_by_perspective",
       schema::described(schema::array_of(schema::complete(
                             {{"perspective", schema::type("string")}, {"attendances", count}})),
                         "lived experience only for those who may see special-category data")},
      {"active_groups", count},
      {"actions", schema::complete({{"total", count},
                                    {"done", count},
                                    {"open", count},
                                    {"overdue", count},
                                    {"completion_share", share},
                                    {"overdue_share", share}})},
      {"anchoring", schema::complete(anchoring)},
      {"network", schema::complete({{"stakeholders", count},
                                    {"ties", count},
                                    {"density", schema::number(0, 1)},
                                    {"cross_country_share", share}})},
  });
  json schemas;
  schemas["Dashboard"] = schema::complete({{"programme_id", schema::type("integer")},
                                           {"programme_name", schema::type("string")},
                                           {"quarters", schema::array_of(quarter)}});
  return schemas;
}

}  // namespace samla::dashboard
