#include "core/text_checks.h"

#include <algorithm>

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <set>

#include "core/date.h"
#include "core/messages.h"

namespace samla {

std::size_t character_count(std::string_view text) {
  return static_cast<std::size_t>(
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())))
          .countChar32());
}

bool is_language_code(const std::string& code) {
  if (code.size() != 2 || !std::islower(static_cast<unsigned char>(code[0])) ||
      !std::islower(static_cast<unsigned char>(code[1])))
    return false;
  static const std::set<std::string> known = [] {
    std::set<std::string> out;
    for (const char* const* c = icu::Locale::getISOLanguages(); *c; ++c) out.insert(*c);
    return out;
  }();
  return known.count(code) > 0;
}

bool is_blank(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  });
}

void check_text(const std::string& field, const std::string& text, std::size_t max,
                std::vector<FieldError>& errors) {
  if (is_blank(text))
    errors.emplace_back(field, Msg::not_empty);
  else
    check_optional_text(field, text, max, errors);
}

void check_optional_text(const std::string& field, const std::string& text, std::size_t max,
                         std::vector<FieldError>& errors) {
  if (character_count(text) > max)
    errors.emplace_back(field, Msg::max_characters, MessageParams{{"max", std::to_string(max)}});
}

bool check_optional_day(std::vector<FieldError>& errors, const std::string& field,
                        const std::optional<std::string>& day) {
  if (!day) return false;
  if (parse_day(*day)) return true;
  errors.emplace_back(field, Msg::date_format);
  return false;
}

}  // namespace samla
