// The rules of actions as tables: what makes an action valid, the lifecycle's steps,
// dependency cycles and the flags that surface work.
#include "actions/rules.h"

#include <gtest/gtest.h>

#include <set>

namespace samla::actions {
namespace {

std::set<std::string> fields_of(const std::vector<FieldError>& errors) {
  std::set<std::string> out;
  for (const auto& e : errors) out.insert(e.field);
  return out;
}

Action valid() {
  Action a;
  a.id = 5;
  a.plan_id = 1;
  a.title = "Map peer-support services";
  a.accountable = Party{std::nullopt, 3, std::nullopt};
  a.start_date = "2026-01-01";
  a.due_date = "2026-12-31";
  return a;
}

TEST(ActionRules, AValidActionHasNoErrors) {
  EXPECT_TRUE(check_action(valid()).empty());
}

TEST(ActionRules, EachMistakeIsNamedByItsField) {
  struct Case {
    const char* what;
    void (*spoil)(Action&);
    std::set<std::string> fields;
  };
  const std::vector<Case> cases{
      {"no title", [](Action& a) { a.title = "  "; }, {"title"}},
      {"a title too long", [](Action& a) { a.title = std::string(301, 'x'); }, {"title"}},
      {"no accountable party", [](Action& a) { a.accountable.reset(); }, {"accountable"}},
      {"two accountable parties",
       [](Action& a) {
         a.accountable = Party{7, 3, std::nullopt};
       },
       {"accountable"}},
      {"an empty accountable party", [](Action& a) { a.accountable = Party{}; }, {"accountable"}},
      {"a responsible party that is both",
       [](Action& a) {
         a.responsible = {Party{1, std::nullopt, {}}, Party{2, 3, {}}};
       },
       {"responsible[1]"}},
      {"due before start", [](Action& a) { a.due_date = "2025-12-31"; }, {"due_date"}},
      {"a start date that is no date",
       [](Action& a) { a.start_date = "2026-02-30"; },
       {"start_date"}},
      {"itself as a dependency", [](Action& a) { a.depends_on = {5}; }, {"depends_on"}},
      {"a measurement without a date",
       [](Action& a) {
         Indicator i;
         i.name = "Regions with a map";
         i.measurements = {{"2026-03-01", 4, ""}, {"", 6, ""}};
         a.indicators = {i};
       },
       {"indicators[0].measurements[1].date"}},
      {"an indicator without a name or a direction",
       [](Action& a) {
         Indicator i;
         i.direction = "sideways";
         a.indicators = {i};
       },
       {"indicators[0].name", "indicators[0].direction"}},
  };
  for (const auto& c : cases) {
    Action a = valid();
    c.spoil(a);
    EXPECT_EQ(fields_of(check_action(a)), c.fields) << c.what;
  }
}

TEST(ActionRules, TheLifecycleAllowsItsStepsAndDroppingFromAnywhere) {
  struct Step {
    const char* from;
    const char* to;
    bool allowed;
  };
  const std::vector<Step> steps{
      {"proposed", "agreed", true},     {"agreed", "in_progress", true},
      {"in_progress", "blocked", true}, {"blocked", "in_progress", true},
      {"in_progress", "done", true},    {"proposed", "done", false},
      {"blocked", "done", false},       {"done", "in_progress", false},
      {"agreed", "proposed", false},    {"proposed", "dropped", true},
      {"done", "dropped", true},        {"dropped", "dropped", false},
      {"dropped", "agreed", false},
  };
  for (const auto& s : steps)
    EXPECT_EQ(allowed_step(s.from, s.to), s.allowed) << s.from << " → " << s.to;
}

TEST(ActionRules, AnUpdateNamesWhatIsWrong) {
  Action current = valid();
  current.status = "proposed";
  struct Case {
    UpdateRequest update;
    std::set<std::string> fields;
  };
  const std::vector<Case> cases{
      {{"agreed", std::nullopt, "", ""}, {}},
      {{std::nullopt, 40, "", ""}, {}},
      {{std::nullopt, std::nullopt, "Called the region", ""}, {}},
      {{std::nullopt, std::nullopt, " ", ""}, {"note"}},
      {{"done", std::nullopt, "", ""}, {"status"}},
      {{"finished", std::nullopt, "", ""}, {"status"}},
      {{std::nullopt, 101, "", ""}, {"progress"}},
      {{std::nullopt, -1, "", ""}, {"progress"}},
      {{"dropped", std::nullopt, "", ""}, {"dropped_reason"}},
      {{"dropped", std::nullopt, "", "Funding ended"}, {}},
  };
  for (const auto& c : cases)
    EXPECT_EQ(fields_of(check_update(current, c.update)), c.fields)
        << c.update.status.value_or("-") << " " << c.update.progress.value_or(-9);
}

TEST(ActionRules, ACycleIsFoundAndNamedFromTheActionBackToIt) {
  // 2 waits for 3, 3 for 4; 1 waits for nothing.
  const std::map<std::int64_t, std::vector<std::int64_t>> edges{{2, {3}}, {3, {4}}};
  EXPECT_TRUE(dependency_cycle(edges, 4, {1}).empty());
  EXPECT_TRUE(dependency_cycle(edges, 1, {2}).empty());
  const auto cycle = dependency_cycle(edges, 4, {1, 2});
  EXPECT_EQ(cycle, (std::vector<std::int64_t>{4, 2, 3, 4}));
  EXPECT_EQ(cycle_text(cycle), "4 → 2 → 3 → 4");
  // A long chain is walked without recursion.
  std::map<std::int64_t, std::vector<std::int64_t>> chain;
  for (std::int64_t i = 1; i < 100000; ++i) chain[i] = {i + 1};
  EXPECT_EQ(dependency_cycle(chain, 100000, {1}).size(), 100001u);
}

TEST(ActionRules, FlagsAreWorkedOutFromTheDay) {
  struct Case {
    const char* what;
    std::string status;
    int progress;
    std::string last_update;
    std::string today;
    bool overdue, stalled, at_risk;
  };
  // Start 2026-01-01, due 2026-12-31; stalled after 30 days.
  const std::vector<Case> cases{
      {"on track", "in_progress", 50, "2026-06-20", "2026-07-01", false, false, false},
      {"behind the line", "in_progress", 20, "2026-06-20", "2026-07-01", false, false, true},
      {"no update for 30 days", "in_progress", 50, "2026-06-01", "2026-07-01", false, true, false},
      {"past its due date", "in_progress", 80, "2027-01-02", "2027-01-05", true, false, true},
      {"done late is not overdue", "done", 100, "2026-06-01", "2027-01-05", false, false, false},
      {"dropped is never flagged", "dropped", 0, "2026-01-01", "2027-06-01", false, false, false},
      {"not started yet", "agreed", 0, "2025-12-01", "2025-12-20", false, false, false},
  };
  for (const auto& c : cases) {
    Action a = valid();
    a.status = c.status;
    a.progress = c.progress;
    a.last_update_at = c.last_update + "T09:00:00.000Z";
    surface(a, c.today, 30);
    EXPECT_EQ(a.overdue, c.overdue) << c.what;
    EXPECT_EQ(a.stalled, c.stalled) << c.what;
    EXPECT_EQ(a.at_risk, c.at_risk) << c.what;
  }
}

TEST(ActionRules, ABoardCursorIsReadBackAndOrdersLikeTheBoard) {
  Action dated = valid(), undated = valid();
  undated.due_date.reset();
  undated.id = 9;
  for (const Action& a : {dated, undated}) {
    auto cursor = parse_board_cursor(board_cursor(a));
    ASSERT_TRUE(cursor) << board_cursor(a);
    EXPECT_EQ(cursor->due, a.due_date);
    EXPECT_EQ(cursor->id, a.id);
  }
  for (const char* bad : {"", "~", "2026-12-31", "2026-12-31~", "2026-13-01~4", "x~4",
                          "2026-12-31~4x", "2026-12-31~0", "-~-3", "~4"})
    EXPECT_FALSE(parse_board_cursor(bad)) << bad;

  struct Case {
    const char* what;
    std::optional<std::string> due;
    std::int64_t id;
    bool after;
  };
  // The cursor: due 2026-06-01, id 10. Dated actions come first, by day then id.
  const BoardCursor cursor{"2026-06-01", 10};
  const std::vector<Case> cases{
      {"a later day", "2026-06-02", 1, true},
      {"the same day, a larger id", "2026-06-01", 11, true},
      {"the cursor itself", "2026-06-01", 10, false},
      {"the same day, a smaller id", "2026-06-01", 9, false},
      {"an earlier day", "2026-05-31", 99, false},
      {"no due date comes last", std::nullopt, 1, true},
  };
  for (const auto& c : cases) {
    Action a = valid();
    a.due_date = c.due;
    a.id = c.id;
    EXPECT_EQ(after_cursor(a, cursor), c.after) << c.what;
  }
  const BoardCursor undated_cursor{std::nullopt, 10};
  Action late = valid();
  EXPECT_FALSE(after_cursor(late, undated_cursor)) << "dated actions come before undated ones";
  late.due_date.reset();
  late.id = 11;
  EXPECT_TRUE(after_cursor(late, undated_cursor));
  late.id = 10;
  EXPECT_FALSE(after_cursor(late, undated_cursor));
}

TEST(ActionRules, ABoardIsCutIntoPagesByItsCursor) {
  std::vector<Action> board;
  for (std::int64_t id : {1, 2, 3, 4, 5}) {
    Action a = valid();
    a.id = id;
    board.push_back(a);
  }
  const auto ids = [](const Page<Action>& page) {
    std::vector<std::int64_t> out;
    for (const auto& a : page.items) out.push_back(a.id);
    return out;
  };
  Page<Action> first = cut_board(board, 2, std::nullopt);
  EXPECT_EQ(ids(first), (std::vector<std::int64_t>{1, 2}));
  EXPECT_EQ(first.total, 5);
  ASSERT_TRUE(first.next);
  Page<Action> second = cut_board(board, 2, parse_board_cursor(*first.next));
  EXPECT_EQ(ids(second), (std::vector<std::int64_t>{3, 4}));
  Page<Action> last = cut_board(board, 2, parse_board_cursor(*second.next));
  EXPECT_EQ(ids(last), (std::vector<std::int64_t>{5}));
  EXPECT_FALSE(last.next);
  Page<Action> whole = cut_board(board, std::nullopt, std::nullopt);
  EXPECT_EQ(whole.items.size(), 5u);
  EXPECT_FALSE(whole.next);
}

TEST(ActionRules, APlanBelongsToExactlyOneThing) {
  ActionPlan p;
  p.title = "Suicide prevention";
  EXPECT_EQ(fields_of(check_plan(p)), (std::set<std::string>{"event_id"}));
  p.theme = "suicide_prevention";
  EXPECT_TRUE(check_plan(p).empty());
  p.event_id = 3;
  EXPECT_EQ(fields_of(check_plan(p)), (std::set<std::string>{"theme"}));
}

}  // namespace
}  // namespace samla::actions
