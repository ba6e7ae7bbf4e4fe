#include "live/rules.h"

#include <gtest/gtest.h>

namespace samla::live {
namespace {

std::vector<std::string> fields(const std::vector<FieldError>& errors) {
  std::vector<std::string> out;
  for (const auto& e : errors) out.push_back(e.field);
  return out;
}

Activity poll(const std::string& type, std::vector<std::string> options = {}) {
  Activity a;
  a.kind = "poll";
  a.title = "Which first?";
  a.poll_type = type;
  a.options = std::move(options);
  return a;
}

TEST(LiveRules, AnActivityNeedsWhatItsKindNeeds) {
  Activity ideas;
  ideas.kind = "ideas";
  ideas.title = "What stops people from asking for help?";
  Activity dots = ideas;
  dots.kind = "dots";
  Activity timer = ideas;
  timer.kind = "timer";
  timer.seconds = 5;
  Activity unknown = ideas;
  unknown.kind = "quiz";
  Activity untitled = ideas;
  untitled.title = "  ";
  Activity lived_board = ideas;
  lived_board.about_lived_experience = true;
  Activity lived_poll = poll("single", {"Yes", "No"});
  lived_poll.about_lived_experience = true;
  const struct {
    Activity activity;
    std::vector<std::string> refused;
  } cases[] = {
      {ideas, {}},
      {poll("single", {"Schools", "Primary care"}), {}},
      {poll("single", {"Only one"}), {"options"}},
      {poll("multiple", {"Same", "Same"}), {"options"}},
      {poll("scale"), {}},
      {poll("words"), {}},
      {poll("quiz"), {"poll_type"}},
      {dots, {"budget"}},
      {timer, {"seconds"}},
      {unknown, {"kind"}},
      {untitled, {"title"}},
      // Only a poll's answers can be kept to a total.
      {lived_poll, {}},
      {lived_board, {"about_lived_experience"}},
  };
  for (const auto& c : cases)
    EXPECT_EQ(fields(check_activity(c.activity)), c.refused)
        << c.activity.kind << " " << c.activity.poll_type.value_or("");
}

TEST(LiveRules, AnAnswerMustFitItsActivity) {
  Activity single = poll("single", {"A", "B", "C"});
  Activity multiple = poll("multiple", {"A", "B", "C"});
  Activity scale = poll("scale");
  Activity dots;
  dots.kind = "dots";
  dots.budget = 3;
  Activity statements;
  statements.kind = "statements";
  auto with = [](auto set) {
    Answer a;
    set(a);
    return a;
  };
  const struct {
    const Activity* activity;
    Answer answer;
    std::vector<std::string> refused;
  } cases[] = {
      {&single, with([](Answer& a) { a.choices = {1}; }), {}},
      {&single,
       with([](Answer& a) {
         a.choices = {0, 1};
       }),
       {"choices"}},
      {&single, with([](Answer& a) { a.choices = {3}; }), {"choices"}},
      {&multiple,
       with([](Answer& a) {
         a.choices = {0, 2};
       }),
       {}},
      {&multiple,
       with([](Answer& a) {
         a.choices = {2, 2};
       }),
       {"choices"}},
      {&scale, with([](Answer& a) { a.value = 5; }), {}},
      {&scale, with([](Answer& a) { a.value = 6; }), {"value"}},
      {&dots,
       with([](Answer& a) {
         a.dots = {{1, 2}, {2, 1}};
       }),
       {}},
      {&dots,
       with([](Answer& a) {
         a.dots = {{1, 2}, {2, 2}};
       }),
       {"dots"}},
      {&statements,
       with([](Answer& a) {
         a.input_id = 4;
         a.vote = -1;
       }),
       {}},
      {&statements, with([](Answer& a) { a.input_id = 4; }), {"vote"}},
  };
  for (const auto& c : cases) EXPECT_EQ(fields(check_answer(*c.activity, c.answer)), c.refused);
}

TEST(LiveRules, ARankingListsEveryOptionOnce) {
  const Activity ranking = poll("ranking", {"Housing", "Work", "Peer support"});
  EXPECT_TRUE(check_activity(ranking).empty());
  EXPECT_EQ(fields(check_activity(poll("ranking", {"Only one"}))),
            std::vector<std::string>{"options"});
  const struct {
    std::vector<int> choices;
    bool fits;
  } cases[] = {
      {{2, 0, 1}, true},  {{0, 1, 2}, true}, {{0, 1}, false},       {{0, 0, 1}, false},
      {{0, 1, 3}, false}, {{}, false},       {{0, 1, 2, 2}, false},
  };
  for (const auto& c : cases) {
    Answer answer;
    answer.choices = c.choices;
    const auto errors = check_answer(ranking, answer);
    EXPECT_EQ(errors.empty(), c.fits) << ::testing::PrintToString(c.choices);
    if (!c.fits) {
      EXPECT_EQ(fields(errors).front(), "choices");
    }
  }
}

TEST(LiveRules, AnIdeaIsCountedInCharactersNotBytes) {
  std::string swedish;
  for (std::size_t i = 0; i < kMaxInput; ++i) swedish += "ö";
  EXPECT_TRUE(check_input_text(swedish).empty());
  EXPECT_EQ(fields(check_input_text(swedish + "ö")), std::vector<std::string>{"text"});
  EXPECT_EQ(fields(check_input_text(" \n ")), std::vector<std::string>{"text"});
}

}  // namespace
}  // namespace samla::live
