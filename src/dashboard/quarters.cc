#include "dashboard/quarters.h"

#include <fmt/format.h>

#include "core/date.h"

namespace samla::dashboard {
namespace {

Quarter make_quarter(int year, int q) {
  const unsigned first = static_cast<unsigned>(3 * (q - 1) + 1);
  const Day start{std::chrono::year{year}, std::chrono::month{first}, std::chrono::day{1}};
  const Day last{std::chrono::year_month_day_last{
      std::chrono::year{year}, std::chrono::month_day_last{std::chrono::month{first + 2}}}};
  return {fmt::format("{:04}-Q{}", year, q), format_day(start), format_day(last)};
}

}  // namespace

std::optional<Quarter> parse_quarter(std::string_view text) {
  if (text.size() != 7 || text[4] != '-' || text[5] != 'Q' || text[6] < '1' || text[6] > '4')
    return std::nullopt;
  // The year as parse_day reads one: four digits, in the years samla holds.
  if (!parse_day(fmt::format("{}-01-01", text.substr(0, 4)))) return std::nullopt;
  return make_quarter(std::stoi(std::string(text.substr(0, 4))), text[6] - '0');
}

std::optional<Quarter> quarter_of(std::string_view day) {
  auto d = parse_day(day);
  if (!d) return std::nullopt;
  const int month = static_cast<int>(static_cast<unsigned>(d->month()));
  return make_quarter(static_cast<int>(d->year()), (month - 1) / 3 + 1);
}

Quarter shift_quarter(const Quarter& q, int by) {
  const int index = std::stoi(q.label.substr(0, 4)) * 4 + (q.label[6] - '1') + by;
  return make_quarter(index / 4, index % 4 + 1);
}

std::vector<Quarter> quarters_between(const Quarter& from, const Quarter& to) {
  std::vector<Quarter> out;
  int year = std::stoi(from.label.substr(0, 4));
  int q = from.label[6] - '0';
  while (true) {
    Quarter next = make_quarter(year, q);
    if (next.label > to.label) break;
    out.push_back(std::move(next));
    if (++q == 5) q = 1, ++year;
  }
  return out;
}

}  // namespace samla::dashboard
