#include "interactions/rules.h"

#include <algorithm>

#include "core/date.h"
#include "core/messages.h"
#include "core/text_checks.h"

namespace samla::interactions {

std::vector<FieldError> check_interaction(const Interaction& i) {
  std::vector<FieldError> errors;
  if (!i.person_id && !i.organisation_id) {
    errors.emplace_back("person_id", Msg::interaction_needs_someone);
    errors.emplace_back("organisation_id", Msg::interaction_needs_someone);
  }
  if (i.day.empty())
    errors.emplace_back("day", Msg::required);
  else if (!parse_day(i.day))
    errors.emplace_back("day", Msg::date_format);
  if (std::find(channels().begin(), channels().end(), i.channel) == channels().end())
    errors.emplace_back("channel", Msg::must_be_values,
                        MessageParams{{"values", one_per_line(channels())}});
  check_optional_text("by", i.by, 200, errors);
  check_optional_text("summary", i.summary, kMaxSummary, errors);
  if (check_optional_day(errors, "follow_up_on", i.follow_up_on) && i.follow_up_on &&
      parse_day(i.day) && *i.follow_up_on < i.day)
    errors.emplace_back("follow_up_on", Msg::not_before_contact);
  return errors;
}

}  // namespace samla::interactions
