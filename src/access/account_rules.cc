#include "access/account_rules.h"

#include <algorithm>
#include <charconv>
#include <iterator>
#include <set>
#include <string_view>
#include <vector>

namespace samla::access {
namespace {

// A plain array: std::array's deduction guide would fold over every element, past clang's
// nesting limit of 256.
constexpr std::string_view kCommonPasswords[] = {
#include "access/common_passwords.inc"
};

// Words people pad to the length rule ("Sommar2025!", "Password12345").
constexpr std::string_view kCommonWords[] = {
    "password",  "passw0rd",      "p@ssw0rd", "p@ssword", "lösenord", "losenord",   "welcome",
    "välkommen", "valkommen",     "letmein",  "iloveyou", "qwerty",   "qwertyuiop", "asdfghjkl",
    "admin",     "administrator", "changeme", "sommar",   "vinter",   "summer",     "winter",
    "spring",    "autumn",        "hösten",   "våren",    "samla",    "monkey",     "dragon",
    "football",  "superman",      "sunshine", "princess", "master",   "shadow",     "starwars",
    "whatever",  "trustno1",      "secret",   "hemligt",  "sverige",  "sweden",     "stockholm",
    "göteborg",  "goteborg"};

// Lower-cases ASCII and the Swedish letters Å, Ä and Ö, which is what the list needs.
std::string lower(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 'A' && c <= 'Z') {
      out.push_back(static_cast<char>(c - 'A' + 'a'));
    } else if (c == 0xC3 && i + 1 < text.size()) {
      unsigned char next = static_cast<unsigned char>(text[i + 1]);
      // Å (C3 85), Ä (C3 84), Ö (C3 96) → å, ä, ö: the same letters 0x20 further on.
      if (next == 0x85 || next == 0x84 || next == 0x96)
        next = static_cast<unsigned char>(next + 0x20);
      out.push_back(static_cast<char>(c));
      out.push_back(static_cast<char>(next));
      ++i;
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

std::size_t characters(const std::string& text) {
  std::size_t count = 0;
  for (unsigned char c : text)
    if ((c & 0xC0) != 0x80) ++count;
  return count;
}

bool is_padding(char c) {
  return (c >= '0' && c <= '9') ||
         std::string_view("!@#$%^&*?.,_-+ ").find(c) != std::string_view::npos;
}

// A common word with only digits and symbols around it.
bool is_padded_common_word(const std::string& lowered) {
  std::size_t first = 0;
  while (first < lowered.size() && is_padding(lowered[first])) ++first;
  std::size_t last = lowered.size();
  while (last > first && is_padding(lowered[last - 1])) --last;
  std::string_view core(lowered.data() + first, last - first);
  return std::find(std::begin(kCommonWords), std::end(kCommonWords), core) !=
         std::end(kCommonWords);
}

// Fewer than four distinct bytes ("aaaaaaaaaaaa", "abababababab", "121212121212"), or one
// short unit repeated ("abcabcabcabc", "1234123412341234").
bool is_repetitive(const std::string& text) {
  if (std::set<char>(text.begin(), text.end()).size() < 4) return true;
  for (std::size_t unit = 1; unit <= 6 && unit * 2 <= text.size(); ++unit) {
    bool repeats = true;
    for (std::size_t i = unit; i < text.size() && repeats; ++i) repeats = text[i] == text[i - unit];
    if (repeats) return true;
  }
  return false;
}

// Every byte one more (or one less) than the one before, digits wrapping ("234567890123").
bool is_run(const std::string& text) {
  auto step = [](char a, char b) {
    if (a == '9' && b == '0') return 1;
    if (a == '0' && b == '9') return -1;
    return static_cast<int>(b) - static_cast<int>(a);
  };
  int direction = step(text[0], text[1]);
  if (direction != 1 && direction != -1) return false;
  for (std::size_t i = 2; i < text.size(); ++i)
    if (step(text[i - 1], text[i]) != direction) return false;
  return true;
}

}  // namespace

Status validate_new_account(const std::string& name, const std::string& password) {
  std::vector<FieldError> problems;
  if (auto problem = user_name_problem(name)) problems.push_back(*problem);
  if (auto valid = validate_password(password); !valid.ok())
    for (const FieldError& f : valid.error().fields) problems.push_back(f);
  if (!problems.empty()) return invalid_fields(std::move(problems));
  return ok_status();
}

std::optional<FieldError> user_name_problem(const std::string& name) {
  if (name.empty()) return FieldError("name", Msg::not_empty);
  if (name.size() > kMaxNameBytes)
    return FieldError("name", Msg::max_bytes, {{"max", std::to_string(kMaxNameBytes)}});
  if (name.front() == ' ' || name.back() == ' ')
    return FieldError("name", Msg::no_surrounding_spaces);
  for (unsigned char c : name)
    if (c < 0x20 || c == 0x7f) return FieldError("name", Msg::no_control_characters);
  return std::nullopt;
}

Result<std::chrono::seconds> parse_token_lifetime(const std::string& text) {
  auto problem = [] { return invalid_field("expires", Msg::token_lifetime_format); };
  if (text.size() < 2) return problem();
  std::int64_t count = 0;
  const char* end = text.data() + text.size() - 1;
  auto [stop, ec] = std::from_chars(text.data(), end, count);
  if (ec != std::errc() || stop != end || count <= 0) return problem();
  std::int64_t hours = 0;
  switch (*end) {
    case 'h':
      hours = 1;
      break;
    case 'd':
      hours = 24;
      break;
    case 'w':
      hours = 24 * 7;
      break;
    default:
      return problem();
  }
  constexpr std::int64_t kTenYearsInHours = 3653 * 24;
  if (count > kTenYearsInHours / hours) return problem();
  return std::chrono::seconds{count * hours * 3600};
}

bool is_common_password(const std::string& password) {
  std::string lowered = lower(password);
  return std::binary_search(std::begin(kCommonPasswords), std::end(kCommonPasswords), lowered,
                            [](std::string_view a, std::string_view b) { return a < b; });
}

Status validate_password(const std::string& password) {
  // Characters, not bytes: "åäöåäöåäöåäö" is as long as "abcdefghijkl".
  std::size_t length = characters(password);
  if (length < 12) return invalid_field("password", Msg::min_characters, {{"min", "12"}});
  if (length > kMaxPasswordCharacters)
    return invalid_field("password", Msg::max_characters,
                         {{"max", std::to_string(kMaxPasswordCharacters)}});
  bool blank = std::all_of(password.begin(), password.end(),
                           [](unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); });
  if (blank) return invalid_field("password", Msg::not_only_spaces);
  std::string lowered = lower(password);
  if (is_common_password(password) || is_padded_common_word(lowered) || is_repetitive(lowered) ||
      is_run(lowered))
    return invalid_field("password", Msg::common_password);
  return ok_status();
}

Status validate_login_input(const std::string& name, const std::string& password) {
  std::vector<FieldError> problems;
  if (name.size() > kMaxNameBytes)
    problems.emplace_back("name", Msg::max_bytes,
                          MessageParams{{"max", std::to_string(kMaxNameBytes)}});
  if (password.size() > kMaxLoginPasswordBytes)
    problems.emplace_back("password", Msg::max_bytes,
                          MessageParams{{"max", std::to_string(kMaxLoginPasswordBytes)}});
  if (!problems.empty()) return invalid_fields(std::move(problems));
  return ok_status();
}

}  // namespace samla::access
