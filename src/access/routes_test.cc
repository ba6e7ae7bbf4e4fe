// The access routes through the HTTP pipeline (routing, authentication, permission,
// handler), without sockets.
#include <nlohmann/json.hpp>

#include <stdlib.h>

#include <set>

#include "access/test_support.h"
#include "access/wire.h"
#include "http/router.h"

namespace samla::access::testing {
namespace {

using nlohmann::json;

class AccessRoutes : public AccessTest {
 protected:
  void SetUp() override {
    AccessTest::SetUp();
    router_ = std::make_unique<http::Router>(service_->routes());
    make_user("root", Role::admin);
    make_user("olle", Role::observer);
  }

  http::Response call(const std::string& method, const std::string& target,
                      std::map<std::string, std::string> headers = {}, const json& body = nullptr) {
    http::Request r;
    r.method = method;
    r.target = target;
    auto q = target.find('?');
    r.path = target.substr(0, q);
    if (q != std::string::npos) r.query = http::parse_query(target.substr(q + 1));
    r.headers = std::move(headers);
    r.remote_address = "192.0.2.1";
    if (!body.is_null()) {
      r.body = body.dump();
      r.headers["content-type"] = "application/json";
    }
    return http::dispatch(*router_, r,
                          [this](const http::Request& req) { return service_->authenticate(req); });
  }

  static std::string header(const http::Response& response, const std::string& name) {
    for (const auto& [n, v] : response.headers)
      if (n == name) return v;
    return "";
  }

  // Logs in through the API; returns the Cookie header value and the CSRF token.
  std::pair<std::string, std::string> log_in(const std::string& name) {
    auto response = call("POST", "/api/v1/session", {}, {{"name", name}, {"password", kPassword}});
    EXPECT_EQ(response.status, 201) << response.body;
    std::string cookie = header(response, "Set-Cookie");
    return {cookie.substr(0, cookie.find(';')), json::parse(response.body)["csrf_token"]};
  }

  std::string bearer(const std::string& name) {
    auto [cookie, csrf] = log_in(name);
    auto response = call("POST", "/api/v1/tokens", {{"cookie", cookie}, {"x-csrf-token", csrf}},
                         {{"name", "tests"}});
    EXPECT_EQ(response.status, 201) << response.body;
    return "Bearer " + json::parse(response.body)["secret"].get<std::string>();
  }

  std::unique_ptr<http::Router> router_;
};

TEST_F(AccessRoutes, LoginSetsAHardenedCookie) {
  unsetenv("SAMLA_COOKIE_SECURE");
  auto response = call("POST", "/api/v1/session", {}, {{"name", "root"}, {"password", kPassword}});
  ASSERT_EQ(response.status, 201) << response.body;
  auto body = json::parse(response.body);
  EXPECT_EQ(body["user"]["name"], "root");
  EXPECT_EQ(body["user"]["role"], "admin");
  EXPECT_TRUE(body["csrf_token"].is_string());
  EXPECT_TRUE(body["expires_at"].is_string());
  std::string cookie = header(response, "Set-Cookie");
  EXPECT_EQ(cookie.rfind("samla_session=", 0), 0u) << cookie;
  EXPECT_NE(cookie.find("; HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("; SameSite=Strict"), std::string::npos);
  EXPECT_NE(cookie.find("; Path=/"), std::string::npos);
  EXPECT_NE(cookie.find("; Max-Age=43200"), std::string::npos);
  EXPECT_EQ(cookie.find("Secure"), std::string::npos);
  EXPECT_EQ(header(response, "Cache-Control"), "no-store");

  setenv("SAMLA_COOKIE_SECURE", "1", 1);
  auto secure = call("POST", "/api/v1/session", {}, {{"name", "root"}, {"password", kPassword}});
  unsetenv("SAMLA_COOKIE_SECURE");
  EXPECT_NE(header(secure, "Set-Cookie").find("; Secure"), std::string::npos);
}

TEST_F(AccessRoutes, LoginFailures) {
  EXPECT_EQ(call("POST", "/api/v1/session", {}, {{"name", "root"}, {"password", "nope"}}).status,
            401);
  auto missing = call("POST", "/api/v1/session", {}, {{"name", "root"}});
  EXPECT_EQ(missing.status, 422);
  EXPECT_EQ(json::parse(missing.body)["errors"][0]["field"], "password");
  for (int i = 0; i < 5; ++i)
    (void)call("POST", "/api/v1/session", {}, {{"name", "olle"}, {"password", "nope"}});
  auto throttled = call("POST", "/api/v1/session", {}, {{"name", "olle"}, {"password", kPassword}});
  EXPECT_EQ(throttled.status, 429);
  EXPECT_EQ(header(throttled, "Retry-After"), "30");
  auto long_name =
      call("POST", "/api/v1/session", {}, {{"name", std::string(101, 'x')}, {"password", "x"}});
  EXPECT_EQ(long_name.status, 422);
  EXPECT_EQ(json::parse(long_name.body)["errors"][0]["field"], "name");
}

TEST_F(AccessRoutes, SessionReadAndLogout) {
  auto [cookie, csrf] = log_in("olle");
  auto current = call("GET", "/api/v1/session", {{"cookie", cookie}});
  ASSERT_EQ(current.status, 200) << current.body;
  EXPECT_EQ(json::parse(current.body)["csrf_token"], csrf);
  EXPECT_EQ(json::parse(current.body)["user"]["name"], "olle");

  EXPECT_EQ(call("DELETE", "/api/v1/session", {{"cookie", cookie}}).status, 403);  // no CSRF
  auto out = call("DELETE", "/api/v1/session", {{"cookie", cookie}, {"x-csrf-token", csrf}});
  EXPECT_EQ(out.status, 204);
  EXPECT_NE(header(out, "Set-Cookie").find("Max-Age=0"), std::string::npos);
  EXPECT_EQ(call("GET", "/api/v1/session", {{"cookie", cookie}}).status, 401);
}

TEST_F(AccessRoutes, UsersNeedManageUsersAndHonourIfMatch) {
  std::string olle = bearer("olle");
  std::string root = bearer("root");
  EXPECT_EQ(call("GET", "/api/v1/users").status, 401);
  EXPECT_EQ(call("GET", "/api/v1/users", {{"authorization", olle}}).status, 403);
  auto list = call("GET", "/api/v1/users", {{"authorization", root}});
  ASSERT_EQ(list.status, 200);
  EXPECT_EQ(json::parse(list.body)["total"], 2);

  auto created = call("POST", "/api/v1/users", {{"authorization", root}},
                      {{"name", "cecilia"}, {"role", "facilitator"}, {"password", kPassword}});
  ASSERT_EQ(created.status, 201) << created.body;
  auto user = json::parse(created.body);
  EXPECT_FALSE(user.contains("password_hash"));
  EXPECT_FALSE(user.contains("password"));
  EXPECT_EQ(header(created, "ETag"), "\"1\"");
  std::string path = "/api/v1/users/" + std::to_string(user["id"].get<int>());

  auto bad = call("POST", "/api/v1/users", {{"authorization", root}},
                  {{"name", "d"}, {"role", "king"}, {"password", "short"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(json::parse(bad.body)["errors"].size(), 2u);

  auto patched = call("PATCH", path, {{"authorization", root}, {"if-match", "\"1\""}},
                      {{"role", "coordinator"}});
  ASSERT_EQ(patched.status, 200) << patched.body;
  EXPECT_EQ(header(patched, "ETag"), "\"2\"");
  EXPECT_EQ(
      call("PATCH", path, {{"authorization", root}, {"if-match", "\"1\""}}, {{"disabled", true}})
          .status,
      412);
  EXPECT_EQ(json::parse(call("GET", path, {{"authorization", root}}).body)["disabled"], false);
  EXPECT_EQ(call("PATCH", path, {{"authorization", root}}, {{"disabled", "yes"}}).status, 422);
  EXPECT_EQ(call("GET", "/api/v1/users/999", {{"authorization", root}}).status, 404);
}

TEST_F(AccessRoutes, TokensAreOwnAndRevocable) {
  std::string olle = bearer("olle");
  std::string root = bearer("root");
  auto mine = call("GET", "/api/v1/tokens", {{"authorization", olle}});
  ASSERT_EQ(mine.status, 200);
  auto items = json::parse(mine.body)["items"];
  ASSERT_EQ(items.size(), 1u);
  EXPECT_FALSE(items[0].contains("secret"));
  EXPECT_FALSE(items[0].contains("token_hash"));
  std::string olle_token = "/api/v1/tokens/" + std::to_string(items[0]["id"].get<int>());

  auto root_items = json::parse(call("GET", "/api/v1/tokens", {{"authorization", root}}).body);
  std::string root_token =
      "/api/v1/tokens/" + std::to_string(root_items["items"][0]["id"].get<int>());
  EXPECT_EQ(call("DELETE", root_token, {{"authorization", olle}}).status, 404);
  EXPECT_EQ(call("DELETE", olle_token, {{"authorization", olle}}).status, 204);
  EXPECT_EQ(call("GET", "/api/v1/tokens", {{"authorization", olle}}).status, 401);
}

TEST_F(AccessRoutes, AuditIsForAdminsAndFilters) {
  std::string olle = bearer("olle");
  std::string root = bearer("root");
  EXPECT_EQ(call("GET", "/api/v1/audit", {{"authorization", olle}}).status, 403);
  auto page = call("GET", "/api/v1/audit?record_type=user&limit=1", {{"authorization", root}});
  ASSERT_EQ(page.status, 200) << page.body;
  auto body = json::parse(page.body);
  EXPECT_EQ(body["total"], 2);
  ASSERT_EQ(body["items"].size(), 1u);
  EXPECT_EQ(body["items"][0]["after"]["name"], "olle");
  EXPECT_TRUE(body["items"][0]["before"].is_null());
  ASSERT_TRUE(body["next"].is_string());
  auto next = call(
      "GET", "/api/v1/audit?record_type=user&limit=1&cursor=" + body["next"].get<std::string>(),
      {{"authorization", root}});
  EXPECT_EQ(json::parse(next.body)["items"][0]["after"]["name"], "root");
  EXPECT_EQ(call("GET", "/api/v1/audit?limit=0", {{"authorization", root}}).status, 422);
  EXPECT_EQ(call("GET", "/api/v1/audit?user_id=x", {{"authorization", root}}).status, 422);
  auto logins =
      json::parse(call("GET", "/api/v1/audit?record_type=session", {{"authorization", root}}).body);
  EXPECT_EQ(logins["total"], 2);
  EXPECT_EQ(logins["items"][0]["action"], "login");
}

// Every schema a route names exists, and every $ref inside the schemas resolves.
TEST(AccessOpenApi, SchemasCoverEveryRouteDoc) {
  json schemas = openapi_schemas();
  std::set<std::string> named;
  auto db = get(storage::testing::TestDatabase::create("sqlite"), "test database");
  storage::SessionPool pool(db->database());
  AccessService service(pool);
  for (const http::Route& route : service.routes()) {
    EXPECT_FALSE(route.doc.summary.empty()) << route.method << " " << route.pattern;
    EXPECT_FALSE(route.doc.tag.empty()) << route.method << " " << route.pattern;
    for (const auto& name : {route.doc.request, route.doc.response})
      if (name) {
        named.insert(*name);
        EXPECT_TRUE(schemas.contains(*name)) << *name;
      }
  }
  EXPECT_TRUE(named.count("LoginRequest") && named.count("User") && named.count("AuditPage"));
  std::function<void(const json&)> check_refs = [&](const json& node) {
    if (node.is_object()) {
      if (node.contains("$ref")) {
        std::string ref = node["$ref"];
        ASSERT_EQ(ref.rfind("#/components/schemas/", 0), 0u) << ref;
        EXPECT_TRUE(schemas.contains(ref.substr(21))) << ref;
      }
      for (const auto& [key, value] : node.items()) check_refs(value);
    } else if (node.is_array()) {
      for (const auto& value : node) check_refs(value);
    }
  };
  check_refs(schemas);
}

}  // namespace
}  // namespace samla::access::testing
