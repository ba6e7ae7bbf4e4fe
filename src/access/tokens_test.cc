#include <nlohmann/json.hpp>

#include <regex>

#include "access/credentials.h"
#include "access/test_support.h"

namespace samla::access::testing {
namespace {

using namespace std::chrono_literals;
using Tokens = AccessBackendTest;

Principal principal_of(const User& user) {
  return Principal{user.id, user.name, user.role, std::nullopt};
}

TEST_P(Tokens, CreateAuthenticateRevoke) {
  User anna = make_user("anna", Role::observer);
  auto issued = get(service_->create_token(anna.id, "laptop", principal_of(anna)));
  EXPECT_TRUE(std::regex_match(issued.secret, std::regex("^samla_[A-Za-z0-9_-]{43}$")));
  EXPECT_EQ(issued.token.user_id, anna.id);
  EXPECT_FALSE(issued.token.last_used_at);

  // Only the SHA-256 is stored; the secret appears nowhere in the database.
  auto row =
      get(session_->query_one("SELECT token_hash FROM api_tokens WHERE id = ?", {issued.token.id}));
  EXPECT_EQ(row.text(0), credentials::sha256_hex(issued.secret));
  EXPECT_TRUE(std::regex_match(row.text(0), std::regex("^[0-9a-f]{64}$")));
  EXPECT_EQ(count("SELECT COUNT(*) FROM api_tokens WHERE token_hash = ? OR name = ?",
                  {issued.secret, issued.secret}),
            0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE after_json LIKE ?",
                  {"%" + issued.secret.substr(6) + "%"}),
            0);

  // A Bearer token needs no CSRF token, even for writes.
  Principal who = get(service_->authenticate(with_bearer("POST", issued.secret)));
  EXPECT_EQ(who.user_id, anna.id);
  EXPECT_EQ(who.role, Role::observer);
  EXPECT_EQ(who.token_id, issued.token.id);
  EXPECT_TRUE(get(service_->list_tokens(anna.id)).at(0).last_used_at);

  ASSERT_OK(service_->revoke_token(issued.token.id, principal_of(anna)));
  auto after = service_->authenticate(with_bearer("GET", issued.secret));
  ASSERT_FALSE(after.ok());
  EXPECT_EQ(after.error().code, ErrorCode::unauthenticated);
  EXPECT_TRUE(get(service_->list_tokens(anna.id)).at(0).revoked_at);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE record_type = 'token' AND record_id = ?",
                  {std::to_string(issued.token.id)}),
            2);
}

TEST_P(Tokens, BearerNeverFallsBackToTheCookie) {
  make_user("anna");
  auto login = get(service_->login("anna", kPassword, "10.0.0.1"));
  auto r = with_cookie("GET", login);
  r.headers["authorization"] = "Bearer samla_invalid";
  EXPECT_EQ(service_->authenticate(r).error().code, ErrorCode::unauthenticated);
}

TEST_P(Tokens, OthersTokensAreInvisibleExceptToAdmins) {
  User anna = make_user("anna", Role::coordinator);
  User bertil = make_user("bertil", Role::coordinator);
  User root = make_user("root", Role::admin);
  auto issued = get(service_->create_token(anna.id, "laptop", principal_of(anna)));
  auto refused = service_->revoke_token(issued.token.id, principal_of(bertil));
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::not_found);
  EXPECT_TRUE(service_->authenticate(with_bearer("GET", issued.secret)).ok());
  EXPECT_EQ(service_->create_token(anna.id, "sneaky", principal_of(bertil)).error().code,
            ErrorCode::forbidden);
  ASSERT_OK(service_->revoke_token(issued.token.id, principal_of(root)));
  EXPECT_FALSE(service_->authenticate(with_bearer("GET", issued.secret)).ok());
  EXPECT_EQ(service_->revoke_token(12345, principal_of(root)).error().code, ErrorCode::not_found);
}

TEST_P(Tokens, LastUsedIsWrittenAtMostOncePerMinute) {
  User anna = make_user("anna");
  auto issued = get(service_->create_token(anna.id, "ci", principal_of(anna)));
  ASSERT_TRUE(service_->authenticate(with_bearer("GET", issued.secret)).ok());
  std::string first = *get(service_->list_tokens(anna.id)).at(0).last_used_at;
  advance(10s);
  ASSERT_TRUE(service_->authenticate(with_bearer("GET", issued.secret)).ok());
  EXPECT_EQ(*get(service_->list_tokens(anna.id)).at(0).last_used_at, first);
  advance(60s);
  ASSERT_TRUE(service_->authenticate(with_bearer("GET", issued.secret)).ok());
  EXPECT_NE(*get(service_->list_tokens(anna.id)).at(0).last_used_at, first);
}

TEST_P(Tokens, NameIsValidated) {
  User anna = make_user("anna");
  auto empty = service_->create_token(anna.id, "", principal_of(anna));
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().fields.at(0).field, "name");
}

INSTANTIATE_TEST_SUITE_P(Backends, Tokens, ::testing::ValuesIn(storage::testing::test_backends()));

}  // namespace
}  // namespace samla::access::testing
