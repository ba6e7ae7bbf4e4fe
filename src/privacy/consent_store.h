// The consents' storage queries, each inside a caller's session (and transaction). Every write
// checks the rules and the references and is audited; a consent is never deleted but ends
// (withdrawn, or replaced by a newer one), so its history stays.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "access/principal.h"
#include "core/result.h"
#include "privacy/consent.h"
#include "storage/database.h"

namespace samla::privacy::consents {

// Every wording, by purpose and version.
Result<std::vector<ConsentText>> list_texts(storage::Session& s);
// Adds the next version of a purpose's wording; audited.
Result<ConsentText> add_text(storage::Session& s, ConsentText text, const access::Principal& actor);

// The person's consents, active ones first, then newest first. 404 when there is no such person.
Result<std::vector<Consent>> list_consents(storage::Session& s, std::int64_t person_id);
// The person's consent `id`; 404 when it is not theirs.
Result<Consent> get_consent(storage::Session& s, std::int64_t person_id, std::int64_t id);
// Records a consent (its wording: text_version, or the newest when 0; the day: given_on, or
// today), ending the active one of the same purpose as replaced.
Result<Consent> give_consent(storage::Session& s, Consent c, const access::Principal& actor);
// Ends an active consent as withdrawn (or objected to) through `channel`; 409 when it had ended.
Result<Consent> withdraw_consent(storage::Session& s, std::int64_t person_id, std::int64_t id,
                                 const std::string& channel,
                                 std::optional<std::int64_t> expected_version,
                                 const access::Principal& actor);
// A coordinator confirms a basis marked for review; 409 when it needs none.
Result<Consent> confirm_review(storage::Session& s, std::int64_t person_id, std::int64_t id,
                               std::optional<std::int64_t> expected_version,
                               const access::Principal& actor);

// New people (ids first_id–last_id, just added to the register) get a basis for contact on
// legitimate interest, recorded by `actor` through the register: the basis on which anyone
// is added to a stakeholder register. One statement for a whole import.
Status record_contact_basis(storage::Session& s, std::int64_t first_id, std::int64_t last_id,
                            const access::Principal& actor, const std::string& channel);

// Before person `other` is merged into `survivor`: their active consents for purposes the
// survivor has an active one of end as replaced, so that one stays active per purpose.
Status end_duplicates_before_merge(storage::Session& s, std::int64_t survivor, std::int64_t other,
                                   const access::Principal& actor);

// Whether the person has an active consent (or other basis) for `purpose`.
Result<bool> has_active(storage::Session& s, std::int64_t person_id, std::string_view purpose);

// What a coordinator should look at: bases set by the migration, and lived experience recorded
// without an active explicit consent.
struct ReviewEntry {
  std::int64_t person_id = 0;
  std::string name;
  std::optional<std::int64_t> consent_id;  // the basis to confirm (set_by_migration)
  std::string reason;                      // set_by_migration, lived_experience_without_consent
};
// At most `limit` of each kind; lived experience only when `special` (the reader sees it).
Result<std::vector<ReviewEntry>> review(storage::Session& s, bool special, int limit);

}  // namespace samla::privacy::consents
