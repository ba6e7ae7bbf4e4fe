// The live sessions' rules on what a facilitator or a participant sends, before anything is
// written (table tests in rules_test.cc).
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "live/model.h"

namespace samla::live {

inline constexpr std::size_t kMaxTitle = 300;
inline constexpr std::size_t kMaxInput = 500;  // an idea, question or statement, in characters
inline constexpr std::size_t kMaxOptions = 12;
inline constexpr std::size_t kMaxOption = 200;
inline constexpr std::size_t kMaxWords = 60;  // a words poll's answer
inline constexpr std::size_t kMaxDisplayName = 60;
inline constexpr int kMaxBudget = 20;
inline constexpr int kPerMinute = 60;  // inputs and answers a participant sends

std::vector<FieldError> check_session_title(const std::string& title);
// A new activity: its kind, question and what its kind needs (a poll's type and options, a dot
// budget, a timer's seconds).
std::vector<FieldError> check_activity(const Activity& a);
// An idea, question or statement.
std::vector<FieldError> check_input_text(const std::string& text);
// The wording the facilitator gives something promoted into the record (up to 4,000 characters,
// as long as a group of ideas may be).
inline constexpr std::size_t kMaxPromoted = 4000;
std::vector<FieldError> check_promoted_text(const std::string& text);
// A participant's answer to `activity` (open); the inputs it may refer to are checked apart.
std::vector<FieldError> check_answer(const Activity& activity, const Answer& answer);

// Characters, not bytes: what a person counts.
std::size_t characters(const std::string& text);

}  // namespace samla::live
