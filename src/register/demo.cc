#include "register/demo.h"
#include "register/schema.h"

#include <map>

#include "core/date.h"
#include "register/demo_data.h"
#include "register/import_columns.h"
#include "register/store.h"

namespace samla::registry {
namespace {

using storage::Session;

std::optional<std::string> optional_text(const char* text) {
  if (!text || !*text) return std::nullopt;
  return std::string(text);
}

Status load_groups_and_themes(Session& s, const access::Principal& actor, Counts& summary) {
  for (const auto& row : demo::groups()) {
    SAMLA_ASSIGN(auto existing, store::find_country_group(s, row.slug));
    if (existing) continue;
    CountryGroup g;
    g.slug = row.slug;
    g.name = row.name;
    g.description = row.description;
    g.countries = split_values(row.countries);
    SAMLA_TRY(store::insert_country_group(s, g, actor));
    ++summary["country groups"];
  }
  // The migration seeds these, but an administrator may have deleted one since.
  for (const Theme& t : source_themes()) {
    SAMLA_ASSIGN(auto existing, store::find_theme(s, t.slug));
    if (existing) continue;
    SAMLA_TRY(store::insert_theme(s, t, actor));
    ++summary["themes"];
  }
  return ok_status();
}

// Returns the id of every demo organisation by name, inserting the missing ones.
Result<std::map<std::string, std::int64_t>> load_organisations(Session& s,
                                                               const access::Principal& actor,
                                                               Counts& summary) {
  std::map<std::string, std::int64_t> ids;
  // Parents come before their children in the table.
  for (const auto& row : demo::organisations()) {
    SAMLA_ASSIGN(auto existing, store::find_organisation(s, row.name, optional_text(row.country)));
    if (existing) {
      ids[row.name] = existing->meta.id;
      continue;
    }
    Organisation o;
    o.name = row.name;
    o.sector = row.sector;
    o.level = row.level;
    o.country = optional_text(row.country);
    o.website = optional_text(row.website);
    if (*row.parent) o.parent_id = ids.at(row.parent);
    SAMLA_ASSIGN(auto created, store::insert_organisation(s, o, actor));
    ids[row.name] = created.meta.id;
    ++summary["organisations"];
  }
  return ids;
}

Status load_people(Session& s, const std::map<std::string, std::int64_t>& organisation_ids,
                   const access::Principal& actor, Counts& summary) {
  for (const auto& row : demo::people()) {
    std::optional<std::int64_t> organisation_id;
    if (*row.organisation) organisation_id = organisation_ids.at(row.organisation);
    std::optional<Person> existing;
    if (*row.email) {
      SAMLA_ASSIGN(existing, store::find_person_by_email(s, row.email));
    } else {
      SAMLA_ASSIGN(existing, store::find_person_by_name(s, row.name, organisation_id));
    }
    if (existing) continue;
    bool swedish = std::string_view(row.country) == "SE";
    Person p;
    p.name = row.name;
    p.email = optional_text(row.email);
    p.title = optional_text(row.title);
    p.organisation_id = organisation_id;
    p.country = optional_text(row.country);
    p.perspectives = split_values(row.perspectives);
    p.themes = split_values(row.themes);
    p.languages = split_values(row.languages);
    p.tags = split_values(row.tags);
    p.notes = row.notes;
    p.mapped_by = swedish ? demo::kSwedishMapper : demo::kEuropeanMapper;
    p.mapping_reason = swedish ? demo::kSwedishReason : demo::kEuropeanReason;
    // The invented people with lived experience gave their explicit consent on a form, as
    // anyone must before it is kept (privacy/consent.h).
    p.lived_experience_consent_on = day_from_today(-90);
    SAMLA_ASSIGN(Person created, store::insert_person(s, p, actor));
    SAMLA_TRY(store::record_lived_experience_consent(s, created.meta.id, p, actor, "form"));
    ++summary["people"];
  }
  return ok_status();
}

}  // namespace

Result<Counts> load_demo(Session& session, const access::Principal& actor) {
  return storage::in_transaction(session, [&](Session& s) -> Result<Counts> {
    Counts summary{{"country groups", 0}, {"themes", 0}, {"organisations", 0}, {"people", 0}};
    SAMLA_TRY(load_groups_and_themes(s, actor, summary));
    SAMLA_ASSIGN(auto organisation_ids, load_organisations(s, actor, summary));
    SAMLA_TRY(load_people(s, organisation_ids, actor, summary));
    return summary;
  });
}

Result<bool> register_is_empty(Session& session) {
  SAMLA_ASSIGN(auto row, session.query_one("SELECT (SELECT COUNT(*) FROM organisations) + "
                                           "(SELECT COUNT(*) FROM people)"));
  return row.integer(0) == 0;
}

}  // namespace samla::registry
