#include "actions/demo.h"

#include "actions/service.h"
#include "actions/store.h"
#include "core/date.h"

namespace samla::actions {
namespace {

using storage::Session;

Result<std::optional<std::int64_t>> first_id(Session& s, const std::string& sql,
                                             const storage::Params& params) {
  SAMLA_ASSIGN(auto rows, s.query(sql, params));
  if (rows.empty()) return std::optional<std::int64_t>{};
  return std::optional<std::int64_t>{rows.front().integer(0)};
}

// The action point of the demo event whose text starts with `text`, as an action.
Result<std::optional<Action>> promote_point(Session& s, const std::string& text,
                                            const access::Principal& actor) {
  SAMLA_ASSIGN(auto rows, s.query("SELECT event_id, id FROM outcomes WHERE kind = 'action_point' "
                                  "AND text LIKE ? ORDER BY id",
                                  {text + "%"}));
  if (rows.empty()) return std::optional<Action>{};
  SAMLA_ASSIGN(Action a, store::promote(s, rows.front().integer(0), rows.front().integer(1),
                                        std::nullopt, actor));
  return std::optional<Action>{std::move(a)};
}

// Someone of the accountable organisation carries the action out.
Status add_responsible(Session& s, Action& a, const access::Principal& actor) {
  if (!a.accountable || !a.accountable->organisation_id) return ok_status();
  SAMLA_ASSIGN(auto person,
               first_id(s, "SELECT id FROM people WHERE organisation_id = ? ORDER BY id",
                        {*a.accountable->organisation_id}));
  if (!person) return ok_status();
  a.responsible = {Party{*person, std::nullopt, std::nullopt}};
  SAMLA_ASSIGN(a, store::update_action(s, a.id, a, std::nullopt, actor));
  return ok_status();
}

Status step(Session& s, Action& a, std::optional<std::string> status, std::optional<int> progress,
            const std::string& note, const access::Principal& actor) {
  SAMLA_ASSIGN(
      a, store::add_update(s, a.id, {std::move(status), progress, note, ""}, std::nullopt, actor));
  return ok_status();
}

// Moves the action's whole timeline `days` into the past, as if the work began earlier.
Status backdate(Session& s, const Action& a, int days) {
  const std::string then = day_from_today(-days) + "T09:00:00.000Z";
  SAMLA_TRY(s.execute("UPDATE actions SET last_update_at = ? WHERE id = ?", {then, a.id}));
  SAMLA_TRY(s.execute("UPDATE action_updates SET at = ? WHERE action_id = ?", {then, a.id}));
  return ok_status();
}

// Dates the action's making `days` into the past (its start), so the report's burn-up of
// actions over time has a history.
Status made_days_ago(Session& s, const Action& a, int days) {
  SAMLA_TRY(s.execute("UPDATE actions SET created_at = ? WHERE id = ?",
                      {day_from_today(-days) + "T08:00:00.000Z", a.id}));
  return ok_status();
}

}  // namespace

Result<Counts> load_demo_actions(storage::SessionPool& pool, const access::Principal& actor) {
  SAMLA_ASSIGN(auto lease, pool.acquire());
  return storage::in_transaction(*lease, [&](Session& s) -> Result<Counts> {
    Counts summary{{"actions", 0}};
    SAMLA_ASSIGN(auto existing, s.query_one("SELECT COUNT(*) FROM actions"));
    if (existing.integer(0) > 0) return summary;

    // Under way: user organisations invited to the regional working groups.
    SAMLA_ASSIGN(auto invite, promote_point(s, "Invite user organisations", actor));
    if (invite) {
      SAMLA_TRY(add_responsible(s, *invite, actor));
      invite->start_date = day_from_today(-30);
      invite->due_date = day_from_today(60);
      SAMLA_ASSIGN(*invite, store::update_action(s, invite->id, *invite, std::nullopt, actor));
      SAMLA_TRY(step(s, *invite, "agreed", std::nullopt, "Agreed at the kickoff.", actor));
      SAMLA_TRY(step(s, *invite, "in_progress", 40,
                     "Six of fifteen groups have a seat for a "
                     "user organisation.",
                     actor));
      SAMLA_TRY(made_days_ago(s, *invite, 30));
      ++summary["actions"];
    }
    // Overdue: the map of first-contact routes was due two weeks ago.
    SAMLA_ASSIGN(auto map, promote_point(s, "Collect the regions", actor));
    if (map) {
      SAMLA_TRY(add_responsible(s, *map, actor));
      map->start_date = day_from_today(-60);
      map->due_date = day_from_today(-14);
      SAMLA_ASSIGN(*map, store::update_action(s, map->id, *map, std::nullopt, actor));
      SAMLA_TRY(step(s, *map, "agreed", std::nullopt, "", actor));
      SAMLA_TRY(
          step(s, *map, "in_progress", 60, "Nine of twenty-one regions have answered.", actor));
      SAMLA_TRY(made_days_ago(s, *map, 60));
      ++summary["actions"];
    }
    // Stalled: nobody has touched the shared definition of waiting time for 45 days.
    SAMLA_ASSIGN(auto waiting, promote_point(s, "Propose a shared definition", actor));
    if (waiting) {
      SAMLA_TRY(add_responsible(s, *waiting, actor));
      SAMLA_TRY(step(s, *waiting, "agreed", std::nullopt, "", actor));
      SAMLA_TRY(backdate(s, *waiting, 45));
      SAMLA_TRY(made_days_ago(s, *waiting, 50));
      ++summary["actions"];
    }

    // The access-to-services theme's own plan, written by hand.
    SAMLA_ASSIGN(auto theme, first_id(s, "SELECT id FROM themes WHERE slug = ?",
                                      {std::string("access_to_services")}));
    SAMLA_ASSIGN(auto agency, first_id(s, "SELECT id FROM organisations WHERE name = ?",
                                       {std::string("Socialstyrelsen")}));
    if (!theme || !agency) return summary;
    ActionPlan plan;
    plan.title = "Access to services: first contact within a week";
    plan.description =
        "What the programme's organisations do so that a first contact about "
        "mental health is offered within seven days everywhere.";
    plan.theme = "access_to_services";
    SAMLA_ASSIGN(ActionPlan made, store::insert_plan(s, plan, actor));
    Action guide;
    guide.plan_id = made.id;
    guide.title = "Publish a guide to first contact for municipalities";
    guide.themes = {"access_to_services"};
    guide.accountable = Party{std::nullopt, *agency, std::nullopt};
    guide.start_date = day_from_today(-90);
    guide.due_date = day_from_today(-10);
    SAMLA_ASSIGN(guide, store::insert_action(s, guide, actor));
    SAMLA_TRY(step(s, guide, "agreed", std::nullopt, "", actor));
    SAMLA_TRY(step(s, guide, "in_progress", 50, "", actor));
    SAMLA_TRY(step(s, guide, "done", std::nullopt, "Published on the agency's website.", actor));
    SAMLA_TRY(backdate(s, guide, 12));  // done twelve days ago, two days early
    SAMLA_TRY(made_days_ago(s, guide, 90));
    ++summary["actions"];

    Action waiting_times;
    waiting_times.plan_id = made.id;
    waiting_times.title = "Measure waiting times for a first contact in every region";
    waiting_times.themes = {"access_to_services"};
    waiting_times.accountable = Party{std::nullopt, *agency, std::nullopt};
    waiting_times.start_date = day_from_today(-20);
    waiting_times.due_date = day_from_today(180);
    waiting_times.depends_on = {guide.id};
    Indicator regions;
    regions.name = "Regions reporting waiting times";
    regions.unit = "regions";
    regions.baseline = 4;
    regions.target = 21;
    regions.measurements = {{day_from_today(-20), 4, "Before the programme"},
                            {day_from_today(-5), 7, ""}};
    waiting_times.indicators = {regions};
    if (map) waiting_times.depends_on.push_back(map->id);
    SAMLA_ASSIGN(waiting_times, store::insert_action(s, waiting_times, actor));
    SAMLA_TRY(step(s, waiting_times, "agreed", std::nullopt, "", actor));
    SAMLA_TRY(step(s, waiting_times, "in_progress", 15, "", actor));
    SAMLA_TRY(made_days_ago(s, waiting_times, 20));
    ++summary["actions"];
    return summary;
  });
}

}  // namespace samla::actions
