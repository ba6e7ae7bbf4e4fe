// The permission table, written out in full: any change to can() must change this table too.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "access/principal.h"

namespace samla::access {
namespace {

TEST(Permissions, EveryRoleAndActionMatchesTheTable) {
  // One column an action (Y: may), in this order, which is all_actions()'s.
  const std::vector<std::string> columns{
      "read_register",      "write_register",      "read_special_category",
      "write_taxonomy",     "export_register",     "manage_users",
      "read_audit",         "assess_stakeholders", "plan_events",
      "override_readiness", "use_own_account",     "read_personal_links",
      "manage_actions",     "manage_programme",    "rate_initiatives",
      "read_resources",     "manage_resources",    "manage_privacy",
      "run_live_sessions"};
  const std::map<Role, std::string> expected{
      {Role::admin, "YYYYYYYYYYYYYYYYYYY"},       {Role::coordinator, "YYYYY--YY-YYYYYYY-Y"},
      {Role::facilitator, "Y-------Y-Y---YYY-Y"}, {Role::participant, "----------Y----Y---"},
      {Role::observer, "Y---------Y----Y---"},
  };
  ASSERT_EQ(all_actions().size(), columns.size());
  for (std::size_t i = 0; i < columns.size(); ++i)
    ASSERT_EQ(action_name(all_actions()[i]), columns[i]);
  ASSERT_EQ(all_roles().size(), expected.size());
  for (Role role : all_roles()) {
    const std::string& row = expected.at(role);
    ASSERT_EQ(row.size(), columns.size()) << role_name(role);
    for (std::size_t i = 0; i < columns.size(); ++i)
      EXPECT_EQ(can(role, all_actions()[i]), row[i] == 'Y')
          << role_name(role) << " × " << columns[i];
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
