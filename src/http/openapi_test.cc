#include "http/openapi.h"

#include <gtest/gtest.h>

#include <functional>
#include <set>

namespace samla::http {
namespace {

using nlohmann::json;

std::vector<Route> sample_routes() {
  Handler none = [](Request&) { return json_response(200, {}); };
  using access::Action;
  return {
      {"GET",
       "/api/v1/people",
       Action::read_register,
       none,
       {"List people.", "people", {}, "PersonPage", {"q", "country"}, 200}},
      {"POST",
       "/api/v1/people",
       Action::write_register,
       none,
       {"Create a person.", "people", "PersonInput", "Person", {}, 201}},
      {"GET",
       "/api/v1/people/{id}",
       Action::read_register,
       none,
       {"Read a person.", "people", {}, "Person", {}, 200}},
      {"DELETE",
       "/api/v1/people/{id}",
       Action::write_register,
       none,
       {"Delete a person.", "people", {}, {}, {}, 204}},
      {"POST",
       "/api/v1/session",
       std::nullopt,
       none,
       {"Log in.", "session", "Login", "Session", {}, 200}},
      {"GET",
       "/api/v1/users/{user_id}/tokens",
       Action::manage_users,
       none,
       {"List tokens.", "tokens", {}, "TokenList", {}, 200}},
      health_route(nullptr, "0.1.0"),
  };
}

json sample_schemas() {
  json object{{"type", "object"}};
  return {{"PersonPage", object}, {"PersonInput", object}, {"Person", object},
          {"Login", object},      {"Session", object},     {"TokenList", object}};
}

// Every "$ref" in the document, wherever it is.
void collect_refs(const json& node, std::vector<std::string>& refs) {
  if (node.is_object()) {
    for (auto& [key, value] : node.items()) {
      if (key == "$ref" && value.is_string()) refs.push_back(value);
      collect_refs(value, refs);
    }
  } else if (node.is_array()) {
    for (auto& value : node) collect_refs(value, refs);
  }
}

TEST(OpenApi, DescribesEveryRouteWithItsMethod) {
  auto routes = sample_routes();
  json doc = build_openapi(routes, sample_schemas(), "0.1.0");
  EXPECT_EQ(doc["openapi"], "3.1.0");
  EXPECT_EQ(doc["info"]["version"], "0.1.0");
  std::size_t operations = 0;
  for (auto& [path, item] : doc["paths"].items()) operations += item.size();
  EXPECT_EQ(operations, routes.size());
  for (const auto& route : routes) {
    std::string method = route.method == "GET" ? "get" : route.method == "POST" ? "post" : "delete";
    ASSERT_TRUE(doc["paths"].contains(route.pattern)) << route.pattern;
    EXPECT_TRUE(doc["paths"][route.pattern].contains(method))
        << route.method << " " << route.pattern;
  }
}

TEST(OpenApi, EveryRefResolvesToAComponentSchema) {
  json doc = build_openapi(sample_routes(), sample_schemas(), "0.1.0");
  std::vector<std::string> refs;
  collect_refs(doc, refs);
  EXPECT_GT(refs.size(), 10u);
  const std::string prefix = "#/components/schemas/";
  for (const auto& ref : refs) {
    ASSERT_EQ(ref.rfind(prefix, 0), 0u) << ref;
    EXPECT_TRUE(doc["components"]["schemas"].contains(ref.substr(prefix.size()))) << ref;
  }
  // A route naming a schema nobody provided is caught by this test, not papered over.
  auto routes = sample_routes();
  routes[0].doc.response = "Missing";
  refs.clear();
  collect_refs(build_openapi(routes, sample_schemas(), "0.1.0"), refs);
  EXPECT_NE(std::find(refs.begin(), refs.end(), prefix + "Missing"), refs.end());
  EXPECT_FALSE(build_openapi(routes, sample_schemas(), "0.1.0")["components"]["schemas"].contains(
      "Missing"));
}

TEST(OpenApi, OperationIdsAreUnique) {
  auto routes = sample_routes();
  routes.push_back(routes[0]);  // a duplicate still gets its own id
  routes.back().pattern = "/api/v1/people/";
  json doc = build_openapi(routes, sample_schemas(), "0.1.0");
  std::set<std::string> ids;
  std::size_t count = 0;
  for (auto& [path, item] : doc["paths"].items())
    for (auto& [method, op] : item.items()) {
      ids.insert(op["operationId"].get<std::string>());
      ++count;
    }
  EXPECT_EQ(ids.size(), count);
  EXPECT_EQ(operation_id(routes[2]), "getPeopleById");
  EXPECT_EQ(operation_id(routes[5]), "getUsersByUserIdTokens");
}

TEST(OpenApi, ParametersBodiesAndProblems) {
  json doc = build_openapi(sample_routes(), sample_schemas(), "0.1.0");
  json get_person = doc["paths"]["/api/v1/people/{id}"]["get"];
  ASSERT_EQ(get_person["parameters"].size(), 1u);
  EXPECT_EQ(get_person["parameters"][0]["name"], "id");
  EXPECT_EQ(get_person["parameters"][0]["in"], "path");
  EXPECT_EQ(get_person["parameters"][0]["required"], true);
  for (std::string status : {"200", "401", "403", "404"})
    EXPECT_TRUE(get_person["responses"].contains(status)) << status;
  EXPECT_FALSE(get_person.contains("security"));  // the document-wide cookie/bearer requirement

  json list = doc["paths"]["/api/v1/people"]["get"];
  ASSERT_EQ(list["parameters"].size(), 2u);
  EXPECT_EQ(list["parameters"][0]["in"], "query");

  json create = doc["paths"]["/api/v1/people"]["post"];
  EXPECT_EQ(create["requestBody"]["content"]["application/json"]["schema"]["$ref"],
            "#/components/schemas/PersonInput");
  EXPECT_EQ(create["responses"]["201"]["content"]["application/json"]["schema"]["$ref"],
            "#/components/schemas/Person");
  EXPECT_EQ(create["responses"]["422"]["content"]["application/problem+json"]["schema"]["$ref"],
            "#/components/schemas/Problem");
  EXPECT_TRUE(create["responses"].contains("415"));

  EXPECT_EQ(doc["paths"]["/api/v1/session"]["post"]["security"], json::array());
  EXPECT_FALSE(doc["paths"]["/api/v1/session"]["post"]["responses"].contains("401"));
  EXPECT_TRUE(doc["paths"]["/api/v1/people/{id}"]["delete"]["responses"].contains("204"));
  EXPECT_TRUE(doc["components"]["securitySchemes"].contains("cookieAuth"));
  EXPECT_TRUE(doc["components"]["securitySchemes"].contains("bearerAuth"));
  EXPECT_EQ(doc["security"].size(), 2u);
}

TEST(OpenApi, RouteServesADocumentThatIncludesItself) {
  Route route = openapi_route(sample_routes(), sample_schemas(), "9.9.9");
  Request request;
  Response response = route.handler(request);
  EXPECT_EQ(response.status, 200);
  json doc = json::parse(response.body);
  EXPECT_TRUE(doc["paths"]["/api/v1/openapi.json"].contains("get"));
  EXPECT_EQ(doc["info"]["version"], "9.9.9");
}

}  // namespace
}  // namespace samla::http
