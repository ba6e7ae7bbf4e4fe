// Agreements on both backends: a letter of intent goes from draft to signed once every
// signature has its day, names its parties and signatories (a person of the register under the
// register's name, someone outside it by the name given), is found by organisation and status,
// and refuses stale writes; bad input is named field by field and changes nothing.
#include "agreements/service.h"

#include "agreements/rules.h"
#include "register/register_test_support.h"

namespace samla::agreements {
namespace {

using registry::testing::RegisterTest;

class AgreementsTest : public RegisterTest {
 protected:
  void SetUp() override {
    RegisterTest::SetUp();
    if (HasFatalFailure()) return;
    migrate_through("agreements");
    if (HasFatalFailure()) return;
    agreements_ = std::make_unique<AgreementsService>(*pool_);
    agency_ = make_organisation("Folkhälsomyndigheten").meta.id;
    region_ = make_organisation("Region Norr", "region").meta.id;
    director_ = make_person("Disa Director", agency_).meta.id;
  }
  void TearDown() override {
    agreements_.reset();
    RegisterTest::TearDown();
  }

  Agreement draft() {
    Agreement a;
    a.title = "Letter of intent";
    a.parties = {{agency_, std::nullopt}, {region_, std::nullopt}};
    a.signatories = {
        {director_, "", agency_, "Director-General", std::nullopt},
        {std::nullopt, "Rune Regiondirektör", region_, "Regional director", std::nullopt}};
    return a;
  }

  std::unique_ptr<AgreementsService> agreements_;
  std::int64_t agency_ = 0, region_ = 0, director_ = 0;
};

TEST_P(AgreementsTest, ALetterOfIntentIsSignedOnceEverySignatureHasItsDay) {
  const Agreement made = get(agreements_->agreements().create(draft(), coordinator()));
  EXPECT_EQ(made.status, "draft");
  EXPECT_TRUE(made.programme_id.has_value()) << "the default programme";
  ASSERT_EQ(made.parties.size(), 2u);
  EXPECT_EQ(made.parties[1].name, "Region Norr");
  ASSERT_EQ(made.signatories.size(), 2u);
  EXPECT_EQ(made.signatories[0].name, "Disa Director");
  EXPECT_EQ(made.signatories[1].name, "Rune Regiondirektör");

  Agreement signing = made;
  signing.status = "signed";
  signing.signed_on = "2026-10-01";
  signing.signatories[0].signed_on = "2026-09-28";
  auto refused = agreements_->agreements().update(made.id, signing, made.version, coordinator());
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(fields_of(refused.error()), (std::set<std::string>{"signatories[1].signed_on"}));

  signing.signatories[1].signed_on = "2026-10-01";
  const Agreement signed_ =
      get(agreements_->agreements().update(made.id, signing, made.version, coordinator()));
  EXPECT_EQ(signed_.status, "signed");
  EXPECT_EQ(signed_.version, made.version + 1);
  auto stale = agreements_->agreements().update(made.id, signing, made.version, coordinator());
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, ErrorCode::precondition_failed);

  // Found by a party and by status; not by an organisation that is no party.
  const auto other = make_organisation("Other agency").meta.id;
  EXPECT_EQ(get(agreements_->list({std::nullopt, region_, std::nullopt})).size(), 1u);
  EXPECT_TRUE(get(agreements_->list({std::nullopt, other, std::nullopt})).empty());
  EXPECT_EQ(get(agreements_->list({std::nullopt, std::nullopt, "signed"})).size(), 1u);
  EXPECT_TRUE(get(agreements_->list({std::nullopt, std::nullopt, "draft"})).empty());

  // The director leaves the register: the signature keeps the name it was made under, and the
  // agreement can still be changed.
  ASSERT_OK(service_->delete_person(director_, std::nullopt, coordinator()));
  const Agreement kept = get(agreements_->agreements().get(made.id));
  EXPECT_EQ(kept.signatories[0].person_id, std::nullopt);
  EXPECT_EQ(kept.signatories[0].name, "Disa Director");
  Agreement renamed = kept;
  renamed.title = "Letter of intent (signed)";
  const Agreement changed =
      get(agreements_->agreements().update(made.id, renamed, kept.version, coordinator()));

  ASSERT_OK(agreements_->agreements().remove(made.id, changed.version, coordinator()));
  EXPECT_FALSE(agreements_->agreements().get(made.id).ok());
}

TEST_P(AgreementsTest, BadInputIsNamedAndChangesNothing) {
  Agreement bad = draft();
  bad.title = "";
  bad.kind = "handshake";
  bad.status = "ended";
  bad.parties.push_back({agency_, std::nullopt});
  bad.parties.push_back({99999, std::nullopt});
  bad.signatories.push_back({std::nullopt, "", 77777, "", "1 October"});
  bad.signatories.push_back({88888, "", agency_, "", std::nullopt});
  bad.starts_on = "2026-05-01";
  bad.ends_on = "2026-04-30";
  bad.document_url = "javascript:alert(1)";
  auto refused = agreements_->agreements().create(bad, coordinator());
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(
      fields_of(refused.error()),
      (std::set<std::string>{
          "title", "kind", "parties[2].organisation_id", "parties[3].organisation_id", "signed_on",
          "signatories[0].signed_on", "signatories[1].signed_on", "signatories[2].name",
          "signatories[2].organisation_id", "signatories[2].signed_on", "signatories[3].signed_on",
          "signatories[3].person_id", "ends_on", "document_url"}));
  // Organisations and people that do not exist are named also when the rest holds.
  Agreement unknown = draft();
  unknown.parties.push_back({99999, std::nullopt});
  unknown.signatories.push_back({88888, "", agency_, "", std::nullopt});
  auto missing = agreements_->agreements().create(unknown, coordinator());
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(fields_of(missing.error()),
            (std::set<std::string>{"parties[2].organisation_id", "signatories[2].person_id"}));
  EXPECT_TRUE(get(agreements_->list({})).empty());
}

INSTANTIATE_TEST_SUITE_P(Backends, AgreementsTest,
                         ::testing::ValuesIn(storage::testing::test_backends()),
                         registry::testing::backend_name);

}  // namespace
}  // namespace samla::agreements
