// What an activity's answers add up to, as one audience may see it (issue 21 part 6): no
// breakdown when fewer than kMinGroup people answered, only the number who answered when it is
// about lived experience, and for participants nothing while the facilitator holds the results
// back until it closes. Pure: the table tests in results_test.cc pin each rule.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "live/model.h"

namespace samla::live {

inline constexpr int kMinGroup = 3;

// One stored answer row (live_answers).
struct AnswerRow {
  std::int64_t participant_id = 0;
  std::optional<std::int64_t> input_id;
  std::optional<int> choice;
  std::optional<int> value;
  std::string words;
};

enum class Audience { facilitator, participant };

// {"respondents": n} and, where allowed, the breakdown: "counts" per option (single, multiple),
// per value 1–5 and "mean" (scale), "points" (Borda: first of n gets n-1) and "mean_rank" per
// option (ranking), "words" [{word, count}] (words), "per_input"
// [{input_id, ...}] (dots: dots; statements: agree, disagree, pass; ideas: upvotes); or
// "held": true, or "withheld": "fewer_than_3" | "lived_experience".
nlohmann::json results_of(const Activity& activity, const std::vector<Input>& inputs,
                          const std::vector<AnswerRow>& answers, Audience audience);

// A word as the words poll counts it: trimmed, lower case (ASCII and, through ICU, any script).
std::string word_key(const std::string& text);

}  // namespace samla::live
