// The permission table, written out in full: any change to can() must change this table too.
#include <gtest/gtest.h>

#include <map>

#include "access/principal.h"

namespace samla::access {
namespace {

TEST(Permissions, EveryRoleAndActionMatchesTheTable) {
  using enum Action;
  // Columns: read_register, write_register, read_special_category, write_taxonomy,
  //          export_register, manage_users, read_audit, assess_stakeholders, plan_events,
  //          override_readiness, use_own_account, read_personal_links
  const std::map<Role, std::map<Action, bool>> expected{
      {Role::admin,
       {{read_register, true},
        {write_register, true},
        {read_special_category, true},
        {write_taxonomy, true},
        {export_register, true},
        {manage_users, true},
        {read_audit, true},
        {assess_stakeholders, true},
        {plan_events, true},
        {override_readiness, true},
        {use_own_account, true},
        {read_personal_links, true}}},
      {Role::coordinator,
       {{read_register, true},
        {write_register, true},
        {read_special_category, true},
        {write_taxonomy, true},
        {export_register, true},
        {manage_users, false},
        {read_audit, false},
        {assess_stakeholders, true},
        {plan_events, true},
        {override_readiness, false},
        {use_own_account, true},
        {read_personal_links, true}}},
      {Role::facilitator,
       {{read_register, true},
        {write_register, false},
        {read_special_category, false},
        {write_taxonomy, false},
        {export_register, false},
        {manage_users, false},
        {read_audit, false},
        {assess_stakeholders, false},
        {plan_events, true},
        {override_readiness, false},
        {use_own_account, true},
        {read_personal_links, false}}},
      {Role::participant,
       {{read_register, false},
        {write_register, false},
        {read_special_category, false},
        {write_taxonomy, false},
        {export_register, false},
        {manage_users, false},
        {read_audit, false},
        {assess_stakeholders, false},
        {plan_events, false},
        {override_readiness, false},
        {use_own_account, true},
        {read_personal_links, false}}},
      {Role::observer,
       {{read_register, true},
        {write_register, false},
        {read_special_category, false},
        {write_taxonomy, false},
        {export_register, false},
        {manage_users, false},
        {read_audit, false},
        {assess_stakeholders, false},
        {plan_events, false},
        {override_readiness, false},
        {use_own_account, true},
        {read_personal_links, false}}},
  };
  ASSERT_EQ(all_roles().size(), expected.size());
  for (Role role : all_roles()) {
    ASSERT_EQ(expected.at(role).size(), all_actions().size()) << role_name(role);
    for (Action action : all_actions())
      EXPECT_EQ(can(role, action), expected.at(role).at(action))
          << role_name(role) << " × " << action_name(action);
  }
}

TEST(Permissions, PrincipalUsesItsRole) {
  Principal observer{7, "olle", Role::observer, std::nullopt};
  EXPECT_TRUE(can(observer, Action::read_register));
  EXPECT_FALSE(can(observer, Action::read_special_category));
  EXPECT_TRUE(can(system_principal(), Action::manage_users));
}

TEST(Permissions, RoleAndActionNamesRoundTrip) {
  for (Role role : all_roles()) EXPECT_EQ(parse_role(role_name(role)), role);
  EXPECT_FALSE(parse_role("superuser"));
  EXPECT_FALSE(parse_role("Admin"));
  for (Action action : all_actions()) EXPECT_NE(action_name(action), "unknown");
}

}  // namespace
}  // namespace samla::access
