#include "programme/rules.h"

#include <algorithm>
#include <regex>

#include "core/date.h"
#include "core/messages.h"
#include "core/text_checks.h"
#include "programme/criteria.h"

namespace samla::programme {
namespace {

bool contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

void check_span(std::vector<FieldError>& errors, const std::string& from_field,
                const std::optional<std::string>& from, const std::string& to_field,
                const std::optional<std::string>& to) {
  const bool from_ok = check_optional_day(errors, from_field, from);
  const bool to_ok = check_optional_day(errors, to_field, to);
  if (from_ok && to_ok && *to < *from) errors.emplace_back(to_field, Msg::not_before_from);
}

void check_count(std::vector<FieldError>& errors, const char* field, std::size_t size,
                 std::size_t max) {
  if (size > max)
    errors.emplace_back(field, Msg::at_most_items, MessageParams{{"max", std::to_string(max)}});
}

// An id sent back twice in one list would make two items one.
template <typename Item>
void check_unique_ids(std::vector<FieldError>& errors, const std::string& list,
                      const std::vector<Item>& items) {
  for (std::size_t i = 0; i < items.size(); ++i)
    for (std::size_t j = 0; j < i; ++j)
      if (items[i].id > 0 && items[i].id == items[j].id) {
        errors.emplace_back(list + "[" + std::to_string(i) + "].id", Msg::id_used_twice);
        break;
      }
}

}  // namespace

std::vector<FieldError> check_programme(const Programme& p) {
  std::vector<FieldError> errors;
  check_text("name", p.name, 200, errors);
  check_optional_text("purpose", p.purpose, 4000, errors);
  check_count(errors, "goals", p.goals.size(), kMaxGoals);
  for (std::size_t i = 0; i < p.goals.size() && i < kMaxGoals; ++i) {
    const std::string at = "goals[" + std::to_string(i) + "]";
    check_text(at + ".text", p.goals[i].text, 1000, errors);
    check_optional_text(at + ".indicator", p.goals[i].indicator, 500, errors);
    check_optional_text(at + ".target", p.goals[i].target, 500, errors);
  }
  check_count(errors, "workstreams", p.workstreams.size(), kMaxWorkstreams);
  for (std::size_t i = 0; i < p.workstreams.size() && i < kMaxWorkstreams; ++i) {
    const std::string at = "workstreams[" + std::to_string(i) + "]";
    check_text(at + ".name", p.workstreams[i].name, 200, errors);
    check_optional_text(at + ".description", p.workstreams[i].description, 2000, errors);
  }
  check_unique_ids(errors, "goals", p.goals);
  check_unique_ids(errors, "workstreams", p.workstreams);
  check_count(errors, "members", p.members.size(), kMaxMembers);
  for (std::size_t i = 0; i < p.members.size() && i < kMaxMembers; ++i) {
    const Membership& m = p.members[i];
    const std::string at = "members[" + std::to_string(i) + "]";
    if (m.organisation_id < 1) errors.emplace_back(at + ".organisation_id", Msg::required);
    if (!contains(membership_statuses(), m.status))
      errors.emplace_back(at + ".status", Msg::must_be_values,
                          MessageParams{{"values", one_per_line(membership_statuses())}});
    check_optional_day(errors, at + ".since", m.since);
    for (std::size_t j = 0; j < i; ++j)
      if (p.members[j].organisation_id == m.organisation_id) {
        errors.emplace_back(at + ".organisation_id", Msg::organisation_listed_twice);
        break;
      }
  }
  return errors;
}

std::vector<FieldError> check_phase(const Phase& p) {
  std::vector<FieldError> errors;
  static const std::regex kKey("^[a-z][a-z0-9_]{0,39}$");
  if (!std::regex_match(p.key, kKey)) errors.emplace_back("key", Msg::slug_format);
  check_text("name_en", p.name_en, 200, errors);
  check_text("name_sv", p.name_sv, 200, errors);
  check_span(errors, "planned_start", p.planned_start, "planned_end", p.planned_end);
  check_span(errors, "actual_start", p.actual_start, "actual_end", p.actual_end);
  check_count(errors, "milestones", p.milestones.size(), kMaxMilestones);
  for (std::size_t i = 0; i < p.milestones.size() && i < kMaxMilestones; ++i) {
    const std::string at = "milestones[" + std::to_string(i) + "]";
    check_text(at + ".title", p.milestones[i].title, 300, errors);
    check_optional_day(errors, at + ".due_date", p.milestones[i].due_date);
  }
  check_unique_ids(errors, "milestones", p.milestones);
  check_unique_ids(errors, "criteria", p.criteria);
  check_count(errors, "criteria", p.criteria.size(), kMaxCriteria);
  for (std::size_t i = 0; i < p.criteria.size() && i < kMaxCriteria; ++i) {
    const Criterion& c = p.criteria[i];
    const std::string at = "criteria[" + std::to_string(i) + "]";
    if (c.check) {
      const GateCheck* check = find_check(*c.check);
      if (!check)
        errors.emplace_back(at + ".check", Msg::must_be_values,
                            MessageParams{{"values", one_per_line(check_keys())}});
      else if (!check->param_ok(c.param))
        errors.emplace_back(at + ".param", Msg::check_param_wrong,
                            MessageParams{{"check", *c.check}});
    } else {
      check_text(at + ".label_en", c.label_en, 300, errors);
      check_text(at + ".label_sv", c.label_sv, 300, errors);
    }
  }
  return errors;
}

std::vector<FieldError> check_phase_order(const Phase& p, const Phase* before, const Phase* after,
                                          bool swedish) {
  std::vector<FieldError> errors;
  if (before && before->planned_start && p.planned_start &&
      *p.planned_start < *before->planned_start)
    errors.emplace_back("planned_start", Msg::phase_out_of_order_start,
                        MessageParams{{"phase", swedish ? before->name_sv : before->name_en}});
  if (after && after->planned_end && p.planned_end && *p.planned_end > *after->planned_end)
    errors.emplace_back("planned_end", Msg::phase_out_of_order_end,
                        MessageParams{{"phase", swedish ? after->name_sv : after->name_en}});
  return errors;
}

}  // namespace samla::programme
