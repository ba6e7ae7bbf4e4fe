// The privacy setting on both backends: versioned, audited, and deciding what a viewer sees.
#include "privacy/settings.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "access/audit.h"
#include "access/service.h"
#include "app/test_support.h"

namespace samla::privacy {
namespace {

class PrivacySettingsTest : public app::testing::MigratedDatabaseTest {
 protected:
  void SetUp() override { open_through("privacy"); }
  void TearDown() override {
    lease_.reset();
    MigratedDatabaseTest::TearDown();
  }

  storage::Session& session() {
    if (!lease_) lease_.emplace(std::move(pool_->acquire().value()));
    return **lease_;
  }

  const access::Principal coordinator{1, "Coordinator", access::Role::coordinator, std::nullopt};
  const access::Principal facilitator{2, "Facilitator", access::Role::facilitator, std::nullopt};
  std::optional<storage::SessionPool::Lease> lease_;
};

TEST_P(PrivacySettingsTest, FreeTextIsShieldedUntilTheProgrammeOpensIt) {
  auto settings = load_settings(session());
  ASSERT_OK(settings);
  EXPECT_FALSE(settings->free_text_for_all_readers);
  EXPECT_EQ(settings->version, 1);

  auto facilitator_view = viewer_for(session(), facilitator, Language::sv);
  ASSERT_OK(facilitator_view);
  EXPECT_FALSE(facilitator_view->sees_free_text());
  EXPECT_FALSE(facilitator_view->sees_special_category());
  EXPECT_EQ(facilitator_view->language, Language::sv);
  EXPECT_TRUE(viewer_for(session(), coordinator, Language::en)->sees_free_text());

  PrivacySettings open = *settings;
  open.free_text_for_all_readers = true;
  auto saved = save_settings(session(), open, 1, coordinator);
  ASSERT_OK(saved);
  EXPECT_EQ(saved->version, 2);
  EXPECT_EQ(saved->updated_by, "Coordinator");
  EXPECT_TRUE(viewer_for(session(), facilitator, Language::en)->sees_free_text());
  // Opening free text never opens special-category data itself.
  EXPECT_FALSE(viewer_for(session(), facilitator, Language::en)->sees_special_category());

  access::AuditQuery query;
  query.record_type = "privacy_settings";
  auto audit = access::list_audit(session(), query);
  ASSERT_OK(audit);
  ASSERT_EQ(audit->items.size(), 1u);
  EXPECT_EQ(audit->items.front().action, "update");
}

TEST_P(PrivacySettingsTest, AnOlderVersionChangesNothing) {
  PrivacySettings open;
  open.free_text_for_all_readers = true;
  ASSERT_OK(save_settings(session(), open, 1, coordinator));
  auto stale = save_settings(session(), PrivacySettings{}, 1, coordinator);
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, ErrorCode::precondition_failed);
  EXPECT_TRUE(load_settings(session())->free_text_for_all_readers);
}

TEST_P(PrivacySettingsTest, ReadsOnlyBooleans) {
  EXPECT_FALSE(settings_from_json({{"free_text_for_all_readers", "yes"}}, {}).ok());
  EXPECT_TRUE(
      settings_from_json({{"free_text_for_all_readers", true}}, {})->free_text_for_all_readers);
  EXPECT_FALSE(settings_from_json(nlohmann::json::object(), {})->free_text_for_all_readers);
}

TEST_P(PrivacySettingsTest, RetentionMonthsAndSensitiveWordsAreBoundedAndSaved) {
  EXPECT_FALSE(settings_from_json({{"evaluation_texts_months", 0}}, {}).ok());
  EXPECT_FALSE(settings_from_json({{"inactive_after_months", 241}}, {}).ok());
  EXPECT_FALSE(
      settings_from_json({{"sensitive_words", std::vector<std::string>(201, "x")}}, {}).ok());
  EXPECT_FALSE(settings_from_json({{"sensitive_words", {std::string(61, 'a')}}}, {}).ok());
  auto loaded = load_settings(session());
  ASSERT_OK(loaded);
  EXPECT_EQ(loaded->evaluation_texts_months, 24);
  EXPECT_NE(std::find(loaded->sensitive_words.begin(), loaded->sensitive_words.end(), "ångest"),
            loaded->sensitive_words.end());
  auto next = settings_from_json(
      {{"evaluation_texts_months", 6}, {"sensitive_words", {"diagnos", "självmord"}}}, *loaded);
  ASSERT_OK(next);
  const access::Principal coordinator{2, "Coordinator", access::Role::coordinator, std::nullopt};
  ASSERT_OK(save_settings(session(), *next, loaded->version, coordinator));
  auto saved = load_settings(session());
  ASSERT_OK(saved);
  EXPECT_EQ(saved->evaluation_texts_months, 6);
  EXPECT_EQ(saved->sensitive_words, (std::vector<std::string>{"diagnos", "självmord"}));
}

INSTANTIATE_TEST_SUITE_P(Backends, PrivacySettingsTest,
                         ::testing::ValuesIn(storage::testing::test_backends()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace samla::privacy
