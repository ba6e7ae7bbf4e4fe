#include "groups/rules.h"

#include <algorithm>

#include "core/date.h"
#include "core/messages.h"
#include "core/text_checks.h"

namespace samla::groups {
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

// Whether two memberships (from, to; no end: still on) overlap.
bool overlap(const Member& a, const Member& b) {
  const std::string a_end = a.to_date.value_or("9999-12-31");
  const std::string b_end = b.to_date.value_or("9999-12-31");
  return a.from_date <= b_end && b.from_date <= a_end;
}

}  // namespace

std::vector<FieldError> check_group(const Group& g) {
  std::vector<FieldError> errors;
  check_vocabulary(errors, "kind", g.kind, kinds());
  check_text("name", g.name, 200, errors);
  check_optional_text("objective", g.objective, 4000, errors);
  check_optional_text("mandate", g.mandate, 4000, errors);
  const bool start_ok = check_optional_day(errors, "start_date", g.start_date);
  const bool end_ok = check_optional_day(errors, "end_date", g.end_date);
  if (start_ok && end_ok && *g.end_date < *g.start_date)
    errors.emplace_back("end_date", Msg::not_before_from);
  if (g.members.size() > kMaxMembers)
    errors.emplace_back("members", Msg::at_most_items,
                        MessageParams{{"max", std::to_string(kMaxMembers)}});
  for (std::size_t i = 0; i < g.members.size() && i < kMaxMembers; ++i) {
    const Member& m = g.members[i];
    const std::string at = "members[" + std::to_string(i) + "]";
    if (m.person_id < 1) errors.emplace_back(at + ".person_id", Msg::required);
    check_vocabulary(errors, at + ".role", m.role, member_roles());
    if (m.from_date.empty())
      errors.emplace_back(at + ".from_date", Msg::required);
    else if (check_optional_day(errors, at + ".from_date", m.from_date) &&
             check_optional_day(errors, at + ".to_date", m.to_date) && *m.to_date < m.from_date)
      errors.emplace_back(at + ".to_date", Msg::not_before_from);
    for (std::size_t j = 0; j < i; ++j)
      if (g.members[j].person_id == m.person_id && overlap(g.members[j], m)) {
        errors.emplace_back(at + ".person_id", Msg::already_member);
        break;
      }
  }
  if (g.deliverables.size() > kMaxDeliverables)
    errors.emplace_back("deliverables", Msg::at_most_items,
                        MessageParams{{"max", std::to_string(kMaxDeliverables)}});
  for (std::size_t i = 0; i < g.deliverables.size() && i < kMaxDeliverables; ++i) {
    const Deliverable& d = g.deliverables[i];
    const std::string at = "deliverables[" + std::to_string(i) + "]";
    check_text(at + ".title", d.title, 300, errors);
    check_optional_day(errors, at + ".due_date", d.due_date);
    check_vocabulary(errors, at + ".status", d.status, deliverable_statuses());
  }
  return errors;
}

}  // namespace samla::groups
