#include <nlohmann/json.hpp>

#include "access/locked_account.h"
#include "access/test_support.h"

namespace samla::access::testing {
namespace {

using Users = AccessBackendTest;

TEST_P(Users, CreateStoresArgon2idHashAndAuditsWithoutIt) {
  User anna = make_user("anna", Role::facilitator);
  EXPECT_EQ(anna.name, "anna");
  EXPECT_EQ(anna.role, Role::facilitator);
  EXPECT_EQ(anna.version, 1);
  EXPECT_FALSE(anna.disabled);
  auto hash = get(session_->query_one("SELECT password_hash FROM users WHERE id = ?", {anna.id}));
  EXPECT_EQ(hash.text(0).rfind("$argon2id$", 0), 0u);
  auto audit = get(session_->query_one(
      "SELECT action, record_type, record_id, before_json, after_json FROM audit_log"));
  EXPECT_EQ(audit.text(0), "create");
  EXPECT_EQ(audit.text(1), "user");
  EXPECT_EQ(audit.text(2), std::to_string(anna.id));
  EXPECT_TRUE(audit.is_null(3));
  EXPECT_EQ(nlohmann::json::parse(audit.text(4))["role"], "facilitator");
  EXPECT_EQ(audit.text(4).find("argon2"), std::string::npos);
  EXPECT_EQ(audit.text(4).find(kPassword), std::string::npos);
}

// A locked account carries records made in someone's name (the demo's raters): it is made once,
// disabled and audited, and no password opens it until an administrator gives it one and enables
// it.
TEST_P(Users, ALockedAccountIsMadeOnceAndNothingOpensIt) {
  const Principal first = get(
      ensure_locked_account(*session_, "Workshop rater A", Role::facilitator, system_principal()));
  const Principal again = get(
      ensure_locked_account(*session_, "Workshop rater A", Role::facilitator, system_principal()));
  EXPECT_EQ(first.user_id, again.user_id);
  EXPECT_EQ(first.role, Role::facilitator);
  EXPECT_EQ(count("SELECT COUNT(*) FROM users WHERE name = 'Workshop rater A' AND disabled = 1"),
            1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE record_type = 'user'"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE record_type = 'user' AND after_json LIKE "
                  "'%\"disabled\":true%'"),
            1)
      << "audited as made disabled";
  make_user("anna", Role::facilitator);
  auto borrowed = ensure_locked_account(*session_, "anna", Role::facilitator, system_principal());
  ASSERT_FALSE(borrowed.ok()) << "a real account is never borrowed";
  EXPECT_EQ(borrowed.error().code, ErrorCode::conflict);
  for (const char* password : {"", "!", kPassword})
    EXPECT_FALSE(service_->login("Workshop rater A", password, "10.0.0.1").ok());
  UserChange open;
  open.password = kPassword;
  open.disabled = false;
  const User user = get(service_->get_user(first.user_id));
  ASSERT_OK(service_->update_user(first.user_id, open, user.version, system_principal()));
  EXPECT_TRUE(service_->login("Workshop rater A", kPassword, "10.0.0.1").ok())
      << "an administrator may open it";
}

TEST_P(Users, RejectsShortPasswordsBadNamesAndDuplicates) {
  auto short_password =
      service_->create_user("anna", Role::observer, "elevenchars", system_principal());
  ASSERT_FALSE(short_password.ok());
  EXPECT_EQ(short_password.error().code, ErrorCode::invalid);
  ASSERT_EQ(short_password.error().fields.size(), 1u);
  EXPECT_EQ(short_password.error().fields[0].field, "password");
  // Twelve characters in more bytes of UTF-8 are long enough.
  EXPECT_TRUE(
      service_->create_user("åsa", Role::observer, "blåbärssylt!", system_principal()).ok());

  auto bad_name = service_->create_user("", Role::observer, kPassword, system_principal());
  ASSERT_FALSE(bad_name.ok());
  EXPECT_EQ(bad_name.error().fields.at(0).field, "name");

  make_user("anna");
  auto duplicate = service_->create_user("anna", Role::observer, kPassword, system_principal());
  ASSERT_FALSE(duplicate.ok());
  EXPECT_EQ(duplicate.error().code, ErrorCode::conflict);
  EXPECT_EQ(count("SELECT COUNT(*) FROM users"), 2);
}

TEST_P(Users, UpdateChecksVersionAndAudits) {
  make_user("root", Role::admin);
  User anna = make_user("anna", Role::observer);
  auto stale = service_->update_user(anna.id, {.role = Role::coordinator}, 7, system_principal());
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, ErrorCode::precondition_failed);
  EXPECT_EQ(get(service_->get_user(anna.id)).role, Role::observer);

  User updated = get(service_->update_user(anna.id, {.role = Role::coordinator, .disabled = true},
                                           1, system_principal()));
  EXPECT_EQ(updated.role, Role::coordinator);
  EXPECT_TRUE(updated.disabled);
  EXPECT_EQ(updated.version, 2);
  auto audit = get(
      session_->query_one("SELECT before_json, after_json FROM audit_log WHERE action = 'update'"));
  EXPECT_EQ(nlohmann::json::parse(audit.text(0))["role"], "observer");
  EXPECT_EQ(nlohmann::json::parse(audit.text(1))["role"], "coordinator");
  EXPECT_EQ(nlohmann::json::parse(audit.text(1))["disabled"], true);

  EXPECT_FALSE(
      service_->update_user(999, {.role = Role::admin}, std::nullopt, system_principal()).ok());
}

TEST_P(Users, PasswordChangeEndsSessionsAndIsAuditedWithoutHash) {
  User anna = make_user("anna");
  auto login = get(service_->login("anna", kPassword, "10.0.0.1"));
  std::string new_password = "a much better passphrase";
  get(service_->update_user(anna.id, {.password = new_password}, std::nullopt, system_principal()));
  EXPECT_FALSE(service_->authenticate(with_cookie("GET", login)).ok());
  EXPECT_FALSE(service_->login("anna", kPassword, "10.0.0.1").ok());
  EXPECT_TRUE(service_->login("anna", new_password, "10.0.0.1").ok());
  auto audit = get(session_->query_one("SELECT after_json FROM audit_log WHERE action = 'update'"));
  auto after = nlohmann::json::parse(audit.text(0));
  EXPECT_EQ(after["password_changed"], true);
  EXPECT_EQ(audit.text(0).find("argon2"), std::string::npos);
  EXPECT_EQ(audit.text(0).find(new_password), std::string::npos);
}

TEST_P(Users, LastEnabledAdminStays) {
  User root = make_user("root", Role::admin);
  auto demote =
      service_->update_user(root.id, {.role = Role::observer}, std::nullopt, system_principal());
  ASSERT_FALSE(demote.ok());
  EXPECT_EQ(demote.error().code, ErrorCode::conflict);
  make_user("second", Role::admin);
  EXPECT_TRUE(
      service_->update_user(root.id, {.disabled = true}, std::nullopt, system_principal()).ok());
}

TEST_P(Users, FindAndList) {
  make_user("anna");
  make_user("bertil");
  EXPECT_EQ(get(service_->find_user("bertil")).name, "bertil");
  EXPECT_EQ(service_->find_user("cecilia").error().code, ErrorCode::not_found);
  auto users = get(service_->list_users());
  ASSERT_EQ(users.size(), 2u);
  EXPECT_EQ(users[0].name, "anna");
}

TEST_P(Users, LinksOnePersonToOneAccountWhenTheRegisterAgrees) {
  User anna = make_user("anna");
  // No register to ask: nothing is linked.
  auto unasked = service_->update_user(anna.id, {.person_id = std::optional<std::int64_t>(5)},
                                       std::nullopt, system_principal());
  ASSERT_FALSE(unasked.ok());
  EXPECT_EQ(unasked.error().fields.at(0).field, "person_id");

  service_->set_person_check([](storage::Session&, std::int64_t id) -> Status {
    if (id == 5 || id == 6) return ok_status();
    return invalid_field("person_id", Msg::no_person_with_id, {{"id", std::to_string(id)}});
  });
  User linked = get(service_->update_user(anna.id, {.person_id = std::optional<std::int64_t>(5)},
                                          std::nullopt, system_principal()));
  EXPECT_EQ(linked.person_id, 5);
  EXPECT_EQ(linked.version, 2);
  auto taken = service_->create_user("bertil", Role::observer, kPassword, system_principal(), 5);
  ASSERT_FALSE(taken.ok());
  EXPECT_EQ(taken.error().fields.at(0).code, Msg::person_has_account);
  EXPECT_FALSE(service_->find_user("bertil").ok());
  auto missing = service_->update_user(anna.id, {.person_id = std::optional<std::int64_t>(7)},
                                       std::nullopt, system_principal());
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(get(service_->get_user(anna.id)).person_id, 5);

  User bertil =
      get(service_->create_user("bertil", Role::observer, kPassword, system_principal(), 6));
  EXPECT_EQ(bertil.person_id, 6);
  User unlinked = get(service_->update_user(anna.id, {.person_id = std::optional<std::int64_t>()},
                                            std::nullopt, system_principal()));
  EXPECT_FALSE(unlinked.person_id.has_value());
  auto directory = get(service_->user_directory());
  ASSERT_EQ(directory.size(), 2u);
  EXPECT_EQ(directory[0].name, "anna");
  EXPECT_EQ(directory[1].person_id, 6);
}

INSTANTIATE_TEST_SUITE_P(Backends, Users, ::testing::ValuesIn(storage::testing::test_backends()));

}  // namespace
}  // namespace samla::access::testing
