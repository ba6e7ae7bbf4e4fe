#include "live/rules.h"

#include <algorithm>
#include <set>

namespace samla::live {
namespace {

bool blank(const std::string& text) {
  return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

void check_text(std::vector<FieldError>& errors, const char* field, const std::string& text,
                std::size_t max) {
  if (blank(text))
    errors.emplace_back(field, Msg::required);
  else if (characters(text) > max)
    errors.emplace_back(field, Msg::max_characters, MessageParams{{"max", std::to_string(max)}});
}

}  // namespace

const std::vector<std::string>& activity_kinds() {
  static const std::vector<std::string> v{"ideas", "poll", "dots", "statements", "timer"};
  return v;
}

const std::vector<std::string>& poll_types() {
  static const std::vector<std::string> v{"single", "multiple", "scale", "ranking", "words"};
  return v;
}

std::size_t characters(const std::string& text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

std::vector<FieldError> check_session_title(const std::string& title) {
  std::vector<FieldError> errors;
  check_text(errors, "title", title, kMaxTitle);
  return errors;
}

std::vector<FieldError> check_activity(const Activity& a) {
  std::vector<FieldError> errors;
  const auto& kinds = activity_kinds();
  if (std::find(kinds.begin(), kinds.end(), a.kind) == kinds.end()) {
    errors.emplace_back("kind", Msg::one_of,
                        MessageParams{{"values", "ideas\npoll\ndots\nstatements\ntimer"}});
    return errors;
  }
  check_text(errors, "title", a.title, kMaxTitle);
  if (a.kind == "poll") {
    const auto& types = poll_types();
    if (!a.poll_type || std::find(types.begin(), types.end(), *a.poll_type) == types.end())
      errors.emplace_back("poll_type", Msg::one_of,
                          MessageParams{{"values", "single\nmultiple\nscale\nranking\nwords"}});
    else if (*a.poll_type == "single" || *a.poll_type == "multiple" || *a.poll_type == "ranking") {
      if (a.options.size() < 2 || a.options.size() > kMaxOptions)
        errors.emplace_back("options", Msg::live_options_count,
                            MessageParams{{"min", "2"}, {"max", std::to_string(kMaxOptions)}});
      std::set<std::string> seen;
      for (const auto& option : a.options) {
        if (blank(option) || characters(option) > kMaxOption || !seen.insert(option).second) {
          errors.emplace_back("options", Msg::live_not_an_option);
          break;
        }
      }
    }
  }
  // Only a poll's answers can be kept to a total: written ideas and statements are shown.
  if (a.about_lived_experience && a.kind != "poll")
    errors.emplace_back("about_lived_experience", Msg::live_wrong_answer_kind);
  if (a.kind == "dots" && (!a.budget || *a.budget < 1 || *a.budget > kMaxBudget))
    errors.emplace_back("budget", Msg::whole_number_range,
                        MessageParams{{"min", "1"}, {"max", std::to_string(kMaxBudget)}});
  if (a.kind == "timer" && (!a.seconds || *a.seconds < 10 || *a.seconds > 3600))
    errors.emplace_back("seconds", Msg::whole_number_range,
                        MessageParams{{"min", "10"}, {"max", "3600"}});
  return errors;
}

std::vector<FieldError> check_input_text(const std::string& text) {
  std::vector<FieldError> errors;
  check_text(errors, "text", text, kMaxInput);
  return errors;
}

std::vector<FieldError> check_promoted_text(const std::string& text) {
  std::vector<FieldError> errors;
  check_text(errors, "text", text, kMaxPromoted);
  return errors;
}

std::vector<FieldError> check_answer(const Activity& activity, const Answer& answer) {
  std::vector<FieldError> errors;
  const std::string type = activity.poll_type.value_or("");
  if (activity.kind == "poll" && (type == "single" || type == "multiple")) {
    std::set<int> distinct(answer.choices.begin(), answer.choices.end());
    if (answer.choices.empty() || distinct.size() != answer.choices.size() ||
        (type == "single" && answer.choices.size() != 1))
      errors.emplace_back("choices", Msg::live_wrong_answer_kind);
    for (int c : answer.choices)
      if (c < 0 || static_cast<std::size_t>(c) >= activity.options.size()) {
        errors.emplace_back("choices", Msg::live_not_an_option);
        break;
      }
  } else if (activity.kind == "poll" && type == "ranking") {
    // Every option once, the most preferred first.
    std::set<int> distinct(answer.choices.begin(), answer.choices.end());
    if (answer.choices.size() != activity.options.size() ||
        distinct.size() != answer.choices.size())
      errors.emplace_back("choices", Msg::live_rank_every_option);
    for (int c : answer.choices)
      if (c < 0 || static_cast<std::size_t>(c) >= activity.options.size()) {
        errors.emplace_back("choices", Msg::live_not_an_option);
        break;
      }
  } else if (activity.kind == "poll" && type == "scale") {
    if (!answer.value || *answer.value < 1 || *answer.value > 5)
      errors.emplace_back("value", Msg::whole_number_range,
                          MessageParams{{"min", "1"}, {"max", "5"}});
  } else if (activity.kind == "poll" && type == "words") {
    check_text(errors, "words", answer.words, kMaxWords);
  } else if (activity.kind == "ideas") {
    if (!answer.input_id) errors.emplace_back("input_id", Msg::required);
  } else if (activity.kind == "statements") {
    if (!answer.input_id) errors.emplace_back("input_id", Msg::required);
    if (!answer.vote || *answer.vote < -1 || *answer.vote > 1)
      errors.emplace_back("vote", Msg::one_of, MessageParams{{"values", "agree\ndisagree\npass"}});
  } else if (activity.kind == "dots") {
    int total = 0;
    for (const auto& [input, dots] : answer.dots) {
      if (dots < 0 || dots > kMaxBudget) {
        errors.emplace_back("dots", Msg::live_wrong_answer_kind);
        return errors;
      }
      total += dots;
    }
    if (total > activity.budget.value_or(0))
      errors.emplace_back("dots", Msg::live_too_many_dots,
                          MessageParams{{"budget", std::to_string(activity.budget.value_or(0))}});
  } else {
    errors.emplace_back("activity_id", Msg::live_wrong_answer_kind);
  }
  return errors;
}

}  // namespace samla::live
