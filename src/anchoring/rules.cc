#include "anchoring/rules.h"

#include "core/messages.h"
#include "core/text_checks.h"

namespace samla::anchoring {

std::vector<FieldError> check_anchoring(const Anchoring& a, const Anchoring* before) {
  std::vector<FieldError> errors;
  if (a.organisation_id < 1) errors.emplace_back("organisation_id", Msg::required);
  if (level_rank(a.level) < 0)
    errors.emplace_back("level", Msg::must_be_values,
                        MessageParams{{"values", one_per_line(levels())}});
  check_optional_text("deciding_body", a.deciding_body, 300, errors);
  check_optional_text("decision_reference", a.decision_reference, 300, errors);
  check_optional_day(errors, "decision_date", a.decision_date);
  if (a.level == "formally_decided") {
    if (is_blank(a.deciding_body)) errors.emplace_back("deciding_body", Msg::formal_decision_needs);
    if (!a.decision_date) errors.emplace_back("decision_date", Msg::formal_decision_needs);
  }
  if (a.responsibilities.size() > 50)
    errors.emplace_back("responsibilities", Msg::at_most_items, MessageParams{{"max", "50"}});
  for (std::size_t i = 0; i < a.responsibilities.size() && i < 50; ++i)
    check_text("responsibilities[" + std::to_string(i) + "]", a.responsibilities[i], 500, errors);
  if (a.level_reason) check_optional_text("level_reason", *a.level_reason, 2000, errors);
  if (before && level_rank(a.level) >= 0 && level_rank(a.level) < level_rank(before->level) &&
      (!a.level_reason || is_blank(*a.level_reason)))
    errors.emplace_back("level_reason", Msg::lower_level_needs_reason,
                        MessageParams{{"level", before->level}});
  return errors;
}

}  // namespace samla::anchoring
