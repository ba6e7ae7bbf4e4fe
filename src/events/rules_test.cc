// The events' rules, row by row.
#include "events/rules.h"

#include <gtest/gtest.h>

#include <set>

namespace samla::events {
namespace {

Event valid() {
  Event e;
  e.title = "Workshop on stigma";
  e.type = "thematic_workshop";
  e.themes = {"stigma_reduction"};
  e.format = "hybrid";
  e.venue = "Folkets hus, Umeå";
  e.link = "https://meet.example.org/stigma";
  e.starts_at = "2027-03-10T09:00";
  e.ends_at = "2027-03-10T16:00";
  e.time_zone = "Europe/Stockholm";
  e.capacity = 40;
  e.working_languages = {"sv", "en"};
  e.agenda = {{"09:00", "Welcome", "Åsa", {"Round of names"}}};
  return e;
}

std::set<std::string> fields(const std::vector<FieldError>& errors) {
  std::set<std::string> out;
  for (const auto& e : errors) out.insert(e.field);
  return out;
}

TEST(EventRules, AcceptsAValidEvent) {
  EXPECT_TRUE(check_event(valid()).empty());
}

TEST(EventRules, NamesEveryBadField) {
  struct Row {
    void (*spoil)(Event&);
    std::string field;
  };
  const std::vector<Row> rows{
      {[](Event& e) { e.title = " "; }, "title"},
      {[](Event& e) { e.type = "party"; }, "type"},
      {[](Event& e) { e.format = "radio"; }, "format"},
      {[](Event& e) { e.venue.reset(); }, "venue"},
      {[](Event& e) { e.link = "meet somewhere"; }, "link"},
      {[](Event& e) { e.time_zone = "Europe/Atlantis"; }, "time_zone"},
      {[](Event& e) { e.time_zone = "CEST+1"; }, "time_zone"},
      {[](Event& e) { e.starts_at = "2027-02-30T09:00"; }, "starts_at"},
      {[](Event& e) { e.starts_at = "2027-03-10 09:00"; }, "starts_at"},
      {[](Event& e) { e.ends_at = "2027-03-10T09:00"; }, "ends_at"},  // not after the start
      {[](Event& e) { e.ends_at = "2027-03-09T17:00"; }, "ends_at"},
      {[](Event& e) { e.ends_at = "2027-03-10T24:00"; }, "ends_at"},
      {[](Event& e) { e.capacity = 0; }, "capacity"},
      {[](Event& e) { e.working_languages = {"swe"}; }, "working_languages"},
      {[](Event& e) { e.interpretation_languages = {"SV"}; }, "interpretation_languages"},
      {[](Event& e) { e.working_languages = {"xx"}; }, "working_languages"},
      {[](Event& e) { e.agenda[0].time = "9am"; }, "agenda[0].time"},
      {[](Event& e) { e.agenda[0].title = ""; }, "agenda[0].title"},
      {[](Event& e) {
         e.materials = {{"Slides", "ftp://x"}};
       },
       "materials[0].url"},
      {[](Event& e) { e.reply_by = "2027-03-11"; }, "reply_by"},  // after the first day
      {[](Event& e) { e.reply_by = "2027-02-30"; }, "reply_by"},
      {[](Event& e) { e.reply_by = ""; }, "reply_by"},
      {[](Event& e) { e.invitation_text_sv = std::string(4001, 'a'); }, "invitation_text_sv"},
      {[](Event& e) { e.invitation_text_en = std::string(4001, 'a'); }, "invitation_text_en"},
  };
  for (const auto& row : rows) {
    Event e = valid();
    row.spoil(e);
    EXPECT_EQ(fields(check_event(e)), std::set<std::string>{row.field}) << row.field;
  }
  Event online = valid();
  online.format = "online";
  online.venue.reset();
  EXPECT_TRUE(check_event(online).empty());
  Event answered = valid();
  answered.reply_by = "2027-03-10";  // the first day itself is allowed
  answered.invitation_text_sv = std::string(4000, 'a');
  EXPECT_TRUE(check_event(answered).empty());
}

TEST(EventRules, FollowsTheLifecycle) {
  const std::vector<std::tuple<std::string, std::string, bool>> rows{
      {"draft", "designed", true},
      {"designed", "open_for_invitations", true},
      {"open_for_invitations", "held", true},
      {"held", "reported", true},
      {"reported", "closed", true},
      {"designed", "draft", true},
      {"open_for_invitations", "draft", true},
      {"draft", "open_for_invitations", false},  // skips design
      {"draft", "held", false},
      {"held", "draft", false},
      {"closed", "draft", false},
      {"closed", "closed", false},
      {"designed", "designed", false},
      {"draft", "cancelled", false},
  };
  for (const auto& [from, to, allowed] : rows)
    EXPECT_EQ(allowed_transition(from, to), allowed) << from << " → " << to;
}

TEST(EventRules, GatesThematicWorkshopsOnValidatedLessonsPerTheme) {
  Event e = valid();
  e.themes = {"stigma_reduction", "digital_health"};
  Lesson identified{
      1, "Peer-led groups reduce self-stigma", "WP5", {"stigma_reduction"}, "identified"};
  Lesson validated{
      2, "Peer-led groups reduce self-stigma", "WP5", {"stigma_reduction"}, "validated"};
  Lesson other{3,
               "Video visits work in sparsely populated areas",
               "WP6",
               {"access_to_services"},
               "validated"};
  EXPECT_EQ(themes_without_validated_lesson(e, {identified, other}),
            (std::vector<std::string>{"stigma_reduction", "digital_health"}));
  EXPECT_EQ(themes_without_validated_lesson(e, {validated, other}),
            (std::vector<std::string>{"digital_health"}));
  e.themes = {"stigma_reduction"};
  EXPECT_TRUE(themes_without_validated_lesson(e, {validated}).empty());
  e.type = "policy_dialogue";  // only thematic workshops are gated
  EXPECT_TRUE(themes_without_validated_lesson(e, {}).empty());
}

TimePoint at(const char* iso) {
  TimePoint t;
  EXPECT_TRUE(parse_iso8601(iso, t)) << iso;
  return t;
}

// 09:00 in Stockholm on 2027-03-10 is 08:00 UTC (winter time).
TEST(EventRules, InstantsAreUtcTextThatSortsByTime) {
  EXPECT_EQ(instant_text("2027-03-10T09:00", "America/New_York"), "2027-03-10T14:00:00.000Z");
  EXPECT_EQ(instant_text("2027-03-10T12:00", "Europe/Stockholm"), "2027-03-10T11:00:00.000Z");
  // Summer time in Stockholm (UTC+2).
  EXPECT_EQ(instant_text("2027-07-01T00:30", "Europe/Stockholm"), "2027-06-30T22:30:00.000Z");
  EXPECT_EQ(instant_text("2027-03-10 12:00", "Europe/Stockholm"), std::nullopt);
  EXPECT_EQ(instant_text("2027-03-10T12:00", "Mars/Olympus"), std::nullopt);
}

TEST(EventRules, AnEventIsHeldOnlyOnceItHasStarted) {
  const Event e = valid();
  EXPECT_TRUE(too_early_to_hold(e, at("2027-03-10T07:59:59.000Z")));
  EXPECT_FALSE(too_early_to_hold(e, at("2027-03-10T08:00:00.000Z")));
  EXPECT_FALSE(too_early_to_hold(e, at("2027-04-01T00:00:00.000Z")));
  Event helsinki = e;  // the same wall clock an hour earlier as an instant
  helsinki.time_zone = "Europe/Helsinki";
  EXPECT_FALSE(too_early_to_hold(helsinki, at("2027-03-10T07:30:00.000Z")));
  EXPECT_TRUE(too_early_to_hold(e, at("2027-03-10T07:30:00.000Z")));
}

TEST(EventRules, AttendanceIsRecordedFromTheDayTheEventStarts) {
  const Event e = valid();
  EXPECT_TRUE(too_early_for_attendance(e, at("2027-03-09T22:59:00.000Z")));   // 23:59 local
  EXPECT_FALSE(too_early_for_attendance(e, at("2027-03-09T23:00:00.000Z")));  // 00:00 local
  EXPECT_FALSE(too_early_for_attendance(e, at("2027-03-12T12:00:00.000Z")));
}

TEST(EventRules, OnlyOpenEventsAdmitInvitations) {
  for (const auto& status : statuses())
    EXPECT_EQ(admits_invitations(status), status == "open_for_invitations") << status;
}

}  // namespace
}  // namespace samla::events
