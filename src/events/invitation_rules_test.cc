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
  struct Case {
    const char* event_status;
    const char* step;
    bool forbidden;
  };
  const Case cases[] = {
      {"designed", "invited", true},  {"open_for_invitations", "invited", false},
      {"held", "accepted", true},     {"open_for_invitations", "declined", false},
      {"held", "attended", false},    {"open_for_invitations", "no_show", false},
      {"designed", "attended", true}, {"reported", "no_show", true},
      {"draft", "proposed", false},   {"designed", "withdrawn", false},
      {"held", "withdrawn", true},    {"closed", "proposed", true},
  };
  for (const auto& c : cases)
    EXPECT_EQ(event_forbids_step(c.event_status, c.step).has_value(), c.forbidden)
        << c.event_status << " / " << c.step;
}

TEST(InvitationSteps, SeatsAndAnswers) {
  struct Case {
    const char* status;
    bool holds;
  };
  const Case seats[] = {
      {"proposed", true},   {"tentative", true}, {"declined", false},
      {"withdrawn", false}, {"no_show", false},
  };
  for (const auto& c : seats) EXPECT_EQ(holds_seat(c.status), c.holds) << c.status;
  EXPECT_TRUE(is_answer("tentative"));
  EXPECT_FALSE(is_answer("invited"));
}

TEST(MessageLanguage, SwedishForSwedishSpeakers) {
  EXPECT_EQ(message_language({"en", "sv"}), "sv");
  EXPECT_EQ(message_language({"fi", "en"}), "en");
  EXPECT_EQ(message_language({}), "en");
}

TEST(InvitationAnswers, AHybridEventAsksHowWhoeverComesTakesPart) {
  Event hybrid;
  hybrid.format = "hybrid";
  Event in_person;
  in_person.format = "in_person";
  struct Case {
    const Event* event;
    const char* response;
    std::optional<std::string> mode;
    bool fine;
  };
  const Case cases[] = {
      {&hybrid, "accepted", "in_person", true},     {&hybrid, "tentative", "online", true},
      {&hybrid, "accepted", std::nullopt, false},   {&hybrid, "tentative", std::nullopt, false},
      {&hybrid, "declined", std::nullopt, true},    {&hybrid, "accepted", "by_post", false},
      {&in_person, "accepted", std::nullopt, true}, {&in_person, "accepted", "online", false},
  };
  for (const auto& c : cases) {
    auto problem = attendance_mode_problem(*c.event, c.response, c.mode);
    EXPECT_EQ(!problem.has_value(), c.fine)
        << c.event->format << " " << c.response << " " << c.mode.value_or("(none)");
    if (problem) {
      EXPECT_EQ(problem->field, "attendance_mode");
    }
  }
}

TEST(InvitationAnswers, AReminderIsDueOnlyToTheUnansweredAndNotTwiceInAPause) {
  TimePoint at;
  ASSERT_TRUE(parse_iso8601("2027-02-01T12:00:00Z", at));
  Invitation v;
  v.status = "invited";
  v.invited_at = "2027-01-25T10:00:00Z";  // a week ago
  EXPECT_TRUE(due_for_reminder(v, at));
  v.invited_at = "2027-02-01T09:00:00Z";  // sent three hours ago: its link stays
  EXPECT_FALSE(due_for_reminder(v, at));
  v.invited_at = "2027-01-25T10:00:00Z";
  v.reminded_at = "2027-02-01T08:00:00Z";  // four hours ago
  EXPECT_FALSE(due_for_reminder(v, at));
  v.reminded_at = "2027-01-31T15:00:00Z";  // 21 hours ago
  EXPECT_TRUE(due_for_reminder(v, at));
  for (const char* answered : {"accepted", "declined", "tentative", "proposed", "attended"}) {
    v.status = answered;
    v.reminded_at.reset();
    EXPECT_FALSE(due_for_reminder(v, at)) << answered;
  }
}

}  // namespace
}  // namespace samla::events
