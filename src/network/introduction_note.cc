#include "network/introduction_note.h"

#include <algorithm>

#include "core/clock.h"
#include "register/store.h"
#include "register/validation.h"

namespace samla::network {

Result<IntroductionNote> note_introduction(storage::Session& s,
                                           const std::vector<std::int64_t>& person_ids,
                                           const std::string& text,
                                           const access::Principal& actor) {
  std::vector<FieldError> errors;
  if (person_ids.size() != 2 || person_ids[0] <= 0 || person_ids[1] <= 0)
    errors.emplace_back("person_ids", Msg::must_be_two_people);
  else if (person_ids[0] == person_ids[1])
    errors.emplace_back("person_ids", Msg::two_different_people);
  // One line: line breaks in the text become spaces.
  std::string flat = text;
  std::replace_if(
      flat.begin(), flat.end(), [](char c) { return c == '\n' || c == '\r'; }, ' ');
  const std::string trimmed = registry::trim(flat);
  if (trimmed.empty())
    errors.emplace_back("text", Msg::required);
  else if (registry::length_utf8(trimmed) > kMaxIntroductionNote)
    errors.emplace_back("text", Msg::max_characters, MessageParams{{"max", "2000"}});
  if (!errors.empty()) return invalid_fields(std::move(errors));

  IntroductionNote out;
  out.line = now_iso8601().substr(0, 10) + ": " + trimmed;
  for (std::int64_t id : person_ids) {
    auto found = registry::store::get_person(s, id);
    if (!found.ok() && found.error().code == ErrorCode::not_found)
      return invalid_field("person_ids", Msg::no_person_with_id, {{"id", std::to_string(id)}});
    SAMLA_ASSIGN(registry::Person person, std::move(found));
    const std::int64_t version = person.meta.version;
    person.notes += person.notes.empty() ? out.line : "\n" + out.line;
    if (registry::length_utf8(person.notes) > registry::kMaxPersonNotes)
      return invalid_field(
          "text", Msg::notes_would_be_too_long,
          {{"id", std::to_string(id)}, {"max", std::to_string(registry::kMaxPersonNotes)}});
    SAMLA_ASSIGN(registry::Person stored,
                 registry::store::update_person(s, id, std::move(person), version, actor));
    out.people.push_back({id, stored.meta.version});
  }
  return out;
}

}  // namespace samla::network
