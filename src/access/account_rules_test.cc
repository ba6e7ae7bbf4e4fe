// What a password, a user name and a login may be: a table of cases.
#include "access/account_rules.h"

#include <gtest/gtest.h>

#include "core/test_assertions.h"

namespace samla::access {
namespace {

TEST(PasswordPolicy, RefusesShortBlankCommonAndSimplePasswords) {
  struct Case {
    std::string password;
    bool ok;
  };
  const Case cases[] = {
      {"correct horse battery staple", true},
      {"åäöåäöåäöxyz", true},  // twelve characters, more bytes
      {"Kanelbulle-på-tisdag", true},
      {"jw8#Lq2!vR0z", true},
      {"short", false},
      {"elevenchars", false},
      {"            ", false},  // twelve spaces
      {"\t\t    \n    \r   ", false},
      {"password1234", false},  // on the list
      {"PASSWORD1234", false},  // case-insensitive
      {"Qwerty123456", false},
      {"1q2w3e4r5t6y", false},
      {"LÖSENORD1234", false},  // Swedish upper case too
      {"Sommar2025!!", false},  // a common word padded
      {"!!Password!!2026", false},
      {"aaaaaaaaaaaa", false},  // repetition
      {"abababababab", false},
      {"abcdabcdabcd", false},
      {"123451234512345", false},
      {"234567890123", false},  // a run
      {"zyxwvutsrqpo", false},
      {std::string(1000, 'x') + "", false},  // repetitive although long enough
      {std::string(1001, 'k'), false},       // too long
  };
  for (const Case& c : cases) {
    Status valid = validate_password(c.password);
    EXPECT_EQ(valid.ok(), c.ok) << '"' << c.password << '"';
    if (!valid.ok()) {
      EXPECT_EQ(valid.error().fields.at(0).field, "password") << c.password;
    }
  }
}

TEST(PasswordPolicy, ListIsSortedAndFound) {
  EXPECT_TRUE(is_common_password("qazwsxedcrfv"));
  EXPECT_TRUE(is_common_password("QazWsxEdcRfv"));
  EXPECT_FALSE(is_common_password("qazwsxedcrfv!"));
}

TEST(LoginInput, IsBoundedBeforeAnythingElse) {
  EXPECT_TRUE(validate_login_input(std::string(100, 'a'), std::string(4000, 'b')).ok());
  Status long_name = validate_login_input(std::string(101, 'a'), "x");
  ASSERT_FALSE(long_name.ok());
  EXPECT_EQ(long_name.error().code, ErrorCode::invalid);
  EXPECT_EQ(long_name.error().fields.at(0).field, "name");
  Status both = validate_login_input(std::string(1 << 20, 'a'), std::string(4001, 'b'));
  ASSERT_FALSE(both.ok());
  ASSERT_EQ(both.error().fields.size(), 2u);
  EXPECT_EQ(both.error().fields[1].field, "password");
}

TEST(TokenLifetime, IsHoursDaysOrWeeks) {
  using namespace std::chrono_literals;
  EXPECT_EQ(get(parse_token_lifetime("12h")), 12h);
  EXPECT_EQ(get(parse_token_lifetime("90d")), 90 * 24h);
  EXPECT_EQ(get(parse_token_lifetime("8w")), 8 * 7 * 24h);
  EXPECT_EQ(get(parse_token_lifetime("3653d")), 3653 * 24h);
  for (const char* bad :
       {"", "d", "0d", "-1d", "90", "90m", "1.5d", "d90", "3654d", "99999999999w", " 9d"}) {
    auto parsed = parse_token_lifetime(bad);
    ASSERT_FALSE(parsed.ok()) << bad;
    EXPECT_EQ(parsed.error().fields.at(0).field, "expires") << bad;
  }
}

TEST(UserName, IsBoundedAndPrintable) {
  EXPECT_EQ(user_name_problem("anna"), std::nullopt);
  EXPECT_EQ(user_name_problem(std::string(100, 'a')), std::nullopt);
  EXPECT_NE(user_name_problem(std::string(101, 'a')), std::nullopt);
  EXPECT_NE(user_name_problem(""), std::nullopt);
  EXPECT_NE(user_name_problem(" anna"), std::nullopt);
  EXPECT_NE(user_name_problem("an\nna"), std::nullopt);
}

}  // namespace
}  // namespace samla::access
