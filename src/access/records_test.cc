// The record kit on every backend: the If-Match check, the delete of exactly one row at the
// version read, and the audit entries each write leaves.
#include <nlohmann/json.hpp>

#include "access/audit.h"
#include "access/records.h"
#include "access/test_support.h"

namespace samla::access::testing {
namespace {

using RecordKit = AccessBackendTest;

constexpr RecordKind kWidget{"widgets", "widget", "widget"};

class RecordKitTest : public RecordKit {
 protected:
  void SetUp() override {
    RecordKit::SetUp();
    if (HasFatalFailure()) return;
    ASSERT_OK(session_->execute_script(
        "CREATE TABLE widgets (id INTEGER PRIMARY KEY, version INTEGER NOT NULL)"));
    ASSERT_OK(session_->execute("INSERT INTO widgets (id, version) VALUES (7, 3)"));
  }
  std::vector<AuditEntry> audit_of_widget_7() {
    AuditQuery query;
    query.record_type = "widget";
    query.record_id = "7";
    return get(list_audit(*session_, query)).items;
  }
};

TEST_P(RecordKitTest, AStaleIfMatchIsPreconditionFailedNamingTheCurrentVersion) {
  EXPECT_TRUE(check_version(3, std::nullopt).ok());  // no If-Match: last write wins
  EXPECT_TRUE(check_version(3, 3).ok());
  Status stale = check_version(4, 3);
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, ErrorCode::precondition_failed);
  EXPECT_EQ(stale.error().detail, Message(Msg::changed_since_read, {{"version", "4"}}));
  EXPECT_NE(stale.error().message.find("version 4"), std::string::npos);
}

TEST_P(RecordKitTest, DeletesExactlyTheRowReadAndAuditsItsLastImage) {
  const nlohmann::json before = {{"id", 7}, {"name", "blue"}};
  ASSERT_OK(delete_record(*session_, kWidget, 7, 3, before, system_principal()));
  EXPECT_EQ(count("SELECT COUNT(*) FROM widgets"), 0);
  auto entries = audit_of_widget_7();
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].action, "delete");
  EXPECT_EQ(nlohmann::json::parse(*entries[0].before_json), before);
  EXPECT_FALSE(entries[0].after_json);
}

TEST_P(RecordKitTest, ADeleteOfAVersionChangedMeanwhileChangesNothing) {
  // Read at version 2, but someone wrote version 3 since: no row matches, nothing is audited.
  Status done = delete_record(*session_, kWidget, 7, 2, {{"id", 7}}, system_principal());
  ASSERT_FALSE(done.ok());
  EXPECT_EQ(done.error().code, ErrorCode::precondition_failed);
  EXPECT_EQ(count("SELECT COUNT(*) FROM widgets"), 1);
  EXPECT_TRUE(audit_of_widget_7().empty());
}

TEST_P(RecordKitTest, CreatesAndChangesAreAuditedWithTheirImages) {
  ASSERT_OK(audit_created(*session_, kWidget, 7, {{"v", 1}}, system_principal()));
  ASSERT_OK(audit_changed(*session_, kWidget, 7, {{"v", 1}}, {{"v", 2}}, system_principal()));
  ASSERT_OK(audit_changed(*session_, kWidget, 7, {{"v", 2}}, {{"v", 3}}, system_principal(),
                          "transition"));
  auto entries = audit_of_widget_7();  // newest first
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[2].action, "create");
  EXPECT_FALSE(entries[2].before_json);
  EXPECT_EQ(nlohmann::json::parse(*entries[2].after_json)["v"], 1);
  EXPECT_EQ(entries[1].action, "update");
  EXPECT_EQ(nlohmann::json::parse(*entries[1].before_json)["v"], 1);
  EXPECT_EQ(entries[0].action, "transition");
  EXPECT_EQ(nlohmann::json::parse(*entries[0].after_json)["v"], 3);
}

INSTANTIATE_TEST_SUITE_P(Backends, RecordKitTest,
                         ::testing::ValuesIn(storage::testing::test_backends()));

}  // namespace
}  // namespace samla::access::testing
