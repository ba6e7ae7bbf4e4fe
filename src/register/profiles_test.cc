// The one profile query that the analysis, the network and the selection read stakeholders
// through: its filters and its id lists, on both backends.
#include "register/profiles.h"

#include "register/register_test_support.h"

namespace samla::registry::testing {
namespace {

class ProfileQueryTest : public RegisterTest {
 protected:
  void SetUp() override {
    RegisterTest::SetUp();
    if (HasFatalFailure()) return;
    CountryGroup nordic;
    nordic.slug = "nordic";
    nordic.name = "Nordic";
    nordic.countries = {"NO", "SE"};
    ASSERT_TRUE(service_->create_country_group(nordic, coordinator()).ok());
    health_ = make_organisation("Hälsoverket", "agency", "SE");
    ngo_ = make_organisation("Mind Europe", "civil_society", "BE");
    Person ada =
        make_person("Ada", health_.meta.id, {"researcher", std::string(kLivedExperience)}, "SE");
    ada.themes = {"stigma_reduction", "digital_health"};
    ASSERT_TRUE(service_->update_person(ada.meta.id, ada, std::nullopt, coordinator()).ok());
    ada_ = ada.meta.id;
    bo_ = make_person("Bo", ngo_.meta.id, {"advocacy_group"}, "BE").meta.id;
  }

  std::map<StakeholderRef, Profile> load(const ProfileQuery& q) {
    auto lease = pool_->acquire();
    auto found = load_profiles(**lease, q);
    EXPECT_TRUE(found.ok()) << (found.ok() ? "" : found.error().message);
    return found.ok() ? found.value() : std::map<StakeholderRef, Profile>{};
  }

  static StakeholderRef person(std::int64_t id) { return {StakeholderRef::Kind::person, id}; }
  static StakeholderRef organisation(std::int64_t id) {
    return {StakeholderRef::Kind::organisation, id};
  }

  Organisation health_, ngo_;
  std::int64_t ada_ = 0, bo_ = 0;
};

TEST_P(ProfileQueryTest, ReadsEveryStakeholderWithTheirListsAndTheirOrganisationsSector) {
  auto all = load({});
  ASSERT_EQ(all.size(), 4u);
  const Profile& ada = all.at(person(ada_));
  EXPECT_EQ(ada.name, "Ada");
  EXPECT_EQ(ada.organisation_name, "Hälsoverket");
  EXPECT_EQ(ada.sector, "agency");
  EXPECT_EQ(ada.country, "SE");
  EXPECT_EQ(ada.perspectives,
            (std::vector<std::string>{std::string(kLivedExperience), "researcher"}));
  EXPECT_EQ(ada.themes, (std::vector<std::string>{"digital_health", "stigma_reduction"}));
  EXPECT_EQ(all.at(person(bo_)).sector, "civil_society");
  EXPECT_EQ(all.at(organisation(ngo_.meta.id)).country, "BE");
  EXPECT_TRUE(all.at(organisation(ngo_.meta.id)).perspectives.empty());
  EXPECT_EQ(all.begin()->first, person(ada_));  // people first, by id
}

// A theme keeps people with that expertise and organisations with such a person; a country
// group keeps stakeholders in its countries. Either way only Ada and her organisation stay,
// with their lists whole (not only the matching theme).
TEST_P(ProfileQueryTest, ThemeAndCountryGroupFiltersKeepTheSameKindsOfStakeholder) {
  ProfileQuery by_theme, by_group, by_unknown_group;
  by_theme.theme = "stigma_reduction";
  by_group.country_group = "nordic";
  by_unknown_group.country_group = "no_such_group";
  for (const ProfileQuery* q : {&by_theme, &by_group}) {
    auto found = load(*q);
    ASSERT_EQ(found.size(), 2u);
    EXPECT_TRUE(found.count(organisation(health_.meta.id)));
    ASSERT_TRUE(found.count(person(ada_)));
    EXPECT_EQ(found.at(person(ada_)).themes.size(), 2u);
    EXPECT_EQ(found.at(person(ada_)).perspectives.size(), 2u);
  }
  EXPECT_TRUE(load(by_unknown_group).empty());
}

TEST_P(ProfileQueryTest, IdSelectsNarrowAndAnEmptyOneReadsNone) {
  ProfileQuery q;
  q.people = IdSelect{"SELECT CAST(? AS BIGINT)", {bo_}};
  q.organisations = IdSelect{};
  auto found = load(q);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found.begin()->first, person(bo_));
  EXPECT_EQ(found.begin()->second.perspectives, (std::vector<std::string>{"advocacy_group"}));
}

TEST_P(ProfileQueryTest, OneProfileOrNotFound) {
  auto lease = pool_->acquire();
  auto ada = profile_of(**lease, person(ada_));
  ASSERT_TRUE(ada.ok());
  EXPECT_EQ(ada->name, "Ada");
  auto none = profile_of(**lease, organisation(ada_ + 1000));
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.error().code, ErrorCode::not_found);
}

INSTANTIATE_TEST_SUITE_P(Backends, ProfileQueryTest,
                         ::testing::ValuesIn(storage::testing::test_backends()), backend_name);

}  // namespace
}  // namespace samla::registry::testing
