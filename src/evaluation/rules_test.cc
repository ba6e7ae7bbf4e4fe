// The evaluation's rules and figures, row by row. The Wilcoxon rows were checked against
// SciPy 1.10 (wilcoxon(after, before, zero_method="wilcox", correction=False,
// method="approx")); tests/http/test_evaluation_api.py compares live answers with SciPy too.
#include <gtest/gtest.h>

#include <set>

#include "evaluation/results.h"
#include "evaluation/rules.h"
#include "evaluation/statistics.h"

namespace samla::evaluation {
namespace {

std::set<std::string> fields(const std::vector<FieldError>& errors) {
  std::set<std::string> out;
  for (const auto& e : errors) out.insert(e.field);
  return out;
}

std::vector<double> differences(const std::vector<int>& before, const std::vector<int>& after) {
  std::vector<double> out;
  for (std::size_t i = 0; i < before.size(); ++i) out.push_back(after[i] - before[i]);
  return out;
}

TEST(Wilcoxon, MatchesScipyWithTiesAndZeros) {
  struct Row {
    std::vector<int> before, after;
    double statistic, p_value;
  };
  const std::vector<Row> rows{
      {{3, 2, 4, 1, 3, 2, 5, 3}, {4, 4, 4, 3, 2, 4, 5, 5}, 1.5, 0.051575863620877},
      {{1, 2, 3, 4, 5, 1, 2}, {2, 3, 4, 5, 5, 3, 1}, 3.0, 0.0955807045456294},
  };
  for (const Row& row : rows) {
    auto w = wilcoxon_signed_rank(differences(row.before, row.after));
    ASSERT_TRUE(w.has_value());
    EXPECT_DOUBLE_EQ(w->statistic, row.statistic);
    EXPECT_NEAR(w->p_value, row.p_value, 1e-12);
  }
  // First row by hand: differences 1 2 0 2 −1 2 0 2, zeros dropped; |1| twice (ranks 1–2,
  // 1.5 each), |2| four times (ranks 3–6, 4.5 each).
  auto w = *wilcoxon_signed_rank(differences(rows[0].before, rows[0].after));
  EXPECT_EQ(w.n, 6);
  EXPECT_DOUBLE_EQ(w.w_plus, 19.5);
  EXPECT_DOUBLE_EQ(w.w_minus, 1.5);
  EXPECT_LT(w.z, 0);
}

TEST(Wilcoxon, NeedsADifferenceAndSixPairs) {
  EXPECT_FALSE(wilcoxon_signed_rank({0, 0, 0}).has_value());
  auto five = paired_shift({{1, 2}, {2, 3}, {3, 4}, {1, 3}, {2, 2}});
  EXPECT_EQ(five.n, 5);
  EXPECT_FALSE(five.wilcoxon.has_value());
  EXPECT_EQ(five.improved, 4);
  EXPECT_EQ(five.unchanged, 1);
  EXPECT_DOUBLE_EQ(*five.mean_shift, 1.0);
  EXPECT_DOUBLE_EQ(*five.median_shift, 1.0);
  auto six = paired_shift({{1, 2}, {2, 3}, {3, 4}, {1, 3}, {2, 2}, {4, 3}});
  ASSERT_TRUE(six.wilcoxon.has_value());
  EXPECT_EQ(six.wilcoxon->n, 5);
  EXPECT_EQ(six.worsened, 1);
}

TEST(Summary, CountsMeanMedianAndDistribution) {
  Summary s = summarize({5, 3, 4, 4, 1, 9});
  EXPECT_EQ(s.n, 5);  // 9 is off the scale
  EXPECT_DOUBLE_EQ(*s.mean, 3.4);
  EXPECT_DOUBLE_EQ(*s.median, 4.0);
  EXPECT_EQ(s.distribution, (std::array<int, 5>{1, 0, 1, 2, 1}));
  EXPECT_DOUBLE_EQ(*median({1, 2, 3, 4}), 2.5);
  EXPECT_FALSE(summarize({}).mean.has_value());
}

TEST(FormRules, TheDefaultInstrumentIsAValidForm) {
  auto items = default_items();
  EXPECT_TRUE(check_items(items).empty());
  EXPECT_EQ(items.size(), 6u);
  EXPECT_EQ(items.back().kind, "text");
}

TEST(FormRules, NamesEachBadItemAndGivesNewOnesIds) {
  std::vector<Item> items{{3, "scale", "Jag vet", "I know"},
                          {0, "text", "Något mer?", "Anything else?"},
                          {3, "scale", "", "Twice"},
                          {0, "stars", "x", std::string(501, 'a')}};
  auto errors = check_items(items);
  EXPECT_EQ(fields(errors), (std::set<std::string>{"items[2].id", "items[2].text_sv",
                                                   "items[3].kind", "items[3].text_en"}));
  EXPECT_EQ(items[1].id, 4);
  EXPECT_EQ(items[3].id, 5);
  std::vector<Item> only_text{{1, "text", "Något?", "Anything?"}};
  EXPECT_EQ(check_items(only_text).front().code, Msg::needs_a_scale_item);
  std::vector<Item> none;
  EXPECT_EQ(fields(check_items(none)), std::set<std::string>{"items"});
  std::vector<Item> many(kMaxItems + 1, Item{0, "scale", "a", "b"});
  EXPECT_TRUE(fields(check_items(many)).count("items"));
}

TEST(AnswerRules, RatingsOnTheScaleTextsInWordsEachItemOnce) {
  const auto items = default_items();
  auto good = check_answer(items, {"before", {{1, 4, {}}, {2, 5, {}}, {6, {}, "Bra dag"}}});
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(good->ratings.at(1), 4);
  EXPECT_EQ(good->texts.at(6), "Bra dag");
  // A blank text is left out, not stored.
  EXPECT_TRUE(check_answer(items, {"after", {{1, 3, {}}, {6, {}, "  "}}})->texts.empty());

  struct Row {
    AnswerInput input;
    std::set<std::string> fields;
  };
  const std::vector<Row> rows{
      {{"before", {{1, 6, {}}}}, {"answers[0].rating"}},
      {{"before", {{1, 0, {}}}}, {"answers[0].rating"}},
      {{"before", {{1, {}, {}}}}, {"answers[0].rating"}},
      {{"during", {{1, 3, {}}}}, {"phase"}},
      {{"before", {{99, 3, {}}}}, {"answers[0].item_id"}},
      {{"before", {{1, 3, {}}, {1, 4, {}}}}, {"answers[1].item_id"}},
      {{"before", {{6, 3, {}}}}, {"answers[0].rating"}},
      {{"before", {{1, 3, "words"}}}, {"answers[0].text"}},
      {{"before", {{6, {}, std::string(2001, 'x')}}}, {"answers[0].text"}},
      {{"before", {}}, {"answers"}},
  };
  for (const Row& row : rows) {
    auto answer = check_answer(items, row.input);
    ASSERT_FALSE(answer.ok());
    EXPECT_EQ(fields(answer.error().fields), row.fields);
  }
}

TEST(AnswerRules, BeforeWhileOpenAfterOnceHeldForThoseWhoCame) {
  EXPECT_EQ(open_phase("open_for_invitations", "accepted"), "before");
  EXPECT_EQ(open_phase("open_for_invitations", "invited"), "before");
  EXPECT_FALSE(open_phase("open_for_invitations", "declined").has_value());
  EXPECT_EQ(open_phase("held", "attended"), "after");
  EXPECT_EQ(open_phase("reported", "accepted"), "after");
  EXPECT_FALSE(open_phase("held", "no_show").has_value());
  EXPECT_FALSE(open_phase("closed", "attended").has_value());
  EXPECT_FALSE(open_phase("designed", "proposed").has_value());
}

TEST(Results, PairsByInvitationAndWithholdsSmallGroupsAndText) {
  Form form;
  form.event_id = 4;
  form.items = default_items();
  std::vector<Answer> answers;
  for (std::int64_t invitation = 1; invitation <= 7; ++invitation) {
    answers.push_back({0, 4, invitation, "before", {{1, 2}}, {{6, "före"}}, ""});
    if (invitation <= 6) answers.push_back({0, 4, invitation, "after", {{1, 4}}, {}, ""});
  }
  ResultsInput in{&form, &answers, 9, false, "country", {}};
  for (std::int64_t invitation = 1; invitation <= 7; ++invitation)
    in.groups_of[invitation] = {invitation <= 5 ? "SE" : "NO"};
  Results r = compute_results(in);
  EXPECT_EQ(r.answered_before, 7);
  EXPECT_EQ(r.answered_after, 6);
  EXPECT_EQ(r.answered_both, 6);
  EXPECT_EQ(r.items[0].before.n, 7);
  EXPECT_EQ(r.items[0].shift.n, 6);
  EXPECT_DOUBLE_EQ(*r.items[0].shift.mean_shift, 2.0);
  ASSERT_TRUE(r.items[0].shift.wilcoxon.has_value());
  EXPECT_EQ(r.items[5].text_count, 7);
  EXPECT_TRUE(r.items[5].texts.empty());  // this viewer does not see free text
  ASSERT_EQ(r.groups.size(), 1u);         // NO has 2 people: withheld
  EXPECT_EQ(r.groups[0].group, "SE");
  EXPECT_EQ(r.groups[0].people, 5);
  EXPECT_EQ(r.small_groups, 1);
  EXPECT_TRUE(r.groups[0].items[5].texts.empty());
}

}  // namespace
}  // namespace samla::evaluation
