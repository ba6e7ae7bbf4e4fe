#include "dashboard/figures.h"

#include <algorithm>
#include <set>

#include "anchoring/model.h"

namespace samla::dashboard {
namespace {

bool within(const std::string& day, const Quarter& q) {
  return day >= q.starts_on && day <= q.ends_on;
}

// Whether [from, to] (to none: still running) shares a day with the quarter up to `as_of`.
bool overlaps(const std::string& from, const std::optional<std::string>& to, const Quarter& q,
              const std::string& as_of) {
  return from <= std::min(q.ends_on, as_of) && (!to || *to >= q.starts_on);
}

std::optional<double> share(int part, int whole) {
  if (whole == 0) return std::nullopt;
  return static_cast<double>(part) / whole;
}

}  // namespace

std::optional<std::string> status_on(const ActionFacts& action, const std::string& day) {
  if (action.created_on > day) return std::nullopt;
  const StatusChange* last = nullptr;
  for (const auto& c : action.changes)
    if (c.day <= day) last = &c;
  if (last) return last->to;
  // Before its first recorded change it had the status that change left.
  if (!action.changes.empty() && !action.changes.front().from.empty())
    return action.changes.front().from;
  return action.status;
}

QuarterFigures figures_for(const Facts& facts, const Quarter& quarter, const std::string& as_of) {
  QuarterFigures f;
  f.quarter = quarter;
  f.to_date = as_of < quarter.ends_on;
  std::set<std::int64_t> people, organisations;

  std::set<std::int64_t> held;
  for (const auto& e : facts.events)
    if (within(e.day, quarter) && e.day <= as_of) held.insert(e.id);
  f.events_held = static_cast<int>(held.size());
  std::map<std::string, int> by_group, by_perspective;
  for (const auto& a : facts.attendances) {
    if (!held.count(a.event_id)) continue;
    ++f.attendances;
    people.insert(a.person_id);
    auto person = facts.people.find(a.person_id);
    if (person == facts.people.end()) continue;
    for (const auto& p : person->second.perspectives) ++by_perspective[p];
    if (!person->second.country) continue;
    for (const auto& g : facts.country_groups)
      if (std::count(g.countries.begin(), g.countries.end(), *person->second.country))
        ++by_group[g.slug];
  }
  for (const auto& g : facts.country_groups)
    f.by_country_group.push_back({g.slug, g.name, by_group[g.slug]});
  for (const auto& [perspective, count] : by_perspective)
    f.by_perspective.push_back({perspective, count});

  std::set<std::int64_t> running;
  for (const auto& g : facts.groups)
    if (overlaps(g.from, g.to, quarter, as_of)) running.insert(g.id);
  f.active_groups = static_cast<int>(running.size());
  for (const auto& m : facts.memberships)
    if (running.count(m.group_id) && overlaps(m.from, m.to, quarter, as_of))
      people.insert(m.person_id);

  for (const auto& a : facts.actions) {
    const bool updated =
        std::any_of(a.update_days.begin(), a.update_days.end(),
                    [&](const std::string& d) { return within(d, quarter) && d <= as_of; });
    if (updated) {
      people.insert(a.people.begin(), a.people.end());
      organisations.insert(a.organisations.begin(), a.organisations.end());
    }
    auto status = status_on(a, as_of);
    if (!status || *status == "dropped") continue;
    ++f.actions;
    if (*status == "done") {
      ++f.actions_done;
      continue;
    }
    ++f.actions_open;
    if (a.due_on && *a.due_on < as_of) ++f.actions_overdue;
  }
  f.completion_share = share(f.actions_done, f.actions);
  f.overdue_share = share(f.actions_overdue, f.actions_open);

  for (auto id : people) {
    auto person = facts.people.find(id);
    if (person != facts.people.end() && person->second.organisation_id)
      organisations.insert(*person->second.organisation_id);
  }
  f.active_people = static_cast<int>(people.size());
  f.active_organisations = static_cast<int>(organisations.size());

  for (const auto& level : anchoring::levels()) f.anchoring[level] = 0;
  std::map<std::int64_t, std::string> level_of;
  for (const auto& c : facts.levels)
    if (c.day <= as_of) level_of[c.anchoring_id] = c.level;
  for (const auto& [id, level] : level_of) ++f.anchoring[level];
  return f;
}

}  // namespace samla::dashboard
