#include "actions/rules.h"

#include <algorithm>
#include <charconv>
#include <set>

#include "core/date.h"
#include "core/messages.h"
#include "core/text_checks.h"

namespace samla::actions {
namespace {

bool contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

void check_vocabulary(std::vector<FieldError>& errors, const std::string& field,
                      const std::string& value, const std::vector<std::string>& allowed) {
  if (!contains(allowed, value))
    errors.emplace_back(field, Msg::must_be_values,
                        MessageParams{{"values", one_per_line(allowed)}});
}

void check_party(const std::string& field, const Party& p, std::vector<FieldError>& errors) {
  if (p.person_id.has_value() == p.organisation_id.has_value())
    errors.emplace_back(field, Msg::one_party_exactly);
}

void check_parties(const std::string& field, const std::vector<Party>& parties,
                   std::vector<FieldError>& errors) {
  if (parties.size() > kMaxParties) {
    errors.emplace_back(field, Msg::at_most_items,
                        MessageParams{{"max", std::to_string(kMaxParties)}});
    return;
  }
  for (std::size_t i = 0; i < parties.size(); ++i)
    check_party(field + "[" + std::to_string(i) + "]", parties[i], errors);
}

void check_date(const std::string& field, const std::optional<std::string>& day,
                std::vector<FieldError>& errors) {
  if (day && !parse_day(*day)) errors.emplace_back(field, Msg::date_format);
}

void check_indicators(const std::vector<Indicator>& indicators, std::vector<FieldError>& errors) {
  if (indicators.size() > kMaxIndicators) {
    errors.emplace_back("indicators", Msg::at_most_items,
                        MessageParams{{"max", std::to_string(kMaxIndicators)}});
    return;
  }
  for (std::size_t i = 0; i < indicators.size(); ++i) {
    const Indicator& indicator = indicators[i];
    const std::string at = "indicators[" + std::to_string(i) + "]";
    check_text(at + ".name", indicator.name, 200, errors);
    check_optional_text(at + ".unit", indicator.unit, 50, errors);
    check_vocabulary(errors, at + ".direction", indicator.direction, directions());
    if (indicator.measurements.size() > kMaxMeasurements)
      errors.emplace_back(at + ".measurements", Msg::at_most_items,
                          MessageParams{{"max", std::to_string(kMaxMeasurements)}});
    for (std::size_t m = 0; m < indicator.measurements.size(); ++m) {
      const Measurement& measurement = indicator.measurements[m];
      const std::string where = at + ".measurements[" + std::to_string(m) + "]";
      if (measurement.date.empty())
        errors.emplace_back(where + ".date", Msg::required);
      else
        check_date(where + ".date", measurement.date, errors);
      check_optional_text(where + ".note", measurement.note, 500, errors);
    }
  }
}

}  // namespace

std::vector<FieldError> check_plan(const ActionPlan& plan) {
  std::vector<FieldError> errors;
  check_text("title", plan.title, kMaxTitle, errors);
  if (plan.description.size() > kMaxDescriptionBytes)
    errors.emplace_back("description", Msg::max_bytes,
                        MessageParams{{"max", std::to_string(kMaxDescriptionBytes)}});
  const int owners =
      int(plan.theme.has_value()) + int(plan.event_id.has_value()) + int(plan.group_id.has_value());
  if (owners != 1) errors.emplace_back(plan.theme ? "theme" : "event_id", Msg::plan_belongs_to_one);
  return errors;
}

std::vector<FieldError> check_action(const Action& a) {
  std::vector<FieldError> errors;
  check_text("title", a.title, kMaxTitle, errors);
  if (a.description.size() > kMaxDescriptionBytes)
    errors.emplace_back("description", Msg::max_bytes,
                        MessageParams{{"max", std::to_string(kMaxDescriptionBytes)}});
  if (!a.accountable)
    errors.emplace_back("accountable", Msg::required);
  else
    check_party("accountable", *a.accountable, errors);
  check_parties("responsible", a.responsible, errors);
  check_parties("consulted", a.consulted, errors);
  check_parties("informed", a.informed, errors);
  check_date("start_date", a.start_date, errors);
  check_date("due_date", a.due_date, errors);
  if (a.start_date && a.due_date && parse_day(*a.start_date) && parse_day(*a.due_date) &&
      *a.due_date < *a.start_date)
    errors.emplace_back("due_date", Msg::not_before_from);
  if (a.depends_on.size() > kMaxDependencies)
    errors.emplace_back("depends_on", Msg::at_most_items,
                        MessageParams{{"max", std::to_string(kMaxDependencies)}});
  else if (a.id && std::find(a.depends_on.begin(), a.depends_on.end(), a.id) != a.depends_on.end())
    errors.emplace_back("depends_on", Msg::dependency_cycle,
                        MessageParams{{"cycle", cycle_text({a.id, a.id})}});
  check_indicators(a.indicators, errors);
  return errors;
}

bool allowed_step(const std::string& from, const std::string& to) {
  if (to == "dropped") return from != "dropped";
  static const std::set<std::pair<std::string, std::string>> steps{{"proposed", "agreed"},
                                                                   {"agreed", "in_progress"},
                                                                   {"in_progress", "blocked"},
                                                                   {"blocked", "in_progress"},
                                                                   {"in_progress", "done"}};
  return steps.count({from, to}) > 0;
}

std::vector<FieldError> check_update(const Action& current, const UpdateRequest& update) {
  std::vector<FieldError> errors;
  if (!update.status && !update.progress && is_blank(update.note))
    errors.emplace_back("note", Msg::change_something);
  if (update.status) {
    if (!contains(statuses(), *update.status))
      check_vocabulary(errors, "status", *update.status, statuses());
    else if (*update.status != current.status && !allowed_step(current.status, *update.status))
      errors.emplace_back("status", Msg::cannot_go_from_to,
                          MessageParams{{"from", current.status}, {"to", *update.status}});
    if (*update.status == "dropped" && is_blank(update.dropped_reason))
      errors.emplace_back("dropped_reason", Msg::reason_required);
  }
  if (update.progress && (*update.progress < 0 || *update.progress > 100))
    errors.emplace_back("progress", Msg::whole_number_range,
                        MessageParams{{"min", "0"}, {"max", "100"}});
  check_optional_text("note", update.note, 2000, errors);
  check_optional_text("dropped_reason", update.dropped_reason, 2000, errors);
  return errors;
}

std::vector<std::int64_t> dependency_cycle(
    const std::map<std::int64_t, std::vector<std::int64_t>>& edges, std::int64_t action,
    const std::vector<std::int64_t>& depends_on) {
  // A breadth-first search from each new dependency for a way back to `action` along what the
  // others depend on: the shortest such way, with `action` in front, is the cycle.
  for (std::int64_t first : depends_on) {
    if (first == action) return {action, action};
    std::map<std::int64_t, std::int64_t> parent{{first, first}};
    std::vector<std::int64_t> queue{first};
    for (std::size_t i = 0; i < queue.size(); ++i) {
      const std::int64_t at = queue[i];
      if (at == action) {
        std::vector<std::int64_t> way{action};
        while (way.back() != first) way.push_back(parent.at(way.back()));
        way.push_back(action);
        std::reverse(way.begin(), way.end());
        return way;  // action → first → … → action
      }
      auto next = edges.find(at);
      if (next == edges.end()) continue;
      for (std::int64_t to : next->second)
        if (parent.emplace(to, at).second) queue.push_back(to);
    }
  }
  return {};
}

std::string cycle_text(const std::vector<std::int64_t>& cycle) {
  std::string out;
  for (std::size_t i = 0; i < cycle.size(); ++i) out += (i ? " → " : "") + std::to_string(cycle[i]);
  return out;
}

void surface(Action& a, const std::string& today, int stalled_days) {
  a.overdue = a.stalled = a.at_risk = false;
  const bool open = a.status != "done" && a.status != "dropped";
  if (!open) return;
  const auto now = parse_day(today);
  if (!now) return;
  const auto day_number = [](const Day& d) {
    return std::chrono::sys_days(d).time_since_epoch().count();
  };
  if (a.due_date && *a.due_date < today) a.overdue = true;
  if (auto last = parse_day(a.last_update_at.substr(0, 10)))
    a.stalled = day_number(*now) - day_number(*last) >= stalled_days;
  if (!a.start_date || !a.due_date) return;
  auto start = parse_day(*a.start_date), due = parse_day(*a.due_date);
  if (!start || !due || day_number(*now) <= day_number(*start)) return;
  const double span = std::max<double>(1, double(day_number(*due) - day_number(*start)));
  const double expected =
      std::min(100.0, 100.0 * double(day_number(*now) - day_number(*start)) / span);
  a.at_risk = double(a.progress) + 10.0 < expected;
}

std::string board_cursor(const Action& last) {
  return last.due_date.value_or("-") + "~" + std::to_string(last.id);
}

std::optional<BoardCursor> parse_board_cursor(std::string_view text) {
  const auto tilde = text.find('~');
  if (tilde == std::string_view::npos) return std::nullopt;
  BoardCursor cursor;
  const std::string_view due = text.substr(0, tilde), id = text.substr(tilde + 1);
  if (due != "-") {
    if (!parse_day(due)) return std::nullopt;
    cursor.due = std::string(due);
  }
  auto [end, ec] = std::from_chars(id.data(), id.data() + id.size(), cursor.id);
  if (ec != std::errc() || end != id.data() + id.size() || cursor.id < 1) return std::nullopt;
  return cursor;
}

bool after_cursor(const Action& a, const BoardCursor& cursor) {
  if (!cursor.due) return !a.due_date && a.id > cursor.id;
  if (!a.due_date) return true;
  return *a.due_date > *cursor.due || (*a.due_date == *cursor.due && a.id > cursor.id);
}

Page<Action> cut_board(std::vector<Action> board, std::optional<int> limit,
                       const std::optional<BoardCursor>& after) {
  Page<Action> page;
  page.total = static_cast<std::int64_t>(board.size());
  for (auto& a : board) {
    if (after && !after_cursor(a, *after)) continue;
    if (limit && page.items.size() == static_cast<std::size_t>(*limit)) {
      page.next = board_cursor(page.items.back());
      break;
    }
    page.items.push_back(std::move(a));
  }
  return page;
}

}  // namespace samla::actions
