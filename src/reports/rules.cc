#include "reports/rules.h"

#include <algorithm>

#include <unicode/unistr.h>

#include "core/date.h"

namespace samla::reports {
namespace {

std::size_t characters(const std::string& text) {
  return static_cast<std::size_t>(icu::UnicodeString::fromUTF8(text).countChar32());
}

}  // namespace

const std::vector<std::string>& statuses() {
  static const std::vector<std::string> list{"draft", "in_review", "approved", "published"};
  return list;
}

std::vector<FieldError> check_scope(const Report& r) {
  std::vector<FieldError> errors;
  const bool range = r.theme || r.from || r.to;
  if (r.event_id && range) errors.emplace_back("event_id", Msg::event_or_theme_not_both);
  if (!r.event_id && !range) errors.emplace_back("event_id", Msg::event_or_theme_needed);
  for (auto [field, value] : {std::pair{"from", &r.from}, std::pair{"to", &r.to}})
    if (*value && !parse_day(**value)) errors.emplace_back(field, Msg::date_format);
  if (r.from && r.to && parse_day(*r.from) && parse_day(*r.to) && *r.to < *r.from)
    errors.emplace_back("to", Msg::not_before_from);
  return errors;
}

std::vector<FieldError> check_texts(const Report& r) {
  std::vector<FieldError> errors;
  for (auto [field, value] :
       {std::pair{"intro_sv", &r.intro_sv}, std::pair{"intro_en", &r.intro_en},
        std::pair{"conclusions_sv", &r.conclusions_sv},
        std::pair{"conclusions_en", &r.conclusions_en}})
    if (characters(*value) > kMaxText)
      errors.emplace_back(field, Msg::max_characters,
                          MessageParams{{"max", std::to_string(kMaxText)}});
  return errors;
}

bool allowed_transition(const std::string& from, const std::string& to) {
  static const std::vector<std::pair<std::string, std::string>> moves{{"draft", "in_review"},
                                                                      {"in_review", "draft"},
                                                                      {"in_review", "approved"},
                                                                      {"approved", "published"},
                                                                      {"published", "approved"}};
  return std::find(moves.begin(), moves.end(), std::pair{from, to}) != moves.end();
}

bool is_format(const std::string& format) {
  return format == "html" || format == "pdf" || format == "docx" || format == "md" ||
         format == "json";
}

bool is_language(const std::string& lang) {
  return lang == "sv" || lang == "en";
}

}  // namespace samla::reports
