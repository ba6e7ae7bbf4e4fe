// Logging in, rate limits, session expiry and CSRF.
#include <nlohmann/json.hpp>

#include "access/credentials.h"
#include "access/test_support.h"

namespace samla::access::testing {
namespace {

using namespace std::chrono_literals;
using Login = AccessBackendTest;

TEST_P(Login, SucceedsAndStoresOnlyTheSecretsDigest) {
  User anna = make_user("anna");
  auto login = get(service_->login("anna", kPassword, "10.0.0.1"));
  EXPECT_EQ(login.user.id, anna.id);
  EXPECT_EQ(login.session_secret.size(), 43u);
  EXPECT_EQ(login.csrf_token.size(), 43u);
  EXPECT_NE(login.session_secret, login.csrf_token);
  auto row = get(session_->query_one("SELECT token_hash, expires_at FROM sessions"));
  EXPECT_EQ(row.text(0), credentials::sha256_hex(login.session_secret));
  EXPECT_EQ(row.text(1), login.expires_at);
  EXPECT_EQ(row.text(1), format_iso8601(now_ + 12h));
  EXPECT_EQ(count("SELECT COUNT(*) FROM sessions WHERE token_hash = ?", {login.session_secret}), 0);

  auto audit = get(session_->query_one(
      "SELECT user_id, action, record_type, after_json FROM audit_log WHERE action = 'login'"));
  EXPECT_EQ(audit.integer(0), anna.id);
  EXPECT_EQ(audit.text(2), "session");
  EXPECT_EQ(nlohmann::json::parse(audit.text(3))["remote_address"], "10.0.0.1");
  EXPECT_EQ(audit.text(3).find(login.session_secret), std::string::npos);

  Principal who = get(service_->authenticate(with_cookie("GET", login)));
  EXPECT_EQ(who.user_id, anna.id);
  EXPECT_EQ(who.role, Role::coordinator);
  EXPECT_FALSE(who.token_id);
}

TEST_P(Login, WrongPasswordAndUnknownUserLookTheSame) {
  make_user("anna");
  auto wrong = service_->login("anna", "not the password", "10.0.0.1");
  auto unknown = service_->login("nobody", "not the password", "10.0.0.1");
  ASSERT_FALSE(wrong.ok());
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(wrong.error().code, ErrorCode::unauthenticated);
  EXPECT_EQ(unknown.error().code, ErrorCode::unauthenticated);
  EXPECT_EQ(wrong.error().message, unknown.error().message);
  EXPECT_EQ(count("SELECT COUNT(*) FROM sessions"), 0);
}

TEST_P(Login, DisabledUserCannotLogInAndLosesSessionsAndTokens) {
  make_user("root", Role::admin);
  User anna = make_user("anna");
  auto login = get(service_->login("anna", kPassword, "10.0.0.1"));
  Principal anna_p{anna.id, anna.name, anna.role, std::nullopt};
  auto token = get(service_->create_token(anna.id, "script", anna_p));
  get(service_->update_user(anna.id, {.disabled = true}, std::nullopt, system_principal()));
  auto refused = service_->login("anna", kPassword, "10.0.0.1");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::unauthenticated);
  EXPECT_EQ(service_->authenticate(with_cookie("GET", login)).error().code,
            ErrorCode::unauthenticated);
  EXPECT_EQ(service_->authenticate(with_bearer("GET", token.secret)).error().code,
            ErrorCode::unauthenticated);
  // Enabled again, the token works again; the session was ended for good.
  get(service_->update_user(anna.id, {.disabled = false}, std::nullopt, system_principal()));
  EXPECT_TRUE(service_->authenticate(with_bearer("GET", token.secret)).ok());
  EXPECT_FALSE(service_->authenticate(with_cookie("GET", login)).ok());
}

TEST_P(Login, PairThatKeepsFailingWaitsAndOthersDoNot) {
  make_user("anna");
  for (int i = 0; i < 5; ++i)
    EXPECT_EQ(service_->login("anna", "wrong password!", "10.6.6.6").error().code,
              ErrorCode::unauthenticated)
        << i;
  // The attacking pair waits, even with the right password, and is told how long.
  auto sixth = service_->login("anna", kPassword, "10.6.6.6");
  ASSERT_FALSE(sixth.ok());
  EXPECT_EQ(sixth.error().code, ErrorCode::too_many_requests);
  EXPECT_EQ(service_->login("ANNA", kPassword, "10.6.6.6").error().code,
            ErrorCode::too_many_requests);  // case variants share the count
  EXPECT_EQ(get(service_->login_wait("anna", "10.6.6.6")), std::optional(30s));
  // The owner, from anywhere else, is not slowed at all.
  EXPECT_TRUE(service_->login("anna", kPassword, "10.0.0.1").ok());
  advance(30s);
  EXPECT_TRUE(service_->login("anna", kPassword, "10.6.6.6").ok());
  EXPECT_EQ(count("SELECT COUNT(*) FROM login_throttle"), 0);  // success forgets the pair
}

TEST_P(Login, ManyNamesFailingFromOneAddressDoNotBlockAnotherUser) {
  make_user("anna");
  for (int i = 0; i < 6; ++i)
    (void)service_->login("user" + std::to_string(i), "wrong password!", "10.6.6.6");
  EXPECT_TRUE(service_->login("anna", kPassword, "10.6.6.6").ok());
  EXPECT_EQ(count("SELECT COUNT(*) FROM login_throttle"), 6);
}

TEST_P(Login, OverlongInputIsRefusedAndNothingIsStored) {
  make_user("anna");
  auto long_name = service_->login(std::string(1 << 20, 'a'), "wrong password!", "10.6.6.6");
  ASSERT_FALSE(long_name.ok());
  EXPECT_EQ(long_name.error().code, ErrorCode::invalid);
  EXPECT_EQ(long_name.error().fields.at(0).field, "name");
  auto long_password = service_->login("anna", std::string(4001, 'x'), "10.6.6.6");
  ASSERT_FALSE(long_password.ok());
  EXPECT_EQ(long_password.error().fields.at(0).field, "password");
  EXPECT_EQ(count("SELECT COUNT(*) FROM login_throttle"), 0);
}

TEST_P(Login, SessionEndsAfterIdleTimeout) {
  make_user("anna");
  auto login = get(service_->login("anna", kPassword, "10.0.0.1"));
  advance(29min);
  EXPECT_TRUE(service_->authenticate(with_cookie("GET", login)).ok());
  advance(29min);  // 29 minutes since the last request: still alive
  EXPECT_TRUE(service_->authenticate(with_cookie("GET", login)).ok());
  advance(30min);
  auto idle = service_->authenticate(with_cookie("GET", login));
  ASSERT_FALSE(idle.ok());
  EXPECT_EQ(idle.error().code, ErrorCode::unauthenticated);
  EXPECT_EQ(count("SELECT COUNT(*) FROM sessions"), 0);  // deleted on the way
}

TEST_P(Login, SessionEndsAtAbsoluteTimeoutDespiteActivity) {
  make_user("anna");
  auto login = get(service_->login("anna", kPassword, "10.0.0.1"));
  for (int i = 0; i < 35; ++i) {  // 35 × 20 min = 11 h 40 min
    advance(20min);
    ASSERT_TRUE(service_->authenticate(with_cookie("GET", login)).ok()) << i;
  }
  advance(20min);  // 12 h
  EXPECT_EQ(service_->authenticate(with_cookie("GET", login)).error().code,
            ErrorCode::unauthenticated);
}

TEST_P(Login, LastSeenIsWrittenAtMostOncePerMinute) {
  make_user("anna");
  auto login = get(service_->login("anna", kPassword, "10.0.0.1"));
  std::string at_login = format_iso8601(now_);
  advance(30s);
  ASSERT_TRUE(service_->authenticate(with_cookie("GET", login)).ok());
  EXPECT_EQ(get(session_->query_one("SELECT last_seen_at FROM sessions")).text(0), at_login);
  advance(31s);
  ASSERT_TRUE(service_->authenticate(with_cookie("GET", login)).ok());
  EXPECT_EQ(get(session_->query_one("SELECT last_seen_at FROM sessions")).text(0),
            format_iso8601(now_));
}

TEST_P(Login, CookieWritesNeedTheCsrfToken) {
  make_user("anna");
  auto login = get(service_->login("anna", kPassword, "10.0.0.1"));
  for (const char* method : {"POST", "PUT", "PATCH", "DELETE"}) {
    EXPECT_EQ(service_->authenticate(with_cookie(method, login)).error().code, ErrorCode::forbidden)
        << method;
    EXPECT_EQ(service_->authenticate(with_cookie(method, login, "wrong")).error().code,
              ErrorCode::forbidden)
        << method;
    EXPECT_TRUE(service_->authenticate(with_cookie(method, login, login.csrf_token)).ok())
        << method;
  }
  EXPECT_TRUE(service_->authenticate(with_cookie("GET", login)).ok());
  EXPECT_TRUE(service_->authenticate(with_cookie("HEAD", login)).ok());
}

TEST_P(Login, LogoutEndsTheSessionAndIsAudited) {
  User anna = make_user("anna");
  auto login = get(service_->login("anna", kPassword, "10.0.0.1"));
  Principal who = get(service_->authenticate(with_cookie("GET", login)));
  ASSERT_OK(service_->logout(login.session_secret, who));
  EXPECT_FALSE(service_->authenticate(with_cookie("GET", login)).ok());
  EXPECT_EQ(
      count("SELECT COUNT(*) FROM audit_log WHERE action = 'logout' AND user_id = ?", {anna.id}),
      1);
  ASSERT_OK(service_->logout(login.session_secret, who));  // twice is harmless
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'logout'"), 1);
}

TEST_P(Login, NoCredentialsOrGarbageAreUnauthenticated) {
  EXPECT_EQ(service_->authenticate(request("GET")).error().code, ErrorCode::unauthenticated);
  EXPECT_EQ(
      service_->authenticate(request("GET", {{"cookie", "samla_session=nonsense"}})).error().code,
      ErrorCode::unauthenticated);
  EXPECT_EQ(service_->authenticate(request("GET", {{"authorization", "Basic YTpi"}})).error().code,
            ErrorCode::unauthenticated);
}

INSTANTIATE_TEST_SUITE_P(Backends, Login, ::testing::ValuesIn(storage::testing::test_backends()));

}  // namespace
}  // namespace samla::access::testing
