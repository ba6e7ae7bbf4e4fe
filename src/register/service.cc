#include "register/service.h"

#include <algorithm>

#include "privacy/redaction.h"
#include "privacy/settings.h"
#include "register/list.h"
#include "register/store.h"

namespace samla::registry {
void redact_for(Person& person, const Viewer& viewer) {
  if (!viewer.sees_free_text()) person.mapping_reason.reset();
  bool hidden = false;
  privacy::redact_free_text(person.notes, hidden, viewer, person.notes_special);
  // That a note holds health details is itself for those who may read it.
  if (!viewer.sees_special_category()) person.notes_special = false;
  privacy::redact_perspectives(person.perspectives, viewer);
}

Result<std::vector<Country>> RegisterService::list_countries(Language language) {
  return storage::with_session(
      pool_, false, [&](storage::Session& s) { return store::list_countries(s, language); });
}

Result<std::string> RegisterService::resolve_country(std::string_view text) {
  return storage::with_session(
      pool_, false, [&](storage::Session& s) { return store::resolve_country(s, text); });
}

Result<Page<Organisation>> RegisterService::list_organisations(const OrganisationFilter& filter,
                                                               const Viewer& viewer) {
  return storage::with_session(pool_, false, [&](storage::Session& s) {
    return registry::list_organisations(s, filter, viewer, &counts_);
  });
}

Result<Organisation> RegisterService::get_organisation(std::int64_t id) {
  return storage::with_session(pool_, false,
                               [&](storage::Session& s) { return store::get_organisation(s, id); });
}

Result<Organisation> RegisterService::create_organisation(Organisation input,
                                                          const access::Principal& actor) {
  return storage::with_session(pool_, true, [&](storage::Session& s) {
    return store::insert_organisation(s, input, actor);
  });
}

Result<Organisation> RegisterService::update_organisation(
    std::int64_t id, Organisation input, std::optional<std::int64_t> expected_version,
    const access::Principal& actor) {
  return storage::with_session(pool_, true, [&](storage::Session& s) {
    return store::update_organisation(s, id, input, expected_version, actor);
  });
}

Status RegisterService::delete_organisation(std::int64_t id,
                                            std::optional<std::int64_t> expected_version,
                                            const access::Principal& actor) {
  return storage::with_session(pool_, true, [&](storage::Session& s) {
    return store::delete_organisation(s, id, expected_version, actor);
  });
}

Result<std::optional<std::int64_t>> RegisterService::generation() {
  return storage::with_session(pool_, false,
                               [&](storage::Session& s) { return register_generation(s); });
}

Result<Page<Person>> RegisterService::list_people(const PersonFilter& filter,
                                                  const Viewer& viewer) {
  return storage::with_session(pool_, false, [&](storage::Session& s) {
    return registry::list_people(s, filter, viewer, &counts_);
  });
}

Result<Person> RegisterService::get_person(std::int64_t id, const Viewer& viewer) {
  SAMLA_ASSIGN(Person p, storage::with_session(pool_, false, [&](storage::Session& s) {
                 return store::get_person(s, id);
               }));
  redact_for(p, viewer);
  return p;
}

Result<Person> RegisterService::create_person(Person input, const access::Principal& actor) {
  return storage::with_session(pool_, true, [&](storage::Session& s) -> Result<Person> {
    SAMLA_TRY(store::check_lived_experience_consent(s, std::nullopt, input));
    SAMLA_ASSIGN(Person created, store::insert_person(s, input, actor));
    SAMLA_TRY(store::record_lived_experience_consent(s, created.meta.id, input, actor, "form"));
    return created;
  });
}

Result<Person> RegisterService::update_person(std::int64_t id, Person input,
                                              std::optional<std::int64_t> expected_version,
                                              const access::Principal& actor) {
  return storage::with_session(pool_, true, [&](storage::Session& s) -> Result<Person> {
    SAMLA_TRY(store::check_lived_experience_consent(s, id, input));
    SAMLA_ASSIGN(Person updated, store::update_person(s, id, input, expected_version, actor));
    SAMLA_TRY(store::record_lived_experience_consent(s, id, input, actor, "form"));
    return updated;
  });
}

Status RegisterService::delete_person(std::int64_t id, std::optional<std::int64_t> expected_version,
                                      const access::Principal& actor) {
  return storage::with_session(pool_, true, [&](storage::Session& s) {
    return store::delete_person(s, id, expected_version, actor);
  });
}

Result<std::vector<Theme>> RegisterService::list_themes() {
  return storage::with_session(pool_, false,
                               [&](storage::Session& s) { return store::list_themes(s); });
}

Result<Theme> RegisterService::get_theme(std::int64_t id) {
  return storage::with_session(pool_, false,
                               [&](storage::Session& s) { return store::get_theme(s, id); });
}

Result<Theme> RegisterService::create_theme(Theme input, const access::Principal& actor) {
  return storage::with_session(
      pool_, true, [&](storage::Session& s) { return store::insert_theme(s, input, actor); });
}

Result<Theme> RegisterService::update_theme(std::int64_t id, Theme input,
                                            std::optional<std::int64_t> expected_version,
                                            const access::Principal& actor) {
  return storage::with_session(pool_, true, [&](storage::Session& s) {
    return store::update_theme(s, id, input, expected_version, actor);
  });
}

Status RegisterService::delete_theme(std::int64_t id, std::optional<std::int64_t> expected_version,
                                     const access::Principal& actor) {
  return storage::with_session(pool_, true, [&](storage::Session& s) {
    return store::delete_theme(s, id, expected_version, actor);
  });
}

Result<std::vector<CountryGroup>> RegisterService::list_country_groups() {
  return storage::with_session(pool_, false,
                               [&](storage::Session& s) { return store::list_country_groups(s); });
}

Result<CountryGroup> RegisterService::get_country_group(std::int64_t id) {
  return storage::with_session(
      pool_, false, [&](storage::Session& s) { return store::get_country_group(s, id); });
}

Result<CountryGroup> RegisterService::create_country_group(CountryGroup input,
                                                           const access::Principal& actor) {
  return storage::with_session(pool_, true, [&](storage::Session& s) {
    return store::insert_country_group(s, input, actor);
  });
}

Result<CountryGroup> RegisterService::update_country_group(
    std::int64_t id, CountryGroup input, std::optional<std::int64_t> expected_version,
    const access::Principal& actor) {
  return storage::with_session(pool_, true, [&](storage::Session& s) {
    return store::update_country_group(s, id, input, expected_version, actor);
  });
}

Status RegisterService::delete_country_group(std::int64_t id,
                                             std::optional<std::int64_t> expected_version,
                                             const access::Principal& actor) {
  return storage::with_session(pool_, true, [&](storage::Session& s) {
    return store::delete_country_group(s, id, expected_version, actor);
  });
}

}  // namespace samla::registry
