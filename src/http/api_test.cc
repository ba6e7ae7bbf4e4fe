#include "http/api.h"

#include <gtest/gtest.h>

namespace samla::http {
namespace {

using nlohmann::json;

Request with_headers(std::map<std::string, std::string> headers, std::string body = "") {
  Request request;
  request.headers = std::move(headers);
  request.body = std::move(body);
  return request;
}

TEST(Problem, HasRfc9457Shape) {
  Response response =
      problem_response(make_error(ErrorCode::not_found, Msg::no_such_person, {{"id", "4"}}));
  EXPECT_EQ(response.status, 404);
  EXPECT_EQ(response.content_type, "application/problem+json");
  json body = json::parse(response.body);
  EXPECT_EQ(body["type"], "about:blank");
  EXPECT_EQ(body["title"], "Not Found");
  EXPECT_EQ(body["status"], 404);
  EXPECT_EQ(body["detail"], "No person has id 4.");
  // The detail's code and parameters, so that a client can word it itself.
  EXPECT_EQ(body["code"], "no_such_person");
  EXPECT_EQ(body["params"], (json{{"id", "4"}}));
  EXPECT_FALSE(body.contains("errors"));
}

// Every answer that is not a 422 is read in the request's language too: a 404, 409, 403, and
// the plain words of a failure whose own text is for the log only.
TEST(Problem, EveryDetailIsWordedInTheRequestsLanguage) {
  Response missing =
      problem_response(make_error(ErrorCode::not_found, Msg::no_such_person, {{"id", "4"}}));
  localize_problem(missing, Language::sv);
  EXPECT_EQ(json::parse(missing.body)["detail"], "Det finns ingen person med id 4.");

  Response in_use =
      problem_response(make_error(ErrorCode::conflict, Msg::theme_in_use, {{"count", "3"}}));
  localize_problem(in_use, Language::sv);
  EXPECT_EQ(json::parse(in_use.body)["detail"],
            "3 personer har det här temat som expertis; ta bort det från dem först.");

  Response clash =
      problem_response(hidden_error(ErrorCode::conflict, "UNIQUE constraint failed: people.email"));
  EXPECT_EQ(clash.body.find("UNIQUE"), std::string::npos);
  localize_problem(clash, Language::sv);
  EXPECT_EQ(json::parse(clash.body)["detail"], "Det krockar med något som redan är sparat.");

  Response route = problem_response(405, Message(Msg::method_not_accepted, {{"method", "PUT"}}));
  localize_problem(route, Language::sv);
  EXPECT_EQ(json::parse(route.body)["detail"], "Den här adressen tar inte emot PUT.");
}

// A failure made with hidden_error keeps its text for the log and the CLI.
TEST(Problem, HiddenErrorsKeepTheirTextForTheLog) {
  Error e = hidden_error(ErrorCode::unavailable, "cannot open /data/samla.db: disk full");
  EXPECT_EQ(e.message, "cannot open /data/samla.db: disk full");
  EXPECT_EQ(e.detail.code, Msg::service_unavailable);
  Response response = problem_response(e);
  EXPECT_EQ(response.body.find("/data"), std::string::npos);
}

TEST(Problem, InvalidCarriesFieldErrors) {
  Response response =
      problem_response(invalid_fields({FieldError("email", Msg::email_format),
                                       FieldError("name", Msg::max_characters, {{"max", "300"}})}));
  EXPECT_EQ(response.status, 422);
  json body = json::parse(response.body);
  EXPECT_EQ(body["title"], "Unprocessable Content");
  ASSERT_EQ(body["errors"].size(), 2u);
  EXPECT_EQ(body["errors"][0], (json{{"field", "email"},
                                     {"code", "email_format"},
                                     {"params", json::object()},
                                     {"message", "is not an e-mail address"}}));
  EXPECT_EQ(body["errors"][1]["field"], "name");
  EXPECT_EQ(body["errors"][1]["params"], (json{{"max", "300"}}));
  EXPECT_EQ(body["errors"][1]["message"], "must be at most 300 characters");
}

TEST(Problem, FieldErrorsAreWordedInTheRequestsLanguage) {
  Response response = problem_response(invalid_fields(
      {FieldError("level", Msg::must_be_values, {{"values", "local\nregional\nnational"}})}));
  Response english = response;
  localize_problem(english, Language::en);
  EXPECT_EQ(english.body, response.body);
  localize_problem(response, Language::sv);
  json body = json::parse(response.body);
  EXPECT_EQ(body["detail"], "Ett eller flera fält är felaktiga.");
  EXPECT_EQ(body["errors"][0]["code"], "must_be_values");
  EXPECT_EQ(body["errors"][0]["message"], "måste vara local, regional eller national");
}

TEST(Problem, OnlyProblemAnswersAreLocalized) {
  Response response = json_response(200, {{"errors", json::array()}});
  std::string before = response.body;
  localize_problem(response, Language::sv);
  EXPECT_EQ(response.body, before);
}

TEST(Problem, InternalErrorsHideTheirMessage) {
  Response response =
      problem_response(hidden_error(ErrorCode::internal, "SQL near 'FROM': syntax error"));
  EXPECT_EQ(response.status, 500);
  EXPECT_EQ(response.body.find("SQL"), std::string::npos);
}

TEST(StatusFor, MapsEveryCode) {
  EXPECT_EQ(status_for(ErrorCode::invalid), 422);
  EXPECT_EQ(status_for(ErrorCode::malformed), 400);
  EXPECT_EQ(status_for(ErrorCode::not_found), 404);
  EXPECT_EQ(status_for(ErrorCode::conflict), 409);
  EXPECT_EQ(status_for(ErrorCode::precondition_failed), 412);
  EXPECT_EQ(status_for(ErrorCode::unauthenticated), 401);
  EXPECT_EQ(status_for(ErrorCode::forbidden), 403);
  EXPECT_EQ(status_for(ErrorCode::too_many_requests), 429);
  EXPECT_EQ(status_for(ErrorCode::unavailable), 503);
  EXPECT_EQ(status_for(ErrorCode::internal), 500);
  EXPECT_EQ(status_for(ErrorCode::unsupported_media_type), 415);
  EXPECT_EQ(status_for(ErrorCode::payload_too_large), 413);
}

TEST(JsonBody, AcceptsJsonWithCharset) {
  auto body = parse_json_body(
      with_headers({{"content-type", "Application/JSON; charset=utf-8"}}, R"({"name":"Åsa"})"));
  ASSERT_TRUE(body.ok());
  EXPECT_EQ((*body)["name"], "Åsa");
}

TEST(JsonBody, RejectsOtherMediaTypesWith415) {
  auto body = parse_json_body(with_headers({{"content-type", "text/plain"}}, "{}"));
  ASSERT_FALSE(body.ok());
  EXPECT_EQ(status_for(body.error().code), 415);
  EXPECT_EQ(status_for(parse_json_body(with_headers({}, "{}")).error().code), 415);
}

TEST(JsonBody, MalformedIs400WithPosition) {
  auto body =
      parse_json_body(with_headers({{"content-type", "application/json"}}, R"({"name": })"));
  ASSERT_FALSE(body.ok());
  EXPECT_EQ(status_for(body.error().code), 400);
  EXPECT_NE(body.error().message.find("byte 10"), std::string::npos) << body.error().message;
}

TEST(JsonBody, NonObjectIs422) {
  auto body = parse_json_body(with_headers({{"content-type", "application/json"}}, "[1,2]"));
  ASSERT_FALSE(body.ok());
  EXPECT_EQ(status_for(body.error().code), 422);
}

TEST(IfMatch, ParsesStrongWeakAndStar) {
  auto version = [](std::string value) {
    return if_match_version(with_headers({{"if-match", value}}));
  };
  EXPECT_EQ(*version("\"12\""), std::optional<std::int64_t>{12});
  EXPECT_EQ(*version("W/\"3\""), std::optional<std::int64_t>{3});
  EXPECT_EQ(*version(" \"7\" "), std::optional<std::int64_t>{7});
  EXPECT_EQ(*version("*"), std::nullopt);
  EXPECT_EQ(*if_match_version(with_headers({})), std::nullopt);
  for (std::string bad : {"12", "\"x\"", "\"-1\"", "\"1\", \"2\"", "W/12", "\"\""}) {
    auto result = version(bad);
    ASSERT_FALSE(result.ok()) << bad;
    EXPECT_EQ(status_for(result.error().code), 400) << bad;
  }
  EXPECT_EQ(etag_for(12), "\"12\"");
  EXPECT_EQ(*version(etag_for(41)), std::optional<std::int64_t>{41});
}

TEST(Request, HeaderCookieAndQueryParam) {
  Request request =
      with_headers({{"cookie", "a=1; samla_session=abc%3D; theme=\"dark\""}, {"x-y", "z"}});
  request.query = {{"q", "Malmö"}, {"tag", "x"}};
  EXPECT_EQ(request.header("x-y"), "z");
  EXPECT_EQ(request.header("missing"), "");
  EXPECT_EQ(request.cookie("samla_session"), "abc%3D");
  EXPECT_EQ(request.cookie("theme"), "dark");
  EXPECT_EQ(request.cookie("session"), std::nullopt);  // not a suffix match
  EXPECT_EQ(request.query_param("q"), "Malmö");
  EXPECT_EQ(request.query_param("none"), std::nullopt);
}

TEST(Transition, ReadsIdVersionAndTheStatusNamed) {
  auto move = [](std::string body) {
    Request request = with_headers({{"content-type", "application/json"}, {"if-match", "\"4\""}},
                                   std::move(body));
    request.path_params = {{"id", "9"}};
    return read_transition(request);
  };
  auto good = move(R"({"to": "final", "note": "x"})");
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(good->id, 9);
  EXPECT_EQ(good->version, std::optional<std::int64_t>{4});
  EXPECT_EQ(good->to, "final");
  EXPECT_EQ(good->body["note"], "x");
  for (std::string bad : {"{}", R"({"to": 3})", R"({"to": null})"}) {
    auto refused = move(bad);
    ASSERT_FALSE(refused.ok()) << bad;
    EXPECT_EQ(status_for(refused.error().code), 422) << bad;
    ASSERT_EQ(refused.error().fields.size(), 1u) << bad;
    EXPECT_EQ(refused.error().fields[0].field, "to") << bad;
  }
}

TEST(IdParam, PositiveIntegersOnly) {
  Request request;
  request.path_params = {{"id", "42"}, {"bad", "4x"}, {"zero", "0"}, {"neg", "-3"}};
  EXPECT_EQ(*id_param(request), 42);
  for (std::string name : {"bad", "zero", "neg", "absent"}) {
    auto id = id_param(request, name);
    ASSERT_FALSE(id.ok()) << name;
    EXPECT_EQ(status_for(id.error().code), 404);
  }
}

TEST(Health, ReportsTheProbe) {
  Request request;
  Response up = health_route([] { return true; }, "1.2.3").handler(request);
  EXPECT_EQ(up.status, 200);
  EXPECT_EQ(json::parse(up.body),
            (json{{"status", "ok"}, {"version", "1.2.3"}, {"database", "ok"}}));
  Response down = health_route([] { return false; }, "1.2.3").handler(request);
  EXPECT_EQ(down.status, 503);
  EXPECT_EQ(json::parse(down.body)["database"], "unavailable");
}

}  // namespace
}  // namespace samla::http
