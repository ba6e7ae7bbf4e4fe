#include "live/results.h"

#include <gtest/gtest.h>

namespace samla::live {
namespace {

using nlohmann::json;

AnswerRow choice(std::int64_t who, int option) {
  return {who, std::nullopt, option, std::nullopt, ""};
}

Activity single() {
  Activity a;
  a.kind = "poll";
  a.poll_type = "single";
  a.options = {"Schools", "Primary care", "Workplaces"};
  a.status = "open";
  return a;
}

TEST(LiveResults, CountsAChoiceOnceThreeHaveAnswered) {
  const auto a = single();
  const std::vector<AnswerRow> two{choice(1, 0), choice(2, 1)};
  EXPECT_EQ(results_of(a, {}, two, Audience::facilitator),
            (json{{"respondents", 2}, {"withheld", "fewer_than_3"}}));
  const std::vector<AnswerRow> four{choice(1, 0), choice(2, 1), choice(3, 1), choice(4, 2)};
  EXPECT_EQ(results_of(a, {}, four, Audience::participant),
            (json{{"respondents", 4}, {"counts", {1, 2, 1}}}));
}

TEST(LiveResults, AboutLivedExperienceOnlyTheTotalIsEverShown) {
  auto a = single();
  a.about_lived_experience = true;
  const std::vector<AnswerRow> answers{choice(1, 0), choice(2, 0), choice(3, 1), choice(4, 0)};
  for (Audience audience : {Audience::facilitator, Audience::participant})
    EXPECT_EQ(results_of(a, {}, answers, audience),
              (json{{"respondents", 4}, {"withheld", "lived_experience"}}));
}

TEST(LiveResults, HeldBackFromParticipantsUntilItCloses) {
  auto a = single();
  a.hold_results = true;
  const std::vector<AnswerRow> answers{choice(1, 0), choice(2, 0), choice(3, 1)};
  EXPECT_EQ(results_of(a, {}, answers, Audience::participant), (json{{"held", true}}));
  EXPECT_EQ(results_of(a, {}, answers, Audience::facilitator)["counts"], (json{2, 1, 0}));
  a.status = "closed";
  EXPECT_EQ(results_of(a, {}, answers, Audience::participant)["counts"], (json{2, 1, 0}));
}

TEST(LiveResults, AScaleHasItsCountsAndMeanAndWordsAreCountedAsOne) {
  Activity scale = single();
  scale.poll_type = "scale";
  std::vector<AnswerRow> answers;
  for (int v : {5, 4, 4, 2})
    answers.push_back(
        {static_cast<std::int64_t>(v * 10 + answers.size()), std::nullopt, std::nullopt, v, ""});
  EXPECT_EQ(results_of(scale, {}, answers, Audience::facilitator),
            (json{{"respondents", 4}, {"counts", {0, 1, 0, 2, 1}}, {"mean", 3.8}}));
  Activity words = single();
  words.poll_type = "words";
  const std::vector<AnswerRow> said{{1, std::nullopt, std::nullopt, std::nullopt, "Trust "},
                                    {2, std::nullopt, std::nullopt, std::nullopt, "trust."},
                                    {3, std::nullopt, std::nullopt, std::nullopt, "Tid"},
                                    {4, std::nullopt, std::nullopt, std::nullopt, "TRUST"}};
  EXPECT_EQ(results_of(words, {}, said, Audience::participant)["words"],
            (json{{{"word", "trust"}, {"count", 3}}, {{"word", "tid"}, {"count", 1}}}));
}

TEST(LiveResults, StatementsShowHowTheyDividedOnlyWhenThreeVoted) {
  Activity statements;
  statements.kind = "statements";
  statements.status = "open";
  Input first{
      1, 9, std::nullopt, "Waiting times are the first problem", false, std::nullopt, std::nullopt,
      ""};
  Input second{2, 9, std::nullopt, "Schools should screen", false, std::nullopt, std::nullopt, ""};
  Input hidden{3, 9, 5, "An attack on a named person", true, std::nullopt, std::nullopt, ""};
  auto vote = [](std::int64_t who, std::int64_t input, int v) {
    return AnswerRow{who, input, std::nullopt, v, ""};
  };
  const std::vector<AnswerRow> votes{vote(1, 1, 1), vote(2, 1, 1), vote(3, 1, -1), vote(1, 2, 0),
                                     vote(2, 2, 1)};
  EXPECT_EQ(results_of(statements, {first, second, hidden}, votes, Audience::participant),
            (json{{"respondents", 3},
                  {"per_input",
                   {{{"input_id", 1}, {"voters", 3}, {"agree", 2}, {"disagree", 1}, {"pass", 0}},
                    {{"input_id", 2}, {"voters", 2}, {"withheld", "fewer_than_3"}}}}}));
}

TEST(LiveResults, DotsAndUpvotesAddUpPerInput) {
  Activity dots;
  dots.kind = "dots";
  dots.budget = 5;
  Input a{1, 9, std::nullopt, "Peer support in every region", false, std::nullopt, std::nullopt,
          ""};
  Input b{2, 9, std::nullopt, "A shared first-contact route", false, std::nullopt, std::nullopt,
          ""};
  const std::vector<AnswerRow> placed{
      {1, 1, std::nullopt, 3, ""}, {1, 2, std::nullopt, 2, ""}, {2, 2, std::nullopt, 5, ""}};
  EXPECT_EQ(results_of(dots, {a, b}, placed, Audience::participant)["per_input"],
            (json{{{"input_id", 1}, {"dots", 3}}, {{"input_id", 2}, {"dots", 7}}}));
}

TEST(LiveResults, RankingGivesBordaPointsAndMeanPlaces) {
  Activity ranking;
  ranking.kind = "poll";
  ranking.poll_type = "ranking";
  ranking.options = {"Housing", "Work", "Peer support"};
  // Three people rank the three options: place 1 is worth 2 points, place 3 none.
  auto ranked = [](std::int64_t who, std::vector<int> order) {
    std::vector<AnswerRow> rows;
    for (std::size_t place = 0; place < order.size(); ++place)
      rows.push_back({who, std::nullopt, order[place], static_cast<int>(place) + 1, ""});
    return rows;
  };
  std::vector<AnswerRow> rows;
  for (auto part : {ranked(1, {2, 0, 1}), ranked(2, {2, 1, 0}), ranked(3, {0, 2, 1})})
    rows.insert(rows.end(), part.begin(), part.end());
  const json results = results_of(ranking, {}, rows, Audience::participant);
  EXPECT_EQ(results["respondents"], 3);
  EXPECT_EQ(results["points"], (json{3, 1, 5}));
  EXPECT_EQ(results["mean_rank"], (json{2.0, 2.7, 1.3}));
  // Two who answered: no breakdown.
  rows.resize(6);
  EXPECT_EQ(results_of(ranking, {}, rows, Audience::facilitator),
            (json{{"respondents", 2}, {"withheld", "fewer_than_3"}}));
}

}  // namespace
}  // namespace samla::live
