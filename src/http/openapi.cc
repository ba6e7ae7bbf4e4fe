#include "http/openapi.h"

#include <algorithm>
#include <cctype>
#include <memory>
#include <set>

namespace samla::http {
namespace {

using nlohmann::json;

std::string schema_ref(const std::string& name) {
  return "#/components/schemas/" + name;
}

std::vector<std::string> path_params(const std::string& pattern) {
  std::vector<std::string> names;
  for (std::size_t open = pattern.find('{'); open != std::string::npos;
       open = pattern.find('{', open + 1)) {
    auto close = pattern.find('}', open);
    if (close == std::string::npos) break;
    names.push_back(pattern.substr(open + 1, close - open - 1));
  }
  return names;
}

std::string capitalised(std::string_view word) {
  std::string out;
  bool upper = true;
  for (char c : word) {
    if (c == '-' || c == '_' || c == '.') {
      upper = true;
      continue;
    }
    out.push_back(upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c);
    upper = false;
  }
  return out;
}

// The problem responses a route can produce, so clients know what to handle.
std::vector<int> problem_statuses(const Route& route) {
  std::vector<int> statuses;
  if (route.doc.request || route.doc.file_body || !route.doc.query.empty()) statuses.push_back(400);
  if (route.action) statuses.insert(statuses.end(), {401, 403});
  if (route.pattern.find('{') != std::string::npos) statuses.push_back(404);
  bool writes = route.method == "POST" || route.method == "PUT" || route.method == "PATCH";
  bool has_id = route.pattern.find('{') != std::string::npos;
  if (route.action && writes) statuses.push_back(409);
  // Writes to an existing record take If-Match; a stale version is refused.
  if (has_id && route.action && (writes || route.method == "DELETE")) statuses.push_back(412);
  if (route.doc.request || route.doc.file_body) statuses.insert(statuses.end(), {413, 415, 422});
  std::sort(statuses.begin(), statuses.end());
  return statuses;
}

std::string_view reason(int status) {
  switch (status) {
    case 400:
      return "The request could not be parsed.";
    case 401:
      return "Not logged in, or the token is not valid.";
    case 403:
      return "The caller's role may not do this.";
    case 404:
      return "No such record.";
    case 409:
      return "The write clashes with existing data.";
    case 412:
      return "If-Match names a version that is no longer current.";
    case 413:
      return "The request body is too large.";
    case 415:
      return "The request body is not of a type this route accepts.";
    case 422:
      return "One or more fields are invalid.";
    default:
      return "An unexpected error.";
  }
}

json problem_response_doc(int status) {
  return {
      {"description", reason(status)},
      {"content", {{"application/problem+json", {{"schema", {{"$ref", schema_ref("Problem")}}}}}}}};
}

json message_codes() {
  json codes = json::array();
  const json catalogue = message_catalogue();
  for (const auto& entry : catalogue.items()) codes.push_back(entry.key());
  return codes;
}

json builtin_schemas() {
  return {
      {"Problem",
       {{"type", "object"},
        {"description",
         "An RFC 9457 problem detail. `detail` is in the request's language; `code` and `params` "
         "name it in the message table (`samla messages`), so a client may word it itself."},
        {"required", {"type", "title", "status", "detail", "code", "params"}},
        {"properties",
         {{"type", {{"type", "string"}}},
          {"title", {{"type", "string"}}},
          {"status", {{"type", "integer"}}},
          {"detail", {{"type", "string"}}},
          {"code", {{"type", "string"}, {"enum", message_codes()}}},
          {"params", {{"type", "object"}, {"additionalProperties", {{"type", "string"}}}}},
          {"errors", {{"type", "array"}, {"items", {{"$ref", schema_ref("FieldError")}}}}}}}}},
      {"FieldError",
       {{"type", "object"},
        {"description",
         "What is wrong with one field: a code from the message table (`samla messages`), its "
         "parameters, and the message in the request's language."},
        {"required", {"field", "code", "params", "message"}},
        {"properties",
         {{"field", {{"type", "string"}}},
          {"code", {{"type", "string"}, {"enum", message_codes()}}},
          {"params", {{"type", "object"}, {"additionalProperties", {{"type", "string"}}}}},
          {"message", {{"type", "string"}}}}}}},
      {"Health",
       {{"type", "object"},
        {"required", {"status", "version", "database"}},
        {"properties",
         {{"status", {{"type", "string"}, {"enum", {"ok", "unavailable"}}}},
          {"version", {{"type", "string"}}},
          {"database", {{"type", "string"}, {"enum", {"ok", "unavailable", "unknown"}}}}}}}},
      {"Ready",
       {{"type", "object"},
        {"required", {"status"}},
        {"properties", {{"status", {{"type", "string"}, {"enum", {"ready", "not_ready"}}}}}}}},
      {"OpenApiDocument", {{"type", "object"}, {"description", "This document."}}},
      {"Progress",
       {{"type", "object"},
        {"description",
         "Where long work stands: its stage, and how many rows of how many when it counts."},
        {"required", {"stage", "done", "total", "finished"}},
        {"properties",
         {{"stage", {{"type", "string"}, {"enum", {"starting", "reading", "checking", "saving"}}}},
          {"done", {{"type", "integer"}, {"minimum", 0}}},
          {"total", {{"type", "integer"}, {"minimum", 0}}},
          {"finished", {{"type", "boolean"}}}}}}},
      {"MessageCatalogue",
       {{"type", "object"},
        {"description", "Each field-error code with its text in English and Swedish."},
        {"additionalProperties",
         {{"type", "object"},
          {"required", {"en", "sv"}},
          {"properties", {{"en", {{"type", "string"}}}, {"sv", {{"type", "string"}}}}}}}}},
  };
}

json operation_for(const Route& route, const std::string& id) {
  json op{{"operationId", id}, {"summary", route.doc.summary.empty() ? id : route.doc.summary}};
  op["tags"] = json::array({route.doc.tag.empty() ? "system" : route.doc.tag});
  json parameters = json::array();
  for (const auto& name : path_params(route.pattern)) {
    bool numeric = name == "id" || name.ends_with("_id");
    parameters.push_back({{"name", name},
                          {"in", "path"},
                          {"required", true},
                          {"schema", numeric ? json{{"type", "integer"}, {"minimum", 1}}
                                             : json{{"type", "string"}}}});
  }
  for (const auto& name : route.doc.query)
    parameters.push_back(
        {{"name", name}, {"in", "query"}, {"required", false}, {"schema", {{"type", "string"}}}});
  if (!parameters.empty()) op["parameters"] = parameters;
  if (route.doc.request)
    op["requestBody"] = {
        {"required", true},
        {"content",
         {{"application/json", {{"schema", {{"$ref", schema_ref(*route.doc.request)}}}}}}}};
  if (route.doc.file_body)
    op["requestBody"] = {
        {"required", true},
        {"content",
         {{"application/octet-stream", {{"schema", {{"type", "string"}, {"format", "binary"}}}}}}}};

  json success{{"description", "Success."}};
  if (route.doc.response) {
    // The home page is the one non-JSON route; everything else speaks JSON.
    success["content"] = {
        {"application/json", {{"schema", {{"$ref", schema_ref(*route.doc.response)}}}}}};
  } else if (route.pattern == "/") {
    success["content"] = {{"text/html", {{"schema", {{"type", "string"}}}}}};
  }
  json responses{{std::to_string(route.doc.success_status), success}};
  for (int status : problem_statuses(route))
    responses[std::to_string(status)] = problem_response_doc(status);
  responses["default"] = problem_response_doc(500);
  op["responses"] = responses;
  if (!route.action) op["security"] = json::array();
  return op;
}

}  // namespace

std::string operation_id(const Route& route) {
  std::string method;
  for (char c : route.method)
    method.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  std::string id = method;
  std::string_view path = route.pattern;
  if (path.starts_with("/api/v1")) path.remove_prefix(7);
  std::size_t start = 0;
  while (start < path.size()) {
    auto slash = path.find('/', start);
    std::string_view segment =
        path.substr(start, slash == std::string_view::npos ? path.npos : slash - start);
    start = slash == std::string_view::npos ? path.size() : slash + 1;
    if (segment.empty()) continue;
    if (segment.front() == '{')
      id += "By" + capitalised(segment.substr(1, segment.size() - 2));
    else
      id += capitalised(segment);
  }
  if (id == method) id += "Root";
  return id;
}

json build_openapi(const std::vector<Route>& routes, const json& component_schemas,
                   std::string version) {
  json schemas = builtin_schemas();
  for (const auto& [name, schema] : component_schemas.items()) schemas[name] = schema;

  json paths = json::object();
  std::set<std::string> ids, tags;
  for (const auto& route : routes) {
    std::string id = operation_id(route);
    for (int n = 2; ids.count(id); ++n) id = operation_id(route) + std::to_string(n);
    ids.insert(id);
    tags.insert(route.doc.tag.empty() ? "system" : route.doc.tag);
    std::string method;
    for (char c : route.method)
      method.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    paths[route.pattern][method] = operation_for(route, id);
  }
  json tag_list = json::array();
  for (const auto& tag : tags) tag_list.push_back({{"name", tag}});

  return {
      {"openapi", "3.1.0"},
      {"info",
       {{"title", "samla API"},
        {"version", std::move(version)},
        {"summary",
         "The register of organisations and people in multi-actor mental-health programmes."},
        {"license", {{"name", "AGPL-3.0-or-later"}, {"identifier", "AGPL-3.0-or-later"}}}}},
      {"servers", json::array({{{"url", "/"}}})},
      {"tags", tag_list},
      {"paths", paths},
      {"security", json::array({{{"cookieAuth", json::array()}}, {{"bearerAuth", json::array()}}})},
      {"components",
       {{"schemas", schemas},
        {"securitySchemes",
         {{"cookieAuth",
           {{"type", "apiKey"},
            {"in", "cookie"},
            {"name", "samla_session"},  // access::AccessService::kSessionCookie
            {"description",
             "The session cookie set by POST /api/v1/session; writes also need X-CSRF-Token."}}},
          {"bearerAuth",
           {{"type", "http"},
            {"scheme", "bearer"},
            {"description", "An API token (Authorization: Bearer TOKEN)."}}}}}}},
  };
}

Route openapi_route(const std::vector<Route>& routes, const json& component_schemas,
                    std::string version) {
  Route route;
  route.method = "GET";
  route.pattern = "/api/v1/openapi.json";
  route.doc = {"This OpenAPI 3.1 document.", "system", std::nullopt, "OpenApiDocument", {}, 200};
  std::vector<Route> all = routes;
  all.push_back(route);
  auto document = std::make_shared<const std::string>(
      build_openapi(all, component_schemas, std::move(version)).dump());
  route.handler = [document](Request&) {
    Response response;
    response.body = *document;
    return response;
  };
  return route;
}

}  // namespace samla::http
