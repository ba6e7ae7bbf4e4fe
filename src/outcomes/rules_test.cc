// The outcomes' rules, row by row.
#include "outcomes/rules.h"

#include <gtest/gtest.h>

#include <set>

namespace samla::outcomes {
namespace {

const EventFacts kEvent{"2027-03-10", {1, 2, 4}};

Outcome action_point() {
  Outcome o;
  o.kind = "action_point";
  o.text = "Draft a joint guideline on peer support";
  o.owner_organisation_id = 7;
  o.due_date = "2027-06-30";
  o.priority = "high";
  o.agenda_item_id = 2;
  return o;
}

std::set<std::string> fields(const std::vector<FieldError>& errors) {
  std::set<std::string> out;
  for (const auto& e : errors) out.insert(e.field);
  return out;
}

TEST(OutcomeRules, AcceptsEachKindWrittenWell) {
  EXPECT_TRUE(check_outcome(action_point(), kEvent).empty());
  Outcome insight;
  insight.text = "Peer workers are the bridge between services";
  EXPECT_TRUE(check_outcome(insight, kEvent).empty());
  Outcome quote;
  quote.kind = "quote";
  quote.text = "Nobody asked us before.";
  quote.speaker_person_id = 3;
  quote.named_on = "2027-03-10";
  EXPECT_TRUE(check_outcome(quote, kEvent).empty());
  Outcome on_the_day = action_point();
  on_the_day.due_date = kEvent.day;  // due on the event's own day is allowed
  EXPECT_TRUE(check_outcome(on_the_day, kEvent).empty());
}

TEST(OutcomeRules, NamesEveryBadField) {
  struct Row {
    void (*spoil)(Outcome&);
    std::string field;
  };
  const std::vector<Row> rows{
      {[](Outcome& o) { o.kind = "wish"; }, "kind"},
      {[](Outcome& o) { o.source = "hallway"; }, "source"},
      {[](Outcome& o) { o.status = "final"; }, "status"},
      {[](Outcome& o) { o.text = "  \n"; }, "text"},
      {[](Outcome& o) { o.text = std::string(kMaxTextBytes + 1, 'a'); }, "text"},
      {[](Outcome& o) { o.agenda_item_id = 3; }, "agenda_item_id"},  // not in the agenda
      {[](Outcome& o) { o.owner_organisation_id.reset(); }, "owner_person_id"},  // no owner
      {[](Outcome& o) { o.owner_person_id = 5; }, "owner_organisation_id"},      // two owners
      {[](Outcome& o) { o.due_date.reset(); }, "due_date"},
      {[](Outcome& o) { o.due_date = "2027-03-09"; }, "due_date"},  // before the event
      {[](Outcome& o) { o.due_date = "2027-02-30"; }, "due_date"},
      {[](Outcome& o) { o.priority.reset(); }, "priority"},
      {[](Outcome& o) { o.priority = "urgent"; }, "priority"},
      {[](Outcome& o) { o.speaker_person_id = 3; }, "speaker_person_id"},  // not a quote
      {[](Outcome& o) {
         o.kind = "decision";
         o.owner_organisation_id.reset();
         o.priority.reset();
       },
       "due_date"},  // a decision has no due date
      {[](Outcome& o) {
         o.kind = "quote";
         o.owner_organisation_id.reset();
         o.due_date.reset();
         o.priority.reset();
         o.named_on = "2027-03-10";
       },
       "named_on"},  // named, but no speaker
  };
  for (const auto& row : rows) {
    Outcome o = action_point();
    row.spoil(o);
    auto errors = check_outcome(o, kEvent);
    EXPECT_EQ(fields(errors), std::set<std::string>{row.field}) << row.field;
  }
}

// An outcome written before the agenda lost its item, or before the event moved to a later
// day, can still be changed (agreed, reworded) as long as those two fields stay as they were.
TEST(OutcomeRules, AnEditOfTheEventDoesNotLockItsOutcomes) {
  Outcome stored = action_point();
  stored.agenda_item_id = 3;       // removed from the agenda since
  stored.due_date = "2027-03-01";  // before the event's new day
  Outcome agreed = stored;
  agreed.status = "agreed";
  EXPECT_TRUE(check_outcome(agreed, kEvent, &stored).empty());
  Outcome moved = agreed;
  moved.due_date = "2027-03-02";  // a new due date must fit the event again
  EXPECT_EQ(fields(check_outcome(moved, kEvent, &stored)), std::set<std::string>{"due_date"});
  moved = agreed;
  moved.agenda_item_id = 5;
  EXPECT_EQ(fields(check_outcome(moved, kEvent, &stored)), std::set<std::string>{"agenda_item_id"});
}

TEST(OutcomeRules, AReorderingNamesEachOutcomeOnce) {
  EXPECT_TRUE(is_reordering({3, 1, 2}, {1, 2, 3}));
  EXPECT_TRUE(is_reordering({}, {}));
  EXPECT_FALSE(is_reordering({1, 2}, {1, 2, 3}));     // one left out
  EXPECT_FALSE(is_reordering({1, 1, 2}, {1, 2, 3}));  // one twice
  EXPECT_FALSE(is_reordering({1, 2, 4}, {1, 2, 3}));  // another event's
}

}  // namespace
}  // namespace samla::outcomes
