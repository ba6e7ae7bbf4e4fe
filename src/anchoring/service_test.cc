// Anchoring on both backends: an organisation's commitment to the programme rises from
// consulted to a formal decision (which names its body and date), may fall back only with a
// reason, is recorded once per programme (and once per initiative), and shows the actions of
// the programme's plans where the organisation is accountable; bad input changes nothing.
#include "anchoring/service.h"

#include "actions/actions_test_support.h"
#include "initiatives/service.h"

namespace samla::anchoring {
namespace {

using actions::testing::ActionsTest;
using actions::testing::fields_of;

class AnchoringTest : public ActionsTest {
 protected:
  void SetUp() override {
    ActionsTest::SetUp();
    if (HasFatalFailure()) return;
    migrate_through("anchoring");
    if (HasFatalFailure()) return;
    anchoring_ = std::make_unique<AnchoringService>(*pool_);
  }
  void TearDown() override {
    anchoring_.reset();
    ActionsTest::TearDown();
  }

  Anchoring consulted() {
    Anchoring a;
    a.organisation_id = agency_;
    a.level = "consulted";
    a.contact_person_id = rita_;
    return a;
  }

  std::unique_ptr<AnchoringService> anchoring_;
};

TEST_P(AnchoringTest, ACommitmentRisesToAFormalDecisionAndFallsBackOnlyWithAReason) {
  const Anchoring made = get(anchoring_->create(consulted(), coordinator()));
  EXPECT_EQ(made.organisation_name, "Folkhälsomyndigheten");
  EXPECT_EQ(made.contact_name, "Rita Responsible");
  EXPECT_TRUE(made.programme_id.has_value());

  Anchoring decided = made;
  decided.level = "formally_decided";
  auto incomplete = anchoring_->update(made.id, decided, made.version, coordinator());
  ASSERT_FALSE(incomplete.ok());
  EXPECT_EQ(fields_of(incomplete.error()),
            (std::set<std::string>{"deciding_body", "decision_date"}));
  decided.deciding_body = "Styrelsen";
  decided.decision_date = "2026-03-12";
  decided.decision_reference = "Dnr 2026/101";
  decided.responsibilities = {"Leads the secretariat"};
  const Anchoring formal = get(anchoring_->update(made.id, decided, made.version, coordinator()));
  EXPECT_EQ(formal.level, "formally_decided");

  Anchoring lower = formal;
  lower.level = "endorsed";
  auto no_reason = anchoring_->update(made.id, lower, formal.version, coordinator());
  ASSERT_FALSE(no_reason.ok());
  EXPECT_EQ(fields_of(no_reason.error()), std::set<std::string>{"level_reason"});
  EXPECT_EQ(get(anchoring_->get(made.id)).level, "formally_decided");
  lower.level_reason = "The new board has not taken over the decision yet";
  const Anchoring endorsed = get(anchoring_->update(made.id, lower, formal.version, coordinator()));
  EXPECT_EQ(endorsed.level, "endorsed");
  EXPECT_EQ(endorsed.level_reason, lower.level_reason);
  // Raised again, the reason for the fall no longer stands.
  Anchoring again = endorsed;
  again.level = "committed";
  EXPECT_FALSE(
      get(anchoring_->update(made.id, again, endorsed.version, coordinator())).level_reason);

  // Once per programme; an initiative of the programme has its own record.
  auto twice = anchoring_->create(consulted(), coordinator());
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, ErrorCode::conflict);
  initiatives::InitiativesService initiatives(*pool_);
  initiatives::Initiative i;
  i.title = "Peer supporters";
  const auto initiative = get(initiatives.create(i, coordinator()));
  Anchoring for_initiative = consulted();
  for_initiative.initiative_id = initiative.id;
  EXPECT_EQ(get(anchoring_->create(for_initiative, coordinator())).initiative_title,
            "Peer supporters");
  EXPECT_EQ(get(anchoring_->list({})).size(), 2u);
  EXPECT_EQ(get(anchoring_->list({std::nullopt, agency_, initiative.id})).size(), 1u);
}

TEST_P(AnchoringTest, ItShowsTheActionsOfTheProgrammeWhereTheOrganisationHasAPart) {
  const auto plan = theme_plan();
  ASSERT_OK(actions_->create(by_hand(plan.id, "Map the first-contact routes"), coordinator()));
  const Anchoring made = get(anchoring_->create(consulted(), coordinator()));
  ASSERT_EQ(made.actions.size(), 1u);
  EXPECT_EQ(made.actions[0].title, "Map the first-contact routes");
  EXPECT_EQ(made.actions[0].role, "accountable");
}

TEST_P(AnchoringTest, BadInputIsNamedAndChangesNothing) {
  Anchoring bad;
  bad.organisation_id = 99999;
  bad.level = "enthusiastic";
  bad.contact_person_id = 99999;
  bad.initiative_id = 99999;
  bad.decision_date = "12 March";
  auto refused = anchoring_->create(bad, coordinator());
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(fields_of(refused.error()),
            (std::set<std::string>{"organisation_id", "level", "contact_person_id", "initiative_id",
                                   "decision_date"}));
  EXPECT_TRUE(get(anchoring_->list({})).empty());
}

INSTANTIATE_TEST_SUITE_P(Backends, AnchoringTest,
                         ::testing::ValuesIn(storage::testing::test_backends()),
                         registry::testing::backend_name);

}  // namespace
}  // namespace samla::anchoring
