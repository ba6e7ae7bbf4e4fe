// The first account through a set-up link, on both backends: a link only while there is no
// account; only its digest stored; bad input changes nothing; used once, within its lifetime;
// the first link used closes every other.
#include "access/credentials.h"
#include "access/test_support.h"

namespace samla::access::testing {
namespace {

using FirstRun = AccessBackendTest;

std::string open_link(AccessService& service) {
  auto secret = get(service.open_setup(), "open_setup");
  EXPECT_TRUE(secret.has_value());
  return secret.value_or("");
}

TEST_P(FirstRun, ALinkCreatesTheFirstAdministratorOnceAndLogsThemIn) {
  EXPECT_TRUE(get(service_->setup_needed()));
  const std::string secret = open_link(*service_);
  EXPECT_EQ(secret.size(), 43u);  // 256 bits, base64url
  EXPECT_EQ(count("SELECT COUNT(*) FROM setup_links WHERE secret_hash = ?",
                  {credentials::sha256_hex(secret)}),
            1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM setup_links WHERE secret_hash = ?", {secret}), 0);

  LoginResult login = get(service_->complete_setup(secret, "maria", kPassword, "127.0.0.1"));
  EXPECT_EQ(login.user.name, "maria");
  EXPECT_EQ(login.user.role, Role::admin);
  EXPECT_FALSE(login.session_secret.empty());
  Principal caller = get(service_->authenticate(with_cookie("GET", login)));
  EXPECT_EQ(caller.name, "maria");
  EXPECT_FALSE(get(service_->setup_needed()));
  EXPECT_EQ(count("SELECT COUNT(*) FROM setup_links"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE record_type = 'user' AND action = "
                  "'create' AND user_name = 'setup link'"),
            1);

  // Used: the same link again is not found, and an installation with an account opens none.
  auto again = service_->complete_setup(secret, "mallory", kPassword, "127.0.0.1");
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::not_found);
  EXPECT_FALSE(get(service_->open_setup()).has_value());
  EXPECT_EQ(count("SELECT COUNT(*) FROM users"), 1);
}

TEST_P(FirstRun, BadInputChangesNothingAndKeepsTheLink) {
  const std::string secret = open_link(*service_);
  struct Case {
    const char* what;
    std::string secret, name, password;
    ErrorCode code;
    const char* field;
  };
  const std::vector<Case> cases{
      {"a wrong secret", "not-the-secret", "maria", kPassword, ErrorCode::not_found, ""},
      {"an over-long secret", std::string(500, 'a'), "maria", kPassword, ErrorCode::not_found, ""},
      {"a short password", secret, "maria", "too short", ErrorCode::invalid, "password"},
      {"no name", secret, "", kPassword, ErrorCode::invalid, "name"},
  };
  for (const auto& c : cases) {
    auto result = service_->complete_setup(c.secret, c.name, c.password, "127.0.0.1");
    ASSERT_FALSE(result.ok()) << c.what;
    EXPECT_EQ(result.error().code, c.code) << c.what;
    if (*c.field) {
      ASSERT_FALSE(result.error().fields.empty()) << c.what;
      EXPECT_EQ(result.error().fields[0].field, c.field) << c.what;
    }
  }
  EXPECT_EQ(count("SELECT COUNT(*) FROM users"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM setup_links"), 1) << "a wrong secret closes nothing";
  EXPECT_TRUE(service_->complete_setup(secret, "maria", kPassword, "127.0.0.1").ok());
}

TEST_P(FirstRun, ALinkExpiresAndTheFirstUsedClosesTheOthers) {
  const std::string old_link = open_link(*service_);
  advance(std::chrono::hours(25));
  auto expired = service_->complete_setup(old_link, "maria", kPassword, "127.0.0.1");
  ASSERT_FALSE(expired.ok());
  EXPECT_EQ(expired.error().code, ErrorCode::not_found);

  // Two servers started on one database: two links; opening one sweeps the expired one.
  const std::string first = open_link(*service_), second = open_link(*service_);
  EXPECT_NE(first, second);
  EXPECT_EQ(count("SELECT COUNT(*) FROM setup_links"), 2);
  EXPECT_TRUE(service_->complete_setup(second, "maria", kPassword, "127.0.0.1").ok());
  auto other = service_->complete_setup(first, "anders", kPassword, "127.0.0.1");
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.error().code, ErrorCode::not_found);
  EXPECT_EQ(count("SELECT COUNT(*) FROM users"), 1);
}

TEST_P(FirstRun, AnInstallationWithAnAccountNeedsNoLink) {
  make_user("anna", Role::observer);
  EXPECT_FALSE(get(service_->setup_needed()));
  EXPECT_FALSE(get(service_->open_setup()).has_value());
  EXPECT_EQ(count("SELECT COUNT(*) FROM setup_links"), 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, FirstRun,
                         ::testing::ValuesIn(storage::testing::test_backends()));

}  // namespace
}  // namespace samla::access::testing
