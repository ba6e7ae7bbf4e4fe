#include "initiatives/rules.h"

#include "core/messages.h"
#include "core/text_checks.h"

namespace samla::initiatives {
namespace {

void check_between(std::vector<FieldError>& errors, const char* field, int value, int low,
                   int high) {
  if (value < low || value > high)
    errors.emplace_back(field, Msg::whole_number_range,
                        MessageParams{{"min", std::to_string(low)}, {"max", std::to_string(high)}});
}

}  // namespace

std::vector<FieldError> check_initiative(const Initiative& i) {
  std::vector<FieldError> errors;
  check_text("title", i.title, 300, errors);
  check_optional_text("description", i.description, 4000, errors);
  check_optional_text("proposed_by", i.proposed_by, 200, errors);
  if (i.themes.size() > 20)
    errors.emplace_back("themes", Msg::at_most_items, MessageParams{{"max", "20"}});
  return errors;
}

std::vector<FieldError> check_rating(const Rating& r) {
  std::vector<FieldError> errors;
  check_between(errors, "impact", r.impact, 1, 5);
  check_between(errors, "feasibility", r.feasibility, 1, 5);
  check_between(errors, "urgency", r.urgency, 1, 5);
  check_between(errors, "fit", r.fit, 1, 5);
  check_optional_text("note", r.note, 2000, errors);
  return errors;
}

std::vector<FieldError> check_weights(const Weights& w) {
  std::vector<FieldError> errors;
  check_between(errors, "impact", w.impact, 0, 10);
  check_between(errors, "feasibility", w.feasibility, 0, 10);
  check_between(errors, "urgency", w.urgency, 0, 10);
  check_between(errors, "fit", w.fit, 0, 10);
  if (errors.empty() && w.impact + w.feasibility + w.urgency + w.fit == 0)
    errors.emplace_back("impact", Msg::weights_all_zero);
  return errors;
}

}  // namespace samla::initiatives
