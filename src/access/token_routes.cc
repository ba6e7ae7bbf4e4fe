// API tokens of the caller, and the audit log, over HTTP.
#include <charconv>

#include "access/body_reader.h"
#include "access/route_tables.h"
#include "access/wire.h"
#include "http/record_responses.h"

namespace samla::access::route_tables {
namespace {

// Parses an integer query parameter; a problem for `name` when it is not one.
Result<std::optional<std::int64_t>> integer_param(const http::Request& request,
                                                  const std::string& name) {
  auto text = request.query_param(name);
  if (!text) return std::optional<std::int64_t>{};
  std::int64_t value = 0;
  auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
  if (ec != std::errc() || end != text->data() + text->size() || text->empty())
    return invalid_field(name, Msg::must_be_whole_number);
  return std::optional<std::int64_t>{value};
}

Result<AuditQuery> audit_query(const http::Request& request) {
  AuditQuery query;
  query.record_type = request.query_param("record_type");
  query.record_id = request.query_param("record_id");
  query.cursor = request.query_param("cursor");
  SAMLA_ASSIGN(query.user_id, integer_param(request, "user_id"));
  SAMLA_ASSIGN(auto limit, integer_param(request, "limit"));
  if (limit) {
    if (*limit < 1 || *limit > kMaxPageSize)
      return invalid_field("limit", Msg::whole_number_range,
                           {{"min", "1"}, {"max", std::to_string(kMaxPageSize)}});
    query.limit = static_cast<int>(*limit);
  }
  return query;
}

}  // namespace

std::vector<http::Route> token_and_audit_routes(AccessService& service) {
  std::vector<http::Route> routes;

  routes.push_back(
      http::Route{"GET",
                  "/api/v1/tokens",
                  Action::use_own_account,
                  [&service](http::Request& request) {
                    auto tokens = service.list_tokens(request.caller().user_id);
                    if (!tokens.ok()) return http::problem_response(tokens.error());
                    nlohmann::json items = nlohmann::json::array();
                    for (const ApiToken& token : *tokens) items.push_back(token_json(token));
                    return http::list_answer(std::move(items));
                  },
                  {"List your API tokens", "tokens", std::nullopt, "ApiTokenList", {}, 200}});

  routes.push_back(http::Route{"POST",
                               "/api/v1/tokens",
                               Action::use_own_account,
                               [&service](http::Request& request) {
                                 auto body = http::parse_json_body(request);
                                 if (!body.ok()) return http::problem_response(body.error());
                                 BodyReader reader(*body);
                                 auto name = reader.string("name", true);
                                 reader.reject_unknown({"name"});
                                 if (auto valid = reader.finish(); !valid.ok())
                                   return http::problem_response(valid.error());
                                 const Principal& caller = request.caller();
                                 auto issued = service.create_token(caller.user_id, *name, caller);
                                 if (!issued.ok()) return http::problem_response(issued.error());
                                 nlohmann::json out = token_json(issued->token);
                                 out["secret"] = issued->secret;  // the only time it is ever shown
                                 http::Response response = http::json_response(201, out);
                                 response.set_header("Cache-Control", "no-store");
                                 return response;
                               },
                               {"Create an API token; the secret is shown only in this response",
                                "tokens",
                                "ApiTokenCreate",
                                "IssuedApiToken",
                                {},
                                201}});

  routes.push_back(http::Route{"DELETE",
                               "/api/v1/tokens/{id}",
                               Action::use_own_account,
                               [&service](http::Request& request) {
                                 auto id = http::id_param(request);
                                 if (!id.ok()) return http::problem_response(id.error());
                                 auto done = service.revoke_token(*id, request.caller());
                                 if (!done.ok()) return http::problem_response(done.error());
                                 return no_content();
                               },
                               {"Revoke one of your API tokens (admins: any token)",
                                "tokens",
                                std::nullopt,
                                std::nullopt,
                                {},
                                204}});

  routes.push_back(http::Route{"GET",
                               "/api/v1/audit",
                               Action::read_audit,
                               [&service](http::Request& request) {
                                 auto query = audit_query(request);
                                 if (!query.ok()) return http::problem_response(query.error());
                                 auto page = service.list_audit(*query);
                                 if (!page.ok()) return http::problem_response(page.error());
                                 nlohmann::json items = nlohmann::json::array();
                                 for (const AuditEntry& entry : page->items)
                                   items.push_back(audit_entry_json(entry));
                                 return http::page_answer(std::move(items), page->total,
                                                          page->next);
                               },
                               {"Read the audit log, newest first",
                                "audit",
                                std::nullopt,
                                "AuditPage",
                                {"record_type", "record_id", "user_id", "limit", "cursor"},
                                200}});

  return routes;
}

}  // namespace samla::access::route_tables
