#include "network/rules.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

#include "core/date.h"

namespace samla::network {
namespace {

bool contains(const std::vector<std::string>& list, const std::string& v) {
  return std::find(list.begin(), list.end(), v) != list.end();
}

}  // namespace

const std::vector<std::string>& tie_types() {
  static const std::vector<std::string> v{
      "collaboration", "information_exchange", "funding", "formal_authority", "advice", "conflict"};
  return v;
}

const std::vector<std::string>& tie_sources() {
  static const std::vector<std::string> v{"reported", "observed"};
  return v;
}

// The proleptic Gregorian calendar, written exactly YYYY-MM-DD (ties are filtered by
// comparing dates as text, in SQL too).
bool is_real_day(const std::string& text) {
  return parse_day(text).has_value();
}

std::string node_key(const Stakeholder& s) {
  return (s.kind == Stakeholder::Kind::person ? "p:" : "o:") + std::to_string(s.id);
}

std::vector<FieldError> check_tie(const Tie& t) {
  std::vector<FieldError> errors;
  if (!contains(tie_types(), t.type))
    errors.emplace_back("type", Msg::must_be_values,
                        MessageParams{{"values", one_per_line(tie_types())}});
  if (!contains(tie_sources(), t.source))
    errors.emplace_back("source", Msg::must_be_values,
                        MessageParams{{"values", "reported\nobserved"}});
  if (t.strength < 1 || t.strength > 3)
    errors.emplace_back("strength", Msg::must_be_values, MessageParams{{"values", "1\n2\n3"}});
  if (t.from == t.to) errors.emplace_back("to", Msg::another_stakeholder);
  if (t.starts_on && !is_real_day(*t.starts_on)) errors.emplace_back("starts_on", Msg::date_format);
  if (t.ends_on && !is_real_day(*t.ends_on)) errors.emplace_back("ends_on", Msg::date_format);
  if (t.starts_on && t.ends_on && is_real_day(*t.starts_on) && is_real_day(*t.ends_on) &&
      *t.ends_on < *t.starts_on)
    errors.emplace_back("ends_on", Msg::not_before_start_date);
  if (t.note.size() > 2000)
    errors.emplace_back("note", Msg::max_characters, MessageParams{{"max", "2000"}});
  return errors;
}

std::vector<std::string> month_starts(const std::string& from_day, const std::string& to_day,
                                      std::size_t max) {
  std::vector<std::string> out;
  auto from = parse_day(from_day);
  auto to = parse_day(to_day);
  if (!from || !to || *from > *to) return out;
  for (std::chrono::year_month m{from->year(), from->month()};
       std::chrono::year_month_day{m / 1} <= *to; m += std::chrono::months{1}) {
    char text[32];  // room for any year the type holds: -O2 checks the bound
    std::snprintf(text, sizeof text, "%04d-%02u-01", static_cast<int>(m.year()),
                  static_cast<unsigned>(m.month()));
    out.emplace_back(text);
  }
  if (out.size() > max) out.erase(out.begin(), out.end() - static_cast<std::ptrdiff_t>(max));
  return out;
}

double faded_weight(const std::string& event_day, const std::string& day, int half_life_days) {
  if (half_life_days <= 0) return 1;
  auto from = parse_day(event_day);
  auto to = parse_day(day);
  if (!from || !to) return 1;
  const auto age = (std::chrono::sys_days(*to) - std::chrono::sys_days(*from)).count();
  if (age <= 0) return 1;
  return std::exp2(-static_cast<double>(age) / half_life_days);
}

bool tie_holds_on(const Tie& t, const std::string& day) {
  return (!t.starts_on || *t.starts_on <= day) && (!t.ends_on || day <= *t.ends_on);
}

}  // namespace samla::network
