// The evaluation's rules: the default instrument, what a form may hold and what an answer
// must be. Pure; table tests in rules_test.cc.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "evaluation/model.h"

namespace samla::evaluation {

inline constexpr std::size_t kMaxItems = 30;
inline constexpr std::size_t kMaxItemText = 500;     // characters, per language
inline constexpr std::size_t kMaxAnswerText = 2000;  // characters

// The default instrument in Swedish and English: five statements on a scale of 1 to 5
// (understanding of the theme's policy landscape, confidence, readiness, intention to act,
// knowing whom to contact in another country) and one question in free text.
std::vector<Item> default_items();

// The problems of `items` as a form (fields "items", "items[2].text_sv" …), giving new items
// (id 0) the next free ids. A form holds 1 to kMaxItems items, at least one on the scale.
std::vector<FieldError> check_items(std::vector<Item>& items);

// One rating or text of an answer, as a participant sends it.
struct AnswerValue {
  std::int64_t item_id = 0;
  std::optional<std::int64_t> rating;  // 1..5, for a scale item
  std::optional<std::string> text;     // for a text item
};

struct AnswerInput {
  std::string phase;
  std::vector<AnswerValue> answers;
};

// The answer `input` to a form of `items` (fields "phase", "answers[1].rating" …): every item
// at most once, a rating 1..5 for a scale item and text for a text item; blank texts are left
// out. At least one item must be answered.
Result<Answer> check_answer(const std::vector<Item>& items, const AnswerInput& input);

// Which phase an invitation may answer now: before while the event is open for invitations
// and the invitation is not declined or withdrawn; after once the event has been held (not
// closed) for those who came (attended, or accepted where nobody was checked in).
std::optional<std::string> open_phase(const std::string& event_status,
                                      const std::string& invitation_status);

}  // namespace samla::evaluation
