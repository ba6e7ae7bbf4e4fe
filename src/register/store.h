// The register's storage queries, each inside a caller-supplied session (and so inside the
// caller's transaction). RegisterService wraps each in a transaction of its own; the
// importer runs many in one. Every write here also writes its audit entry.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "access/principal.h"
#include "core/language.h"
#include "register/model.h"
#include "storage/database.h"

namespace samla::registry::store {

// Field checks that need no database (normalised copies are checked; see validation.h).
std::vector<FieldError> validate_organisation(
    const Organisation& o, SectorAndLevel sector_and_level = SectorAndLevel::required);
std::vector<FieldError> validate_person(const Person& p);

// Resolves "SE", "SWE", "Sweden" or "Sverige" (any case) to "SE"; not_found otherwise.
Result<std::string> resolve_country(storage::Session& s, std::string_view text);

Result<Organisation> get_organisation(storage::Session& s, std::int64_t id);
Result<std::optional<Organisation>> find_organisation(storage::Session& s, const std::string& name,
                                                      const std::optional<std::string>& country);
// Validates (including references) and inserts; audited.
Result<Organisation> insert_organisation(
    storage::Session& s, Organisation o, const access::Principal& actor,
    SectorAndLevel sector_and_level = SectorAndLevel::required);
Result<Organisation> update_organisation(
    storage::Session& s, std::int64_t id, Organisation o,
    std::optional<std::int64_t> expected_version, const access::Principal& actor,
    SectorAndLevel sector_and_level = SectorAndLevel::required);
// Refuses (conflict) while people or child organisations still refer to it.
Status delete_organisation(storage::Session& s, std::int64_t id,
                           std::optional<std::int64_t> expected_version,
                           const access::Principal& actor);

// Lived experience is kept only with the person's explicit consent (privacy/consent.h): a 422
// naming `perspectives` when `next` adds it to a new person (who cannot have consented yet) or
// to person `id` without an active consent. An entry made before consents came may stay.
Status check_lived_experience_consent(storage::Session& s, std::optional<std::int64_t> id,
                                      const Person& next);
// After person `id` was written from `next`: records the explicit consent it carries
// (lived_experience_consent_on) when it keeps lived experience and none is active, given
// through `channel`.
Status record_lived_experience_consent(storage::Session& s, std::int64_t id, const Person& next,
                                       const access::Principal& actor, const std::string& channel);

// Erasure (GDPR art. 17, rights/erasure.h): person `id` becomes a tombstone named `tombstone`:
// no title, contact details, notes, mapping or lists; organisation and country stay for the
// aggregates. Its search entry follows. Not audited here: the erasure audits itself, and an
// entry with the values before would keep what is being erased.
Status make_tombstone(storage::Session& s, std::int64_t id, const std::string& tombstone);

// Writes person `id`'s search entry again from what is stored (after an erasure rewrote text).
Status reindex_person(storage::Session& s, std::int64_t id);

// The person as stored, unredacted.
Result<Person> get_person(storage::Session& s, std::int64_t id);
Result<std::optional<Person>> find_person_by_email(storage::Session& s, const std::string& email);
Result<std::optional<Person>> find_person_by_name(storage::Session& s, const std::string& name,
                                                  std::optional<std::int64_t> organisation_id);
// Whether insert_person writes the person's full-text search entry (and their basis for contact,
// privacy/consent_store.h) at once, or leaves both to one complete_new_people call after a run
// of inserts. On SQLite the later way is much faster for
// many rows: FTS5 flushes its pending entries at the start of every write statement that
// follows one of its own inserts in the same transaction.
enum class SearchIndex { now, later };
Result<Person> insert_person(storage::Session& s, Person p, const access::Principal& actor,
                             SearchIndex index = SearchIndex::now);
// Writes the search entries and the bases for contact (legitimate interest, recorded by `actor`
// through `channel`) of the people with ids first_id..last_id, inserted with SearchIndex::later.
Status complete_new_people(storage::Session& s, std::int64_t first_id, std::int64_t last_id,
                           const access::Principal& actor, const std::string& channel);
Result<Person> update_person(storage::Session& s, std::int64_t id, Person p,
                             std::optional<std::int64_t> expected_version,
                             const access::Principal& actor);
// ok when person `person_id` exists, else a 422 naming the field person_id (for linking a
// user account to a person: AccessService::set_person_check).
Status check_person_exists(storage::Session& s, std::int64_t person_id);
// Deletes a person; an account linked to them stays, linked to nobody.
Status delete_person(storage::Session& s, std::int64_t id,
                     std::optional<std::int64_t> expected_version, const access::Principal& actor);
// Reads people matching `where` (SQL over alias p, and o for their organisation, with `?`
// parameters; may end in ORDER BY and LIMIT), with their lists filled.
Result<std::vector<Person>> select_people(storage::Session& s, const std::string& where,
                                          const storage::Params& params);
// The same for organisations (alias o; parent is the parent organisation).
Result<std::vector<Organisation>> select_organisations(storage::Session& s,
                                                       const std::string& where,
                                                       const storage::Params& params);
// Fills perspectives, themes, languages and tags of `people` (already read) in four queries.
Status load_person_lists(storage::Session& s, std::vector<Person>& people);

// Countries sorted by their name in `language`.
Result<std::vector<Country>> list_countries(storage::Session& s, Language language);

// Themes by slug or by English/Swedish name, any case.
Result<std::optional<Theme>> find_theme(storage::Session& s, const std::string& slug_or_name);
Result<std::vector<Theme>> list_themes(storage::Session& s);
Result<Theme> get_theme(storage::Session& s, std::int64_t id);
Result<Theme> insert_theme(storage::Session& s, Theme t, const access::Principal& actor);
Result<Theme> update_theme(storage::Session& s, std::int64_t id, Theme t,
                           std::optional<std::int64_t> expected_version,
                           const access::Principal& actor);
// Refuses (conflict) while people name the theme as expertise.
Status delete_theme(storage::Session& s, std::int64_t id,
                    std::optional<std::int64_t> expected_version, const access::Principal& actor);

Result<std::vector<CountryGroup>> list_country_groups(storage::Session& s);
Result<CountryGroup> get_country_group(storage::Session& s, std::int64_t id);
Result<std::optional<CountryGroup>> find_country_group(storage::Session& s,
                                                       const std::string& slug);
Result<CountryGroup> insert_country_group(storage::Session& s, CountryGroup g,
                                          const access::Principal& actor);
Result<CountryGroup> update_country_group(storage::Session& s, std::int64_t id, CountryGroup g,
                                          std::optional<std::int64_t> expected_version,
                                          const access::Principal& actor);
Status delete_country_group(storage::Session& s, std::int64_t id,
                            std::optional<std::int64_t> expected_version,
                            const access::Principal& actor);

}  // namespace samla::registry::store
