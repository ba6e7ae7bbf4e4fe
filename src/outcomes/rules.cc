#include "outcomes/rules.h"

#include <algorithm>

#include "core/date.h"
#include "core/messages.h"

namespace samla::outcomes {
namespace {

bool contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

void check_vocabulary(std::vector<FieldError>& errors, const char* field, const std::string& value,
                      const std::vector<std::string>& allowed) {
  if (!contains(allowed, value))
    errors.emplace_back(field, Msg::must_be_values,
                        MessageParams{{"values", one_per_line(allowed)}});
}

void check_action_point(const Outcome& o, const EventFacts& event, bool due_date_changed,
                        std::vector<FieldError>& errors) {
  if (o.kind != "action_point") {
    for (auto [field, given] :
         {std::pair{"owner_person_id", o.owner_person_id.has_value()},
          std::pair{"owner_organisation_id", o.owner_organisation_id.has_value()},
          std::pair{"due_date", o.due_date.has_value()},
          std::pair{"priority", o.priority.has_value()}})
      if (given) errors.emplace_back(field, Msg::only_for_action_points);
    return;
  }
  if (o.owner_person_id.has_value() == o.owner_organisation_id.has_value())
    errors.emplace_back(
        o.owner_person_id ? "owner_organisation_id" : "owner_person_id",
        o.owner_person_id ? Msg::person_or_organisation_not_both : Msg::action_point_owner);
  if (!o.due_date)
    errors.emplace_back("due_date", Msg::required);
  else if (!parse_day(*o.due_date))
    errors.emplace_back("due_date", Msg::date_format);
  else if (due_date_changed && *o.due_date < event.day)
    errors.emplace_back("due_date", Msg::not_before_event_day, MessageParams{{"day", event.day}});
  if (!o.priority)
    errors.emplace_back("priority", Msg::required);
  else
    check_vocabulary(errors, "priority", *o.priority, priorities());
}

void check_quote(const Outcome& o, std::vector<FieldError>& errors) {
  if (o.kind != "quote") {
    if (o.speaker_person_id) errors.emplace_back("speaker_person_id", Msg::only_for_quotes);
    if (o.named_on) errors.emplace_back("named_on", Msg::only_for_quotes);
    return;
  }
  if (o.named_on && !o.speaker_person_id)
    errors.emplace_back("named_on", Msg::named_needs_speaker);
  else if (o.named_on && !parse_day(*o.named_on))
    errors.emplace_back("named_on", Msg::date_format);
}

}  // namespace

std::vector<FieldError> check_outcome(const Outcome& o, const EventFacts& event,
                                      const Outcome* before) {
  std::vector<FieldError> errors;
  check_vocabulary(errors, "kind", o.kind, kinds());
  check_vocabulary(errors, "source", o.source, sources());
  check_vocabulary(errors, "status", o.status, statuses());
  if (o.text.find_first_not_of(" \t\r\n") == std::string::npos)
    errors.emplace_back("text", Msg::required);
  else if (o.text.size() > kMaxTextBytes)
    errors.emplace_back("text", Msg::max_bytes,
                        MessageParams{{"max", std::to_string(kMaxTextBytes)}});
  const bool same_item = before && before->agenda_item_id == o.agenda_item_id;
  if (o.agenda_item_id && !same_item &&
      std::find(event.agenda_item_ids.begin(), event.agenda_item_ids.end(), *o.agenda_item_id) ==
          event.agenda_item_ids.end())
    errors.emplace_back("agenda_item_id", Msg::no_agenda_item_with_id,
                        MessageParams{{"id", std::to_string(*o.agenda_item_id)}});
  if (!contains(kinds(), o.kind)) return errors;  // what belongs to a kind waits for one
  check_action_point(o, event, !before || before->due_date != o.due_date, errors);
  check_quote(o, errors);
  return errors;
}

bool is_reordering(std::vector<std::int64_t> ids, std::vector<std::int64_t> current) {
  std::sort(ids.begin(), ids.end());
  std::sort(current.begin(), current.end());
  return ids == current;
}

}  // namespace samla::outcomes
