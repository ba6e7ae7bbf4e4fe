#include "reports/action_content.h"

#include <algorithm>
#include <map>
#include <set>

#include "actions/model.h"
#include "actions/rules.h"
#include "actions/store.h"

namespace samla::reports {
namespace {

using nlohmann::json;
using storage::Session;

bool has(const std::vector<std::int64_t>& list, std::int64_t id) {
  return std::find(list.begin(), list.end(), id) != list.end();
}

// Whether action `a` (in `plan`) belongs in `report`.
bool belongs(const actions::Action& a, const actions::ActionPlan& plan, const Report& report,
             const std::vector<std::int64_t>& covered) {
  const bool from_covered =
      (plan.event_id && has(covered, *plan.event_id)) || (a.event_id && has(covered, *a.event_id));
  if (report.event_id) return from_covered;
  if (!report.theme) return true;  // the whole programme
  return from_covered || plan.theme == report.theme ||
         std::find(a.themes.begin(), a.themes.end(), *report.theme) != a.themes.end();
}

// The day each action was last marked done, by action.
Result<std::map<std::int64_t, std::string>> done_days(Session& s) {
  SAMLA_ASSIGN(auto rows, s.query("SELECT action_id, MAX(at) FROM action_updates WHERE "
                                  "status_to = 'done' GROUP BY action_id"));
  std::map<std::int64_t, std::string> out;
  for (const auto& r : rows) out[r.integer(0)] = r.text(1).substr(0, 10);
  return out;
}

// Cumulative actions made and done, one point per day on which either changed, and `today`.
json burn_up(const std::vector<actions::Action>& list,
             const std::map<std::int64_t, std::string>& done, const std::string& today) {
  std::map<std::string, std::pair<int, int>> by_day;  // made, done that day
  for (const auto& a : list) {
    ++by_day[a.created_at.substr(0, 10)].first;
    if (a.status != "done") continue;
    auto when = done.find(a.id);
    if (when != done.end()) ++by_day[when->second].second;
  }
  json points = json::array();
  int total = 0, finished = 0;
  for (const auto& [day, counts] : by_day) {
    total += counts.first;
    finished += counts.second;
    points.push_back({{"date", day}, {"total", total}, {"done", finished}});
  }
  if (!points.empty() && points.back()["date"].get<std::string>() < today)
    points.push_back({{"date", today}, {"total", total}, {"done", finished}});
  return points;
}

std::string accountable_name(const actions::Action& a) {
  return a.accountable && a.accountable->name ? *a.accountable->name : "";
}

}  // namespace

Result<json> action_plan_content(Session& s, const Report& report,
                                 const std::vector<std::int64_t>& covered,
                                 const std::string& today) {
  SAMLA_ASSIGN(auto plans, actions::store::list_plans(s));
  std::map<std::int64_t, actions::ActionPlan> plan_of;
  for (auto& p : plans) plan_of.emplace(p.id, std::move(p));
  SAMLA_ASSIGN(auto all, actions::store::list_actions(s, actions::ActionFilter{}));
  SAMLA_ASSIGN(auto days, actions::store::stalled_days(s));
  std::vector<actions::Action> chosen;
  for (auto& a : all) {
    auto plan = plan_of.find(a.plan_id);
    if (plan == plan_of.end() || !belongs(a, plan->second, report, covered)) continue;
    actions::surface(a, today, days.of_plan(a.plan_id));
    chosen.push_back(std::move(a));
  }
  // Oldest due first, those without a due date last.
  std::sort(chosen.begin(), chosen.end(), [](const auto& x, const auto& y) {
    return std::make_pair(x.due_date.value_or("9999"), x.id) <
           std::make_pair(y.due_date.value_or("9999"), y.id);
  });
  json by_status = json::object();
  for (const auto& status : actions::statuses()) by_status[status] = 0;
  int overdue = 0, stalled = 0, at_risk = 0;
  json overdue_list = json::array(), indicators = json::array();
  for (const auto& a : chosen) {
    by_status[a.status] = by_status[a.status].get<int>() + 1;
    overdue += a.overdue;
    stalled += a.stalled;
    at_risk += a.at_risk;
    if (a.overdue)
      overdue_list.push_back({{"title", a.title},
                              {"due_date", a.due_date.value_or("")},
                              {"status", a.status},
                              {"progress", a.progress},
                              {"accountable", accountable_name(a)}});
    for (const auto& i : a.indicators) {
      json measured = json::array();
      for (const auto& m : i.measurements)
        measured.push_back({{"date", m.date}, {"value", m.value}});
      indicators.push_back({{"action", a.title},
                            {"name", i.name},
                            {"unit", i.unit},
                            {"direction", i.direction},
                            {"baseline", i.baseline ? json(*i.baseline) : json(nullptr)},
                            {"target", i.target ? json(*i.target) : json(nullptr)},
                            {"measurements", measured}});
    }
  }
  SAMLA_ASSIGN(auto done, done_days(s));
  return json{{"as_of", today},
              {"total", static_cast<int>(chosen.size())},
              {"by_status", by_status},
              {"overdue", overdue},
              {"stalled", stalled},
              {"at_risk", at_risk},
              {"overdue_list", overdue_list},
              {"indicators", indicators},
              {"burn_up", burn_up(chosen, done, today)}};
}

}  // namespace samla::reports
