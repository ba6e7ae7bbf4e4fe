// The contact history on both backends: a call with a person of an organisation shows in the
// person's history and the organisation's, is found by a word of its summary by those who may
// read summaries and not by an observer (who sees it without its summary), comes up as a late
// follow-up until it is marked done, and refuses stale writes; bad input is named and changes
// nothing.
#include "interactions/service.h"

#include "register/register_test_support.h"

namespace samla::interactions {
namespace {

using registry::testing::RegisterTest;

class InteractionsTest : public RegisterTest {
 protected:
  void SetUp() override {
    RegisterTest::SetUp();
    if (HasFatalFailure()) return;
    migrate_through("interactions");
    if (HasFatalFailure()) return;
    interactions_ = std::make_unique<InteractionsService>(*pool_);
    region_ = make_organisation("Region Norr", "region").meta.id;
    karin_ = make_person("Karin Kontakt", region_).meta.id;
  }
  void TearDown() override {
    interactions_.reset();
    RegisterTest::TearDown();
  }

  Interaction call() {
    Interaction i;
    i.person_id = karin_;
    i.day = "2026-11-02";
    i.channel = "call";
    i.summary = "Agreed to host the workshop in Umeå.";
    i.follow_up_on = "2026-11-20";
    return i;
  }

  store::ListFilter by_person() const {
    store::ListFilter f;
    f.person_id = karin_;
    return f;
  }

  std::unique_ptr<InteractionsService> interactions_;
  std::int64_t region_ = 0, karin_ = 0;
};

TEST_P(InteractionsTest, ACallShowsOnThePersonAndTheOrganisationAndIsFollowedUp) {
  const Interaction made = get(interactions_->create(call(), as_coordinator()));
  EXPECT_EQ(made.by, "Coordinator") << "the writer, when none is named";
  EXPECT_EQ(made.person_name, "Karin Kontakt");
  EXPECT_FALSE(made.summary_hidden);

  EXPECT_EQ(get(interactions_->list(by_person(), as_coordinator())).size(), 1u);
  store::ListFilter of_region;
  of_region.organisation_id = region_;
  EXPECT_EQ(get(interactions_->list(of_region, as_coordinator())).size(), 1u)
      << "a contact with one of its people";

  store::ListFilter words = by_person();
  words.q = "UMEÅ workshop";
  EXPECT_EQ(get(interactions_->list(words, as_coordinator())).size(), 1u);
  const auto seen = get(interactions_->list(words, as_observer()));
  EXPECT_TRUE(seen.empty()) << "a summary the observer may not read does not answer a search";
  const auto observed = get(interactions_->list(by_person(), as_observer()));
  ASSERT_EQ(observed.size(), 1u);
  EXPECT_TRUE(observed[0].summary_hidden);
  EXPECT_EQ(observed[0].summary, "");
  words.q = "Coordinator";
  EXPECT_EQ(get(interactions_->list(words, as_observer())).size(), 1u) << "who had the contact";

  store::ListFilter due;
  due.follow_up_by = "2026-11-30";
  EXPECT_EQ(get(interactions_->list(due, as_coordinator())).size(), 1u);
  due.follow_up_by = "2026-11-19";
  EXPECT_TRUE(get(interactions_->list(due, as_coordinator())).empty());
  Interaction done = made;
  done.followed_up = true;
  const Interaction after =
      get(interactions_->update(made.id, done, made.version, as_coordinator()));
  EXPECT_TRUE(after.followed_up);
  due.follow_up_by = "2026-11-30";
  EXPECT_TRUE(get(interactions_->list(due, as_coordinator())).empty());
  auto stale = interactions_->update(made.id, done, made.version, as_coordinator());
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, ErrorCode::precondition_failed);
  ASSERT_OK(interactions_->remove(made.id, after.version, coordinator()));
  EXPECT_TRUE(get(interactions_->list(by_person(), as_coordinator())).empty());
}

TEST_P(InteractionsTest, BadInputIsNamedAndChangesNothing) {
  Interaction nobody;
  nobody.day = "2 November";
  nobody.channel = "pigeon";
  nobody.follow_up_on = "2026-13-01";
  auto refused = interactions_->create(nobody, as_coordinator());
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(fields_of(refused.error()), (std::set<std::string>{"person_id", "organisation_id",
                                                               "day", "channel", "follow_up_on"}));
  Interaction early = call();
  early.follow_up_on = "2026-11-01";
  early.organisation_id = 99999;
  auto wrong = interactions_->create(early, as_coordinator());
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(fields_of(wrong.error()), (std::set<std::string>{"follow_up_on", "organisation_id"}));
  EXPECT_TRUE(get(interactions_->list({}, as_coordinator())).empty());
}

INSTANTIATE_TEST_SUITE_P(Backends, InteractionsTest,
                         ::testing::ValuesIn(storage::testing::test_backends()),
                         registry::testing::backend_name);

}  // namespace
}  // namespace samla::interactions
