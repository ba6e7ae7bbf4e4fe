#include "events/invitation_rules.h"

#include <gtest/gtest.h>

namespace samla::events {
namespace {

TEST(InvitationSteps, FollowTheLifecycle) {
  struct Case {
    const char* from;
    const char* to;
    bool allowed;
  };
  const Case cases[] = {
      {"proposed", "invited", true},   {"proposed", "accepted", false},
      {"proposed", "attended", false}, {"invited", "accepted", true},
      {"invited", "declined", true},   {"invited", "tentative", true},
      {"invited", "no_show", false},   {"invited", "attended", true},
      {"accepted", "declined", true},  {"declined", "accepted", true},
      {"declined", "no_show", false},  {"tentative", "no_show", true},
      {"accepted", "proposed", false}, {"attended", "no_show", true},
      {"no_show", "attended", true},   {"attended", "accepted", false},
      {"withdrawn", "proposed", true}, {"withdrawn", "invited", false},
      {"proposed", "proposed", false}, {"unknown", "invited", false},
      {"invited", "unknown", false},
  };
  for (const auto& c : cases)
    EXPECT_EQ(allowed_invitation_step(c.from, c.to), c.allowed) << c.from << " → " << c.to;
}

TEST(InvitationSteps, EveryStatusIsKnown) {
  for (const auto& from : invitation_statuses()) {
    for (const auto& to : invitation_statuses()) {
      if (allowed_invitation_step(from, to)) {
        EXPECT_NE(from, to);
      }
    }
  }
  EXPECT_EQ(invitation_statuses().size(), 8u);
}

TEST(InvitationSteps, TheEventStatusDecidesWhen) {
  EXPECT_TRUE(event_forbids_step("designed", "invited"));
  EXPECT_FALSE(event_forbids_step("open_for_invitations", "invited"));
  EXPECT_TRUE(event_forbids_step("held", "accepted"));
  EXPECT_FALSE(event_forbids_step("open_for_invitations", "declined"));
  EXPECT_FALSE(event_forbids_step("held", "attended"));
  EXPECT_FALSE(event_forbids_step("open_for_invitations", "no_show"));
  EXPECT_TRUE(event_forbids_step("designed", "attended"));
  EXPECT_TRUE(event_forbids_step("reported", "no_show"));
  EXPECT_FALSE(event_forbids_step("draft", "proposed"));
  EXPECT_FALSE(event_forbids_step("designed", "withdrawn"));
  EXPECT_TRUE(event_forbids_step("held", "withdrawn"));
  EXPECT_TRUE(event_forbids_step("closed", "proposed"));
}

TEST(InvitationSteps, SeatsAndAnswers) {
  EXPECT_TRUE(holds_seat("proposed"));
  EXPECT_TRUE(holds_seat("tentative"));
  EXPECT_FALSE(holds_seat("declined"));
  EXPECT_FALSE(holds_seat("withdrawn"));
  EXPECT_FALSE(holds_seat("no_show"));
  EXPECT_TRUE(is_answer("tentative"));
  EXPECT_FALSE(is_answer("invited"));
}

TEST(MessageLanguage, SwedishForSwedishSpeakers) {
  EXPECT_EQ(message_language({"en", "sv"}), "sv");
  EXPECT_EQ(message_language({"fi", "en"}), "en");
  EXPECT_EQ(message_language({}), "en");
}

}  // namespace
}  // namespace samla::events
