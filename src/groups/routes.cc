#include "groups/routes.h"

#include "events/wire.h"
#include "groups/wire.h"
#include "http/crud_routes.h"
#include "programme/list_filter.h"

namespace samla::groups {
namespace {

using namespace http::route_names;

struct GroupOps {
  GroupsService* svc;
  Result<Group> from_json(const json& j) const { return group_from_json(j); }
  Result<std::vector<Group>> list(Request& r) const {
    return programme::of_requested_programme(r, svc->list());
  }
  Result<Group> get(Request&, std::int64_t id) const { return svc->get(id); }
  Result<Group> create(Request& r, Group g) const { return svc->create(std::move(g), r.caller()); }
  Result<Group> update(Request& r, std::int64_t id, Group g, std::optional<std::int64_t> v) const {
    return svc->update(id, std::move(g), v, r.caller());
  }
  Status remove(Request& r, std::int64_t id, std::optional<std::int64_t> v) const {
    return svc->remove(id, v, r.caller());
  }
};

}  // namespace

std::vector<http::Route> routes(GroupsService& service) {
  GroupsService* svc = &service;
  std::vector<http::Route> out;
  http::CrudRoutes spec{"groups", "Group", "groups"};
  spec.write = Action::manage_actions;
  spec.patch = true;
  spec.list_summary =
      "Follow-up groups: working groups, task forces, research projects, advocacy campaigns "
      "and policy initiatives, with their members and deliverables";
  spec.list_query = {"programme_id"};
  // A group's lead changes their group (the service decides); creating and deleting stay with
  // coordinators.
  spec.change = Action::use_own_account;
  http::add_crud_routes(out, spec, GroupOps{svc});
  out.push_back({"GET",
                 "/api/v1/groups/{id}/meetings",
                 Action::read_register,
                 [svc](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r, "id"));
                   return http::list_response(svc->meetings(id));
                 },
                 {"The group's meetings: events of type group meeting, by start",
                  "groups",
                  std::nullopt,
                  "EventList",
                  {},
                  200}});
  out.push_back({"POST",
                 "/api/v1/groups/{id}/meetings",
                 Action::use_own_account,
                 [svc](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r, "id"));
                   SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
                   if (!body.contains("type")) body["type"] = "group_meeting";
                   SAMLA_ASSIGN_OR_PROBLEM(auto meeting, events::event_from_json(body));
                   return http::record_response(
                       svc->add_meeting(id, std::move(meeting), r.caller()), 201, "events");
                 },
                 {"Plan a meeting of the group (an event of type group meeting; invitations, "
                  "check-in and attendance as for any event); by coordinators and the group's "
                  "lead",
                  "groups",
                  "EventInput",
                  "Event",
                  {},
                  201}});
  return out;
}

}  // namespace samla::groups
