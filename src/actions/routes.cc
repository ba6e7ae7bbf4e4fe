#include "actions/routes.h"

#include "actions/export.h"
#include "actions/rules.h"
#include "actions/wire.h"
#include "http/crud_routes.h"
#include "programme/list_filter.h"
#include "register/table_download.h"

namespace samla::actions {
namespace {

using namespace http::route_names;

json settings_json(const store::Settings& s) {
  return {{"programme_id", s.programme_id},
          {"stalled_after_days", s.stalled_after_days},
          {"version", s.version}};
}

Response settings_answer(const Result<store::Settings>& settings) {
  if (!settings.ok()) return http::problem_response(settings.error());
  return http::record_answer(200, settings_json(*settings), settings->version, "", 1);
}

// The board's filters, as query parameters (the board and its export read the same ones).
std::vector<std::string> filter_names() {
  return {"plan_id", "person_id", "organisation_id", "group_id", "event_id", "theme",
          "status",  "overdue",   "stalled",         "at_risk",  "open"};
}

std::vector<std::string> export_query() {
  auto names = filter_names();
  names.insert(names.begin(), "format");
  return names;
}

// The board's filters from the query: ids, a theme, a status, and yes/no flags.
Result<ActionFilter> filter_of(const Request& r) {
  ActionFilter f;
  SAMLA_ASSIGN(f.plan_id, http::integer_query(r, "plan_id"));
  SAMLA_ASSIGN(f.person_id, http::integer_query(r, "person_id"));
  SAMLA_ASSIGN(f.organisation_id, http::integer_query(r, "organisation_id"));
  SAMLA_ASSIGN(f.group_id, http::integer_query(r, "group_id"));
  SAMLA_ASSIGN(f.event_id, http::integer_query(r, "event_id"));
  f.theme = r.query_param("theme");
  f.status = r.query_param("status");
  if (f.status && std::find(statuses().begin(), statuses().end(), *f.status) == statuses().end())
    return invalid_field("status", Msg::must_be_values, {{"values", one_per_line(statuses())}});
  SAMLA_ASSIGN(f.overdue_only, http::flag_query(r, "overdue"));
  SAMLA_ASSIGN(f.stalled_only, http::flag_query(r, "stalled"));
  SAMLA_ASSIGN(f.at_risk_only, http::flag_query(r, "at_risk"));
  SAMLA_ASSIGN(f.open_only, http::flag_query(r, "open"));
  return f;
}

struct PlanOps {
  ActionsService* svc;
  Result<ActionPlan> from_json(const json& j) const { return plan_from_json(j); }
  Result<std::vector<ActionPlan>> list(Request& r) const {
    return programme::of_requested_programme(r, svc->list_plans());
  }
  Result<ActionPlan> get(Request&, std::int64_t id) const { return svc->get_plan(id); }
  Result<ActionPlan> create(Request& r, ActionPlan p) const {
    return svc->create_plan(std::move(p), r.caller());
  }
  Result<ActionPlan> update(Request& r, std::int64_t id, ActionPlan p,
                            std::optional<std::int64_t> v) const {
    return svc->update_plan(id, std::move(p), v, r.caller());
  }
  Status remove(Request& r, std::int64_t id, std::optional<std::int64_t> v) const {
    return svc->remove_plan(id, v, r.caller());
  }
};

struct ActionOps {
  ActionsService* svc;
  Result<Action> from_json(const json& j) const { return action_from_json(j); }
  // The board page by page (?limit=&cursor=); without either, the whole board as one page.
  Result<Page<Action>> page(Request& r) const {
    SAMLA_ASSIGN(auto filter, filter_of(r));
    SAMLA_ASSIGN(auto limit, http::page_limit_query(r));
    std::optional<BoardCursor> after;
    if (auto text = r.query_param("cursor"); text && !text->empty()) {
      after = parse_board_cursor(*text);
      if (!after) return invalid_field("cursor", Msg::not_a_cursor);
    }
    // A cursor without a limit goes on with pages of the usual size.
    if (!limit && after) limit = kDefaultPageSize;
    return svc->page(filter, limit, after);
  }
  Result<Action> get(Request& r, std::int64_t id) const { return svc->get(id, r.caller()); }
  Result<Action> create(Request& r, Action a) const {
    return svc->create(std::move(a), r.caller());
  }
  Result<Action> update(Request& r, std::int64_t id, Action a,
                        std::optional<std::int64_t> v) const {
    return svc->update(id, std::move(a), v, r.caller());
  }
  Status remove(Request& r, std::int64_t id, std::optional<std::int64_t> v) const {
    return svc->remove(id, v, r.caller());
  }
};

// The board's actions as a CSV or XLSX download (CSV cells that a spreadsheet would run as
// formulas are guarded).
Response export_answer(ActionsService& svc, const Request& r) {
  const std::string format = r.query_param("format").value_or("csv");
  if (auto refused = registry::bad_table_format(format)) return std::move(*refused);
  SAMLA_ASSIGN_OR_PROBLEM(auto filter, filter_of(r));
  SAMLA_ASSIGN_OR_PROBLEM(auto actions, svc.list(filter));
  return registry::table_download(actions_table(actions), format, "samla-actions", "actions",
                                  /*byte_order_mark=*/true);
}

}  // namespace

std::vector<http::Route> routes(ActionsService& service) {
  ActionsService* svc = &service;
  std::vector<http::Route> out;
  http::CrudRoutes plans{"action-plans", "ActionPlan", "actions"};
  // Coordinators manage every plan and action; a follow-up group's lead those of the group's
  // plans: the routes let every account through and the service decides.
  plans.write = access::Action::use_own_account;
  plans.patch = true;
  plans.list_summary = "Every action plan, with the number of its actions";
  plans.list_query = {"programme_id"};
  http::add_crud_routes(out, plans, PlanOps{svc});

  http::CrudRoutes actions{"actions", "Action", "actions"};
  actions.write = access::Action::use_own_account;
  // One action is read by readers of the register and by the people it involves (the
  // service decides); the board below stays with readers of the register.
  actions.read = access::Action::use_own_account;
  actions.patch = true;
  actions.list_read = access::Action::read_register;
  actions.list_summary =
      "The action board: actions with their RACI, dates, status and flags (overdue, stalled, at "
      "risk), filtered by plan, person, organisation, group, event, theme, status and the flags";
  actions.list_query = filter_names();
  http::add_crud_routes(out, actions, ActionOps{svc});
  out.push_back({"GET",
                 "/api/v1/actions/export",
                 access::Action::read_register,
                 [svc](Request& r) { return export_answer(*svc, r); },
                 {"The board as a file: ?format=csv|xlsx with the board's filters", "actions",
                  std::nullopt, std::nullopt, export_query(), 200}});
  out.push_back({"GET",
                 "/api/v1/actions/{id}/updates",
                 access::Action::use_own_account,
                 [svc](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r, "id"));
                   return http::list_response(svc->updates(id, r.caller()));
                 },
                 {"The action's timeline: every change of status or progress, who made it, "
                  "when, and the note",
                  "actions",
                  std::nullopt,
                  "ActionUpdateList",
                  {},
                  200}});
  out.push_back({"POST",
                 "/api/v1/actions/{id}/updates",
                 access::Action::use_own_account,
                 [svc](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r, "id"));
                   SAMLA_ASSIGN_OR_PROBLEM(auto version, http::if_match_version(r));
                   SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
                   SAMLA_ASSIGN_OR_PROBLEM(auto update, update_from_json(body));
                   return http::record_response(svc->add_update(id, update, version, r.caller()),
                                                200, "actions");
                 },
                 {"Change the action's status and/or progress, with a note (If-Match: its "
                  "ETag); by coordinators and the people who answer for or carry it out",
                  "actions",
                  "ActionUpdateInput",
                  "Action",
                  {},
                  200}});
  out.push_back({"GET",
                 "/api/v1/my/actions",
                 access::Action::use_own_account,
                 [svc](Request& r) { return http::list_response(svc->my_actions(r.caller())); },
                 {"My work: the open actions of the person the caller's account stands for",
                  "actions",
                  std::nullopt,
                  "ActionList",
                  {},
                  200}});
  out.push_back(
      {"POST",
       "/api/v1/events/{id}/outcomes/{outcome_id}/promote",
       access::Action::manage_actions,
       [svc](Request& r) -> Response {
         SAMLA_ASSIGN_OR_PROBLEM(auto event, http::id_param(r, "id"));
         SAMLA_ASSIGN_OR_PROBLEM(auto outcome, http::id_param(r, "outcome_id"));
         std::optional<std::int64_t> plan;
         if (!r.body.empty()) {
           SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
           const json given = body.value("plan_id", json(nullptr));
           if (!given.is_null() && (!given.is_number_integer() || given.get<std::int64_t>() < 1))
             return http::problem_response(invalid_field("plan_id", Msg::must_be_positive_id));
           if (!given.is_null()) plan = given.get<std::int64_t>();
         }
         return http::record_response(svc->promote(event, outcome, plan, r.caller()), 201,
                                      "actions");
       },
       {"Make the event's action point an action, keeping the link back; its owner "
        "becomes accountable (in plan_id, or the event's own plan)",
        "actions",
        "ActionPromotion",
        "Action",
        {},
        201}});
  out.push_back(
      {"POST",
       "/api/v1/my/calendar",
       access::Action::use_own_account,
       [svc](Request& r) -> Response {
         SAMLA_ASSIGN_OR_PROBLEM(auto secret, svc->renew_calendar(r.caller()));
         return http::json_response(201, json{{"path", "/api/v1/calendar/" + secret + ".ics"}});
       },
       {"A new address for my calendar feed (due dates of my actions, meetings of my "
        "groups); shown once, and the old one stops working",
        "actions",
        std::nullopt,
        "CalendarFeed",
        {},
        201}});
  out.push_back(
      {"DELETE",
       "/api/v1/my/calendar",
       access::Action::use_own_account,
       [svc](Request& r) { return http::no_content_or_problem(svc->revoke_calendar(r.caller())); },
       {"Revoke my calendar feed's address", "actions", std::nullopt, std::nullopt, {}, 204}});
  out.push_back(
      {"GET",
       "/api/v1/calendar/{file}",
       std::nullopt,
       [svc](Request& r) -> Response {
         const std::string file = r.path_params["file"];
         if (file.size() <= 4 || file.substr(file.size() - 4) != ".ics")
           return http::problem_response(make_error(ErrorCode::not_found, Msg::no_such_calendar));
         auto text = svc->calendar(file.substr(0, file.size() - 4));
         if (!text.ok()) return http::problem_response(text.error());
         http::Response response = http::text_response(200, "text/calendar; charset=utf-8", *text);
         response.set_header("Cache-Control", "private, no-store");
         return response;
       },
       {"Public, by its secret: a personal calendar feed as {secret}.ics",
        "actions",
        std::nullopt,
        std::nullopt,
        {},
        200}});
  out.push_back({"GET",
                 "/api/v1/action-settings",
                 access::Action::read_register,
                 [svc](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(auto programme, http::integer_query(r, "programme_id"));
                   return settings_answer(svc->settings(programme));
                 },
                 {"When an open action of a programme counts as stalled (?programme_id; the "
                  "default programme when not given). Version 0: the programme follows the "
                  "instance's default",
                  "actions",
                  std::nullopt,
                  "ActionSettings",
                  {"programme_id"},
                  200}});
  out.push_back(
      {"PUT",
       "/api/v1/action-settings",
       access::Action::manage_actions,
       [svc](Request& r) -> Response {
         SAMLA_ASSIGN_OR_PROBLEM(auto programme, http::integer_query(r, "programme_id"));
         SAMLA_ASSIGN_OR_PROBLEM(auto version, http::if_match_version(r));
         SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
         store::Settings next;
         const json days = body.value("stalled_after_days", json(nullptr));
         if (!days.is_number_integer())
           return http::problem_response(invalid_field(
               "stalled_after_days", Msg::whole_number_range, {{"min", "1"}, {"max", "365"}}));
         next.stalled_after_days =
             static_cast<int>(std::clamp<std::int64_t>(days.get<std::int64_t>(), -1, 1000));
         return settings_answer(svc->put_settings(programme, next, version, r.caller()));
       },
       {"Change when an open action of a programme counts as stalled (?programme_id; If-Match: "
        "its version, 0 while it follows the default)",
        "actions",
        "ActionSettings",
        "ActionSettings",
        {"programme_id"},
        200}});
  add_mail_routes(out, service);
  return out;
}

}  // namespace samla::actions
