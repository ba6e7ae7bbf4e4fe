// The audit log: append-only in the database itself, written in the caller's transaction,
// listed newest first with cursor pages and filters. Run on every backend.
#include <nlohmann/json.hpp>

#include "access/audit.h"
#include "access/test_support.h"

namespace samla::access::testing {
namespace {

using AuditLog = AccessBackendTest;

TEST_P(AuditLog, DatabaseRefusesUpdateAndDelete) {
  nlohmann::json after = {{"name", "x"}};
  ASSERT_OK(record_change(*session_, system_principal(), "create", "theme", "1", nullptr, &after));
  auto updated = session_->execute("UPDATE audit_log SET user_name = ?", {std::string("mallory")});
  EXPECT_FALSE(updated.ok());
  auto deleted = session_->execute("DELETE FROM audit_log");
  EXPECT_FALSE(deleted.ok());
  if (session_->dialect() == storage::Dialect::postgres) {
    EXPECT_FALSE(session_->execute_script("TRUNCATE audit_log").ok());
  }
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE user_name = 'system'"), 1);
}

TEST_P(AuditLog, EntryRollsBackWithItsTransaction) {
  Status failed = storage::in_transaction(*session_, [](storage::Session& s) -> Status {
    nlohmann::json after = {{"name", "x"}};
    SAMLA_TRY(record_change(s, system_principal(), "create", "theme", "1", nullptr, &after));
    return hidden_error(ErrorCode::invalid, "the write itself failed afterwards");
  });
  EXPECT_FALSE(failed.ok());
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log"), 0);
}

TEST_P(AuditLog, ListsNewestFirstWithCursorAndFilters) {
  User anna = make_user("anna");
  Principal actor{anna.id, anna.name, anna.role, std::nullopt};
  for (int i = 1; i <= 5; ++i) {
    nlohmann::json after = {{"n", i}};
    ASSERT_OK(
        record_change(*session_, actor, "create", "theme", std::to_string(i), nullptr, &after));
  }
  AuditQuery query;
  query.record_type = "theme";
  query.limit = 2;
  auto first = get(list_audit(*session_, query));
  EXPECT_EQ(first.total, 5);
  ASSERT_EQ(first.items.size(), 2u);
  EXPECT_EQ(first.items[0].record_id, "5");
  EXPECT_EQ(first.items[1].record_id, "4");
  EXPECT_EQ(first.items[0].user_id, anna.id);
  EXPECT_EQ(nlohmann::json::parse(*first.items[0].after_json)["n"], 5);
  EXPECT_FALSE(first.items[0].before_json);
  ASSERT_TRUE(first.next);

  query.cursor = first.next;
  auto second = get(list_audit(*session_, query));
  ASSERT_EQ(second.items.size(), 2u);
  EXPECT_EQ(second.items[0].record_id, "3");
  query.cursor = second.next;
  auto last = get(list_audit(*session_, query));
  ASSERT_EQ(last.items.size(), 1u);
  EXPECT_EQ(last.items[0].record_id, "1");
  EXPECT_FALSE(last.next);

  AuditQuery by_record;
  by_record.record_type = "theme";
  by_record.record_id = "3";
  EXPECT_EQ(get(list_audit(*session_, by_record)).total, 1);
  AuditQuery by_user;
  by_user.user_id = anna.id;
  EXPECT_EQ(get(list_audit(*session_, by_user)).total, 5);
  // The system principal (who created anna) is no user: its entries carry no user_id.
  AuditQuery users;
  users.record_type = "user";
  auto created = get(list_audit(*session_, users));
  ASSERT_EQ(created.total, 1);
  EXPECT_FALSE(created.items[0].user_id);
  EXPECT_EQ(created.items[0].user_name, "system");
}

TEST_P(AuditLog, RejectsBadCursorAndLimit) {
  AuditQuery query;
  query.cursor = "abc";
  auto bad_cursor = list_audit(*session_, query);
  ASSERT_FALSE(bad_cursor.ok());
  EXPECT_EQ(bad_cursor.error().code, ErrorCode::invalid);
  EXPECT_EQ(bad_cursor.error().fields.at(0).field, "cursor");
  AuditQuery too_many;
  too_many.limit = kMaxPageSize + 1;
  auto bad_limit = list_audit(*session_, too_many);
  ASSERT_FALSE(bad_limit.ok());
  EXPECT_EQ(bad_limit.error().fields.at(0).field, "limit");
}

TEST_P(AuditLog, SchemaRefusesUnknownRoles) {
  auto inserted = session_->execute(
      "INSERT INTO users (name, role, password_hash, created_at, updated_at) VALUES "
      "(?, ?, ?, ?, ?)",
      {std::string("eve"), std::string("superuser"), std::string("x"), std::string("t"),
       std::string("t")});
  EXPECT_FALSE(inserted.ok());
}

INSTANTIATE_TEST_SUITE_P(Backends, AuditLog,
                         ::testing::ValuesIn(storage::testing::test_backends()));

// On SQLite, make the audit insert itself fail: the user it would describe must not exist.
TEST_F(AccessTest, FailedAuditWriteLeavesNoUser) {
  ASSERT_OK(
      session_->execute_script("CREATE TRIGGER audit_refuses BEFORE INSERT ON audit_log "
                               "BEGIN SELECT RAISE(ABORT, 'audit unavailable'); END;"));
  auto created = service_->create_user("bertil", Role::observer, kPassword, system_principal());
  EXPECT_FALSE(created.ok());
  EXPECT_EQ(count("SELECT COUNT(*) FROM users"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log"), 0);
}

}  // namespace
}  // namespace samla::access::testing
