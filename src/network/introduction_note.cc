#include "network/introduction_note.h"

#include "core/clock.h"
#include "core/text_checks.h"
#include "interactions/store.h"
#include "register/validation.h"
#include "storage/references.h"

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
  const std::string trimmed = registry::trim(text);
  check_text("text", trimmed, kMaxIntroductionNote, errors);
  if (!errors.empty()) return invalid_fields(std::move(errors));

  // Both people are checked before either contact is written.
  for (std::int64_t id : person_ids)
    SAMLA_TRY(storage::note_missing_reference(s, "SELECT 1 FROM people WHERE id = ?", id,
                                              "person_ids", Msg::no_person_with_id, errors));
  if (!errors.empty()) return invalid_fields(std::move(errors));
  IntroductionNote out{trimmed, {}};
  for (std::int64_t id : person_ids) {
    interactions::Interaction contact;
    contact.person_id = id;
    contact.day = now_iso8601().substr(0, 10);
    contact.channel = "note";
    contact.summary = trimmed;
    SAMLA_ASSIGN(auto kept, interactions::store::insert_interaction(s, std::move(contact), actor));
    out.contacts.push_back({id, kept.id});
  }
  return out;
}

}  // namespace samla::network
