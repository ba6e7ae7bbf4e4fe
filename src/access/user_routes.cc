// Managing accounts over HTTP (admins only, by the route table's manage_users action), and
// the directory of accounts event planners choose facilitators from.
#include "access/account_rules.h"
#include "access/body_reader.h"
#include "access/route_tables.h"
#include "access/service_state.h"
#include "access/wire.h"
#include "http/record_responses.h"

namespace samla::access::route_tables {
namespace {

// On 201 Created also its Location.
http::Response user_response(int status, const User& user) {
  return http::record_answer(status, user_json(user), user.version, "users", user.id);
}

// The role named by `field`, recording a problem when it names none.
std::optional<Role> read_role(BodyReader& reader, const char* field, bool required) {
  auto text = reader.string(field, required);
  if (!text) return std::nullopt;
  auto role = parse_role(*text);
  if (!role)
    reader.problem(field, Msg::one_of,
                   {{"values", "admin\ncoordinator\nfacilitator\nparticipant\nobserver"}});
  return role;
}

// Checks the password here too, so one 422 lists it with the body's other problems.
void check_password(BodyReader& reader, const std::optional<std::string>& password) {
  if (!password) return;
  auto valid = validate_password(*password);
  if (!valid.ok())
    for (const FieldError& f : valid.error().fields) reader.problem(f);
}

}  // namespace

std::vector<http::Route> user_routes(AccessService& service) {
  std::vector<http::Route> routes;

  routes.push_back(http::Route{"GET",
                               "/api/v1/users",
                               Action::manage_users,
                               [&service](http::Request&) {
                                 auto users = service.list_users();
                                 if (!users.ok()) return http::problem_response(users.error());
                                 nlohmann::json items = nlohmann::json::array();
                                 for (const User& user : *users) items.push_back(user_json(user));
                                 return http::list_answer(std::move(items));
                               },
                               {"List users", "users", std::nullopt, "UserList", {}, 200}});

  // Event planners pick an event's facilitator accounts from here: names and roles of the
  // enabled accounts, nothing an admin alone should see.
  routes.push_back(http::Route{"GET",
                               "/api/v1/users/directory",
                               Action::plan_events,
                               [&service](http::Request&) {
                                 auto users = service.user_directory();
                                 if (!users.ok()) return http::problem_response(users.error());
                                 nlohmann::json items = nlohmann::json::array();
                                 for (const UserSummary& user : *users)
                                   items.push_back(user_directory_json(user));
                                 return http::list_answer(std::move(items));
                               },
                               {"The enabled accounts, for choosing an event's facilitators",
                                "users",
                                std::nullopt,
                                "UserDirectory",
                                {},
                                200}});

  routes.push_back(http::Route{"POST",
                               "/api/v1/users",
                               Action::manage_users,
                               [&service](http::Request& request) {
                                 auto body = http::parse_json_body(request);
                                 if (!body.ok()) return http::problem_response(body.error());
                                 BodyReader reader(*body);
                                 auto name = reader.string("name", true);
                                 auto role = read_role(reader, "role", true);
                                 auto password = reader.string("password", true);
                                 check_password(reader, password);
                                 auto person = reader.id_or_null("person_id");
                                 reader.reject_unknown({"name", "role", "password", "person_id"});
                                 if (auto valid = reader.finish(); !valid.ok())
                                   return http::problem_response(valid.error());
                                 auto user =
                                     service.create_user(*name, *role, *password, request.caller(),
                                                         person.value_or(std::nullopt));
                                 if (!user.ok()) return http::problem_response(user.error());
                                 return user_response(201, *user);
                               },
                               {"Create a user", "users", "UserCreate", "User", {}, 201}});

  routes.push_back(http::Route{"GET",
                               "/api/v1/users/{id}",
                               Action::manage_users,
                               [&service](http::Request& request) {
                                 auto id = http::id_param(request);
                                 if (!id.ok()) return http::problem_response(id.error());
                                 auto user = service.get_user(*id);
                                 if (!user.ok()) return http::problem_response(user.error());
                                 return user_response(200, *user);
                               },
                               {"Read a user", "users", std::nullopt, "User", {}, 200}});

  routes.push_back(
      http::Route{"PATCH",
                  "/api/v1/users/{id}",
                  Action::manage_users,
                  [&service](http::Request& request) {
                    auto id = http::id_param(request);
                    if (!id.ok()) return http::problem_response(id.error());
                    auto expected = http::if_match_version(request);
                    if (!expected.ok()) return http::problem_response(expected.error());
                    auto body = http::parse_json_body(request);
                    if (!body.ok()) return http::problem_response(body.error());
                    BodyReader reader(*body);
                    UserChange change;
                    change.role = read_role(reader, "role", false);
                    change.disabled = reader.boolean("disabled");
                    change.password = reader.string("password", false);
                    check_password(reader, change.password);
                    change.person_id = reader.id_or_null("person_id");
                    reader.reject_unknown({"role", "disabled", "password", "person_id"});
                    if (auto valid = reader.finish(); !valid.ok())
                      return http::problem_response(valid.error());
                    auto user = service.update_user(*id, change, *expected, request.caller());
                    if (!user.ok()) return http::problem_response(user.error());
                    return user_response(200, *user);
                  },
                  {"Change a user's role, disabled flag or password (If-Match: the user's ETag)",
                   "users",
                   "UserUpdate",
                   "User",
                   {},
                   200}});

  return routes;
}

}  // namespace samla::access::route_tables
