#include "register/validation.h"

#include "core/date.h"
#include "core/text_checks.h"
#include "core/web_address.h"

#include <algorithm>
#include <cctype>

namespace samla::registry {
namespace {

constexpr std::size_t kMaxName = 300;

void trim_in_place(std::string& s) {
  s = trim(s);
}

void trim_in_place(std::optional<std::string>& s) {
  if (!s) return;
  *s = trim(*s);
  if (s->empty()) s.reset();
}

std::string lower_ascii(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

void normalise_list(std::vector<std::string>& list, bool lower) {
  std::vector<std::string> out;
  for (auto& item : list) {
    std::string value = trim(item);
    if (lower) value = lower_ascii(value);
    if (!value.empty()) out.push_back(value);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  list = std::move(out);
}

void require_name(std::vector<FieldError>& errors, const char* field, const std::string& value,
                  std::size_t max = kMaxName) {
  if (value.empty())
    errors.emplace_back(field, Msg::required);
  else if (length_utf8(value) > max)
    errors.emplace_back(field, Msg::max_characters, MessageParams{{"max", std::to_string(max)}});
}

bool is_slug(const std::string& s) {
  if (s.empty() || s.size() > 64 || !std::islower(static_cast<unsigned char>(s[0]))) return false;
  return std::all_of(s.begin(), s.end(), [](unsigned char c) {
    return std::islower(c) || std::isdigit(c) || c == '_';
  });
}

bool is_country_code(const std::string& s) {
  return s.size() == 2 && std::isupper(static_cast<unsigned char>(s[0])) &&
         std::isupper(static_cast<unsigned char>(s[1]));
}

bool is_email(const std::string& s) {
  auto at = s.find('@');
  if (at == std::string::npos || at == 0 || s.find('@', at + 1) != std::string::npos) return false;
  auto dot = s.find('.', at);
  if (dot == std::string::npos || dot == at + 1 || dot + 1 >= s.size()) return false;
  return std::none_of(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c); }) &&
         s.size() <= 254;
}

bool is_phone(const std::string& s) {
  if (s.size() > 40) return false;
  int digits = 0;
  for (unsigned char c : s) {
    if (std::isdigit(c))
      ++digits;
    else if (!(c == '+' || c == ' ' || c == '-' || c == '(' || c == ')' || c == '.'))
      return false;
  }
  return digits >= 3;
}

bool is_language(const std::string& s) {
  return (s.size() == 2 || s.size() == 3) &&
         std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::islower(c); });
}

}  // namespace

std::size_t length_utf8(std::string_view s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

std::string trim(std::string_view text) {
  auto is_space = [](unsigned char c) { return std::isspace(c) != 0; };
  std::size_t begin = 0, end = text.size();
  while (begin < end && is_space(static_cast<unsigned char>(text[begin]))) ++begin;
  while (end > begin && is_space(static_cast<unsigned char>(text[end - 1]))) --end;
  return std::string(text.substr(begin, end - begin));
}

void normalise(Organisation& o) {
  trim_in_place(o.name);
  trim_in_place(o.sector);
  trim_in_place(o.level);
  trim_in_place(o.country);
  if (o.country)
    std::transform(o.country->begin(), o.country->end(), o.country->begin(), ::toupper);
  trim_in_place(o.website);
}

void normalise(Person& p) {
  trim_in_place(p.name);
  trim_in_place(p.title);
  trim_in_place(p.country);
  if (p.country)
    std::transform(p.country->begin(), p.country->end(), p.country->begin(), ::toupper);
  trim_in_place(p.email);
  if (p.email) p.email = lower_ascii(*p.email);
  trim_in_place(p.phone);
  p.notes = trim(p.notes);
  trim_in_place(p.mapped_by);
  trim_in_place(p.mapping_reason);
  normalise_list(p.perspectives, false);
  normalise_list(p.themes, false);
  normalise_list(p.languages, true);
  normalise_list(p.tags, true);
}

void normalise(Theme& t) {
  trim_in_place(t.slug);
  trim_in_place(t.name_en);
  trim_in_place(t.name_sv);
  t.description = trim(t.description);
}

void normalise(CountryGroup& g) {
  trim_in_place(g.slug);
  trim_in_place(g.name);
  g.description = trim(g.description);
  for (auto& c : g.countries) std::transform(c.begin(), c.end(), c.begin(), ::toupper);
  normalise_list(g.countries, false);
}

std::vector<FieldError> check(const Organisation& o, SectorAndLevel sector_and_level) {
  std::vector<FieldError> errors;
  require_name(errors, "name", o.name);
  // Both may wait, or neither: an organisation is either to complete or complete.
  const bool waiting = sector_and_level == SectorAndLevel::may_wait && !o.sector && !o.level;
  if (o.sector ? !is_sector(*o.sector) : !waiting)
    errors.emplace_back("sector", Msg::one_of, MessageParams{{"values", one_per_line(sectors())}});
  if (o.level ? !is_level(*o.level) : !waiting)
    errors.emplace_back("level", Msg::must_be_values,
                        MessageParams{{"values", one_per_line(levels())}});
  if (o.country && !is_country_code(*o.country))
    errors.emplace_back("country", Msg::country_code_format);
  if (o.website && (!is_web_address(*o.website) || o.website->size() > 500))
    errors.emplace_back("website", Msg::web_address_http);
  if (o.parent_id && *o.parent_id <= 0) errors.emplace_back("parent_id", Msg::must_be_positive_id);
  if (o.contact_person_id && *o.contact_person_id <= 0)
    errors.emplace_back("contact_person_id", Msg::must_be_positive_id);
  return errors;
}

std::vector<FieldError> check(const Person& p) {
  std::vector<FieldError> errors;
  require_name(errors, "name", p.name);
  if (p.title && length_utf8(*p.title) > kMaxName)
    errors.emplace_back("title", Msg::max_characters, MessageParams{{"max", "300"}});
  if (p.country && !is_country_code(*p.country))
    errors.emplace_back("country", Msg::country_code_format);
  if (p.email && !is_email(*p.email)) errors.emplace_back("email", Msg::email_format);
  if (p.phone && !is_phone(*p.phone)) errors.emplace_back("phone", Msg::phone_format);
  for (const auto& perspective : p.perspectives)
    if (!is_perspective(perspective))
      errors.emplace_back(
          "perspectives", Msg::unknown_perspective,
          MessageParams{{"value", perspective}, {"values", one_per_line(perspectives())}});
  for (const auto& language : p.languages)
    if (!is_language(language))
      errors.emplace_back("languages", Msg::language_code_format,
                          MessageParams{{"value", language}});
  for (const auto& tag : p.tags)
    if (length_utf8(tag) > 64)
      errors.emplace_back("tags", Msg::tag_too_long, MessageParams{{"max", "64"}});
  if (length_utf8(p.notes) > kMaxPersonNotes)
    errors.emplace_back("notes", Msg::max_characters, MessageParams{{"max", "20000"}});
  if (p.organisation_id && *p.organisation_id <= 0)
    errors.emplace_back("organisation_id", Msg::must_be_positive_id);
  if (check_optional_day(errors, "lived_experience_consent_on", p.lived_experience_consent_on) &&
      *p.lived_experience_consent_on > day_from_today(0))
    errors.emplace_back("lived_experience_consent_on", Msg::in_the_future);
  return errors;
}

std::vector<FieldError> check(const Theme& t) {
  std::vector<FieldError> errors;
  if (!is_slug(t.slug)) errors.emplace_back("slug", Msg::slug_format);
  require_name(errors, "name_en", t.name_en);
  require_name(errors, "name_sv", t.name_sv);
  return errors;
}

std::vector<FieldError> check(const CountryGroup& g) {
  std::vector<FieldError> errors;
  if (!is_slug(g.slug)) errors.emplace_back("slug", Msg::slug_format);
  require_name(errors, "name", g.name);
  for (const auto& c : g.countries)
    if (!is_country_code(c))
      errors.emplace_back("countries", Msg::unknown_country, MessageParams{{"value", c}});
  return errors;
}

}  // namespace samla::registry
