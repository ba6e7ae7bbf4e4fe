#include "evaluation/rules.h"

#include <algorithm>
#include <set>

#include "core/text_checks.h"

namespace samla::evaluation {

std::vector<Item> default_items() {
  return {
      {1, "scale", "Jag förstår hur politik och styrning ser ut inom evenemangets tema.",
       "I understand the policy landscape of this event's theme."},
      {2, "scale", "Jag känner mig trygg i att vara med och påverka inom temat.",
       "I feel confident to take part in shaping policy on this theme."},
      {3, "scale", "Jag och min organisation är redo att agera inom temat.",
       "My organisation and I are ready to act on this theme."},
      {4, "scale", "Jag tänker göra något konkret inom temat det närmaste halvåret.",
       "I intend to do something concrete on this theme in the next six months."},
      {5, "scale", "Jag vet vem jag kan kontakta i ett annat land.",
       "I know whom to contact in another country."},
      {6, "text", "Vill du berätta något mer?", "Is there anything else you would like to say?"},
  };
}

std::vector<FieldError> check_items(std::vector<Item>& items) {
  std::vector<FieldError> errors;
  if (items.empty()) errors.emplace_back("items", Msg::not_empty);
  if (items.size() > kMaxItems)
    errors.emplace_back("items", Msg::at_most_items,
                        MessageParams{{"max", std::to_string(kMaxItems)}});
  std::set<std::int64_t> seen;
  std::int64_t next = 1;
  for (const Item& item : items) next = std::max(next, item.id + 1);
  bool any_scale = false;
  for (std::size_t i = 0; i < items.size(); ++i) {
    Item& item = items[i];
    const std::string at = "items[" + std::to_string(i) + "]";
    if (item.id == 0) item.id = next++;
    if (!seen.insert(item.id).second) errors.emplace_back(at + ".id", Msg::already_used);
    if (item.kind != "scale" && item.kind != "text")
      errors.emplace_back(at + ".kind", Msg::one_of, MessageParams{{"values", "scale\ntext"}});
    any_scale = any_scale || item.kind == "scale";
    check_text(at + ".text_sv", item.text_sv, kMaxItemText, errors);
    check_text(at + ".text_en", item.text_en, kMaxItemText, errors);
  }
  if (!items.empty() && !any_scale) errors.emplace_back("items", Msg::needs_a_scale_item);
  return errors;
}

Result<Answer> check_answer(const std::vector<Item>& items, const AnswerInput& input) {
  std::vector<FieldError> errors;
  Answer out;
  out.phase = input.phase;
  if (input.phase != kBefore && input.phase != kAfter)
    errors.emplace_back("phase", Msg::one_of, MessageParams{{"values", "before\nafter"}});
  if (input.answers.size() > kMaxItems)
    errors.emplace_back("answers", Msg::at_most_items,
                        MessageParams{{"max", std::to_string(kMaxItems)}});
  std::set<std::int64_t> seen;
  for (std::size_t i = 0; i < input.answers.size() && i < kMaxItems; ++i) {
    const AnswerValue& a = input.answers[i];
    const std::string at = "answers[" + std::to_string(i) + "]";
    auto item = std::find_if(items.begin(), items.end(),
                             [&](const Item& it) { return it.id == a.item_id; });
    if (item == items.end()) {
      errors.emplace_back(at + ".item_id", Msg::no_item_with_id,
                          MessageParams{{"id", std::to_string(a.item_id)}});
      continue;
    }
    if (!seen.insert(a.item_id).second) {
      errors.emplace_back(at + ".item_id", Msg::already_used);
      continue;
    }
    if (item->kind == "scale") {
      if (a.text) errors.emplace_back(at + ".text", Msg::only_for_text_items);
      if (!a.rating || *a.rating < 1 || *a.rating > 5)
        errors.emplace_back(at + ".rating", Msg::whole_number_range,
                            MessageParams{{"min", "1"}, {"max", "5"}});
      else
        out.ratings[a.item_id] = static_cast<int>(*a.rating);
    } else {
      if (a.rating) errors.emplace_back(at + ".rating", Msg::only_for_scale_items);
      if (a.text && character_count(*a.text) > kMaxAnswerText)
        errors.emplace_back(at + ".text", Msg::max_characters,
                            MessageParams{{"max", std::to_string(kMaxAnswerText)}});
      else if (a.text && !is_blank(*a.text))
        out.texts[a.item_id] = *a.text;
    }
  }
  if (errors.empty() && out.ratings.empty() && out.texts.empty())
    errors.emplace_back("answers", Msg::answer_something);
  if (!errors.empty()) return invalid_fields(std::move(errors));
  return out;
}

std::optional<std::string> open_phase(const std::string& event_status,
                                      const std::string& invitation_status) {
  if (event_status == "open_for_invitations") {
    if (invitation_status == "invited" || invitation_status == "accepted" ||
        invitation_status == "tentative" || invitation_status == "attended")
      return std::string(kBefore);
    return std::nullopt;
  }
  if (event_status == "held" || event_status == "reported") {
    if (invitation_status == "attended" || invitation_status == "accepted")
      return std::string(kAfter);
  }
  return std::nullopt;
}

}  // namespace samla::evaluation
