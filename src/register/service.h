// The register's use cases: one function per use case. Each validates its input, runs in one
// transaction with its audit entry, and returns a Result. Permissions are checked by the
// caller (the HTTP route table or the CLI); what a viewer may *see* is decided here, because
// special-category data must be stripped from every path that returns people.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "access/principal.h"
#include "core/language.h"
#include "core/page.h"
#include "core/result.h"
#include "privacy/pooled_service.h"
#include "privacy/viewer.h"
#include "register/count_cache.h"
#include "register/import_extension.h"
#include "register/model.h"
#include "storage/database.h"

namespace samla::registry {

// Who reads, and so what they may see and how names sort.
using Viewer = privacy::Viewer;

enum class SortOrder { id, name, updated };

struct PersonFilter {
  std::optional<std::string> country;        // ISO alpha-2
  std::optional<std::string> country_group;  // group slug
  std::optional<std::string> sector;         // of the person's organisation
  std::optional<std::string> perspective;
  std::optional<std::string> theme;  // theme slug
  std::optional<std::string> tag;
  std::optional<std::int64_t> organisation_id;
  // Full-text over name and organisation name, and notes for viewers who see free text.
  std::optional<std::string> q;
  SortOrder sort = SortOrder::id;
  int limit = kDefaultPageSize;
  std::optional<std::string> cursor;
};

struct OrganisationFilter {
  std::optional<std::string> country;
  std::optional<std::string> country_group;
  std::optional<std::string> sector;
  std::optional<std::string> level;
  std::optional<std::int64_t> parent_id;
  bool to_complete = false;      // only those without a sector or a level
  std::optional<std::string> q;  // name
  SortOrder sort = SortOrder::id;
  int limit = kDefaultPageSize;
  std::optional<std::string> cursor;
};

// Sets a filter's place criteria (country, country_group, sector) from `text_of(name)`, which
// gives the optional text its source holds under that name.
template <typename Filter, typename TextOf>
void read_place_criteria(Filter& f, TextOf text_of) {
  f.country = text_of("country");
  f.country_group = text_of("country_group");
  f.sector = text_of("sector");
}

// Sets a person filter's text criteria the same way, so that a list's query string and an
// invitation selection's pool read the same names.
template <typename TextOf>
void read_person_criteria(PersonFilter& f, TextOf text_of) {
  read_place_criteria(f, text_of);
  f.perspective = text_of("perspective");
  f.theme = text_of("theme");
  f.tag = text_of("tag");
  f.q = text_of("q");
}

class RegisterService : public privacy::PooledService {
 public:
  using PooledService::PooledService;

  // Countries (ISO 3166-1, names from ICU in Swedish and English), sorted by name.
  Result<std::vector<Country>> list_countries(Language language);
  // Resolves "SE", "SWE", "Sweden" or "Sverige" (any case) to "SE".
  Result<std::string> resolve_country(std::string_view text);

  Result<Page<Organisation>> list_organisations(const OrganisationFilter& filter,
                                                const Viewer& viewer);
  Result<Organisation> get_organisation(std::int64_t id);
  Result<Organisation> create_organisation(Organisation input, const access::Principal& actor);
  // Replaces the writable fields; fails with precondition_failed if `expected_version` is
  // given and no longer current.
  Result<Organisation> update_organisation(std::int64_t id, Organisation input,
                                           std::optional<std::int64_t> expected_version,
                                           const access::Principal& actor);
  Status delete_organisation(std::int64_t id, std::optional<std::int64_t> expected_version,
                             const access::Principal& actor);

  Result<Page<Person>> list_people(const PersonFilter& filter, const Viewer& viewer);
  Result<Person> get_person(std::int64_t id, const Viewer& viewer);
  Result<Person> create_person(Person input, const access::Principal& actor);
  Result<Person> update_person(std::int64_t id, Person input,
                               std::optional<std::int64_t> expected_version,
                               const access::Principal& actor);
  Status delete_person(std::int64_t id, std::optional<std::int64_t> expected_version,
                       const access::Principal& actor);

  Result<std::vector<Theme>> list_themes();
  Result<Theme> get_theme(std::int64_t id);
  Result<Theme> create_theme(Theme input, const access::Principal& actor);
  Result<Theme> update_theme(std::int64_t id, Theme input,
                             std::optional<std::int64_t> expected_version,
                             const access::Principal& actor);
  Status delete_theme(std::int64_t id, std::optional<std::int64_t> expected_version,
                      const access::Principal& actor);

  Result<std::vector<CountryGroup>> list_country_groups();
  Result<CountryGroup> get_country_group(std::int64_t id);
  Result<CountryGroup> create_country_group(CountryGroup input, const access::Principal& actor);
  Result<CountryGroup> update_country_group(std::int64_t id, CountryGroup input,
                                            std::optional<std::int64_t> expected_version,
                                            const access::Principal& actor);
  Status delete_country_group(std::int64_t id, std::optional<std::int64_t> expected_version,
                              const access::Principal& actor);

  // See register_generation: grows with every committed change; nullopt on PostgreSQL.
  Result<std::optional<std::int64_t>> generation();

  // Columns other capabilities read from an imported sheet (app/ adds the analysis' assessment
  // columns), built for one import by `actor`.
  void set_import_extensions(ImportExtensionFactory factory) {
    import_extensions_ = std::move(factory);
  }
  std::vector<std::shared_ptr<const ImportExtension>> import_extensions(
      const access::Principal& actor) const {
    if (!import_extensions_) return {};
    return import_extensions_(actor);
  }

 private:
  CountCache counts_;
  ImportExtensionFactory import_extensions_;
};

// Removes what `viewer` may not see from `person`: lived experience, and the free text about
// them (notes, mapping reason), for most roles.
void redact_for(Person& person, const Viewer& viewer);

}  // namespace samla::registry
