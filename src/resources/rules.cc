#include "resources/rules.h"

#include <algorithm>
#include <set>

#include "core/messages.h"
#include "core/text_checks.h"
#include "core/utf8.h"
#include "core/web_address.h"

namespace samla::resources {
namespace {

// Whether `name` is well-formed UTF-8 without control characters (C0, DEL, C1) or the
// bidirectional controls that can make "exe.pdf" look like "fdp.exe" (U+202A–U+202E,
// U+2066–U+2069, U+200E/F).
bool plain_characters(const std::string& name) {
  const auto points = decode_utf8(name);
  if (!points) return false;
  for (char32_t point : *points) {
    if (point < 0x20 || (point >= 0x7F && point <= 0x9F)) return false;
    if ((point >= 0x202A && point <= 0x202E) || (point >= 0x2066 && point <= 0x2069) ||
        point == 0x200E || point == 0x200F)
      return false;
  }
  return true;
}

bool listed(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

}  // namespace

std::vector<FieldError> check_resource(const Resource& r) {
  std::vector<FieldError> errors;
  check_text("title", r.title, kMaxTitle, errors);
  check_optional_text("description", r.description, kMaxDescription, errors);
  if (!listed(kinds(), r.kind))
    errors.emplace_back("kind", Msg::must_be_values,
                        MessageParams{{"values", one_per_line(kinds())}});
  if (!listed(audiences(), r.audience))
    errors.emplace_back("audience", Msg::must_be_values,
                        MessageParams{{"values", one_per_line(audiences())}});
  if (!is_language_code(r.language))
    errors.emplace_back("language", Msg::language_code_format,
                        MessageParams{{"value", r.language}});
  if (r.themes.size() > kMaxThemes)
    errors.emplace_back("themes", Msg::at_most_items,
                        MessageParams{{"max", std::to_string(kMaxThemes)}});
  else if (std::set<std::string>(r.themes.begin(), r.themes.end()).size() != r.themes.size())
    errors.emplace_back("themes", Msg::listed_twice);
  if (r.url && !is_web_address(*r.url)) errors.emplace_back("url", Msg::web_address_http);
  return errors;
}

Result<std::string> kept_file_name(const std::string& given) {
  std::string name = given.substr(given.find_last_of("/\\") + 1);
  const auto first = name.find_first_not_of(" \t");
  const auto last = name.find_last_not_of(" \t");
  name = first == std::string::npos ? std::string() : name.substr(first, last - first + 1);
  std::vector<FieldError> errors;
  check_text("filename", name, kMaxFileName, errors);
  if (errors.empty() && (name == "." || name == ".." || !plain_characters(name)))
    errors.emplace_back("filename", Msg::file_name_format);
  if (!errors.empty()) return invalid_fields(std::move(errors));
  return name;
}

Status check_file_size(std::size_t bytes) {
  if (bytes == 0) return invalid_fields({FieldError("file", Msg::upload_empty)});
  if (bytes > kMaxFileBytes) {
    const MessageParams max{{"max", std::to_string(kMaxFileBytes / (1024 * 1024))}};
    return Error(ErrorCode::payload_too_large, Message{Msg::file_too_large, max},
                 {FieldError("file", Msg::file_too_large, max)});
  }
  return ok_status();
}

}  // namespace samla::resources
