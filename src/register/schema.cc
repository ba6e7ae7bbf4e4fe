#include "register/schema.h"

#include "access/principal.h"
#include "core/clock.h"
#include "privacy/consent_schema.h"
#include "register/countries.h"
#include "register/store.h"

namespace samla::registry {
namespace {

constexpr const char* kSharedSql = R"sql(
CREATE TABLE countries (
  code TEXT PRIMARY KEY,
  alpha3 TEXT NOT NULL,
  name_en TEXT NOT NULL,
  name_sv TEXT NOT NULL
);

CREATE TABLE country_groups (
  id @ID@,
  slug TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version @INT@ NOT NULL DEFAULT 1
);

CREATE TABLE country_group_members (
  group_id @INT@ NOT NULL REFERENCES country_groups(id) ON DELETE CASCADE,
  country TEXT NOT NULL REFERENCES countries(code),
  PRIMARY KEY (group_id, country)
);

CREATE TABLE themes (
  id @ID@,
  slug TEXT NOT NULL UNIQUE,
  name_en TEXT NOT NULL,
  name_sv TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version @INT@ NOT NULL DEFAULT 1
);

CREATE TABLE organisations (
  id @ID@,
  name TEXT NOT NULL,
  sector TEXT NOT NULL CHECK (sector IN ('agency', 'municipality', 'region', 'business',
    'civil_society', 'academia', 'healthcare_provider', 'international_body')),
  level TEXT NOT NULL CHECK (level IN ('local', 'regional', 'national', 'international')),
  country TEXT REFERENCES countries(code),
  parent_id @INT@ REFERENCES organisations(id) ON DELETE SET NULL,
  website TEXT,
  sort_key_en @BYTES@ NOT NULL,
  sort_key_sv @BYTES@ NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version @INT@ NOT NULL DEFAULT 1
);
CREATE INDEX organisations_country ON organisations (country);
CREATE INDEX organisations_sector ON organisations (sector);
CREATE INDEX organisations_name ON organisations (name);
CREATE INDEX organisations_sort_en ON organisations (sort_key_en, id);
CREATE INDEX organisations_sort_sv ON organisations (sort_key_sv, id);

CREATE TABLE people (
  id @ID@,
  name TEXT NOT NULL,
  title TEXT,
  organisation_id @INT@ REFERENCES organisations(id) ON DELETE SET NULL,
  country TEXT REFERENCES countries(code),
  email TEXT UNIQUE,
  phone TEXT,
  notes TEXT NOT NULL DEFAULT '',
  mapped_by TEXT,
  mapping_reason TEXT,
  sort_key_en @BYTES@ NOT NULL,
  sort_key_sv @BYTES@ NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version @INT@ NOT NULL DEFAULT 1
);
CREATE INDEX people_country ON people (country, id);
CREATE INDEX people_organisation ON people (organisation_id);
CREATE INDEX people_updated ON people (updated_at, id);
CREATE INDEX people_sort_en ON people (sort_key_en, id);
CREATE INDEX people_sort_sv ON people (sort_key_sv, id);

CREATE TABLE person_perspectives (
  person_id @INT@ NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  perspective TEXT NOT NULL CHECK (perspective IN ('policymaker', 'healthcare_professional',
    'researcher', 'community_leader', 'advocacy_group', 'lived_experience')),
  PRIMARY KEY (person_id, perspective)
);
CREATE INDEX person_perspectives_by_value ON person_perspectives (perspective, person_id);

CREATE TABLE person_themes (
  person_id @INT@ NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  theme_id @INT@ NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
  PRIMARY KEY (person_id, theme_id)
);
CREATE INDEX person_themes_by_value ON person_themes (theme_id, person_id);

CREATE TABLE person_languages (
  person_id @INT@ NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  language TEXT NOT NULL,
  PRIMARY KEY (person_id, language)
);

CREATE TABLE person_tags (
  person_id @INT@ NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  tag TEXT NOT NULL,
  PRIMARY KEY (person_id, tag)
);
CREATE INDEX person_tags_by_value ON person_tags (tag, person_id);
)sql";

// Full-text search over name, organisation name and notes. SQLite: an FTS5 table keyed by
// the person's id. PostgreSQL: a tsvector column with a GIN index. Both are kept up to
// date by store.cc on every write (the organisation's name lives in another table, so a
// trigger on people alone could not do it).
constexpr const char* kSqliteSql = R"sql(
CREATE VIRTUAL TABLE people_search USING fts5(
  name, organisation, notes, tokenize = 'unicode61 remove_diacritics 2');
)sql";

constexpr const char* kPostgresSql = R"sql(
ALTER TABLE people ADD COLUMN search_document tsvector;
CREATE INDEX people_search ON people USING GIN (search_document);
)sql";

Status seed(storage::Session& s) {
  for (const Country& c : iso_countries()) {
    SAMLA_TRY(
        s.execute("INSERT INTO countries (code, alpha3, name_en, name_sv) VALUES (?, ?, ?, ?)",
                  {c.code, c.alpha3, c.name_en, c.name_sv}));
  }
  access::Principal actor = access::system_principal("migration");
  for (const Theme& theme : source_themes()) SAMLA_TRY(store::insert_theme(s, theme, actor));
  return ok_status();
}

}  // namespace

std::vector<Theme> source_themes() {
  auto theme = [](const char* slug, const char* name_en, const char* name_sv) {
    Theme t;
    t.slug = slug;
    t.name_en = name_en;
    t.name_sv = name_sv;
    return t;
  };
  return {theme("mental_health_promotion", "Mental health promotion", "Främjande av psykisk hälsa"),
          theme("stigma_reduction", "Stigma reduction", "Minskat stigma"),
          theme("access_to_services", "Access to services", "Tillgång till vård och stöd"),
          theme("digital_health", "Digital health", "Digital hälsa")};
}

// The most used list, people of one country in name order, reads its page straight from an
// index instead of sorting every person of the country (29,000 of 100,000 for Sweden) first.
constexpr const char* kCountryNameOrderSql = R"sql(
CREATE INDEX people_country_sort_en ON people (country, sort_key_en, id);
CREATE INDEX people_country_sort_sv ON people (country, sort_key_sv, id);
)sql";

// Notes are searched only by viewers who see free text about people: on PostgreSQL the
// search document weighs names and organisations (A) apart from notes (D), so one query can
// leave notes out. SQLite's FTS5 filters by column and needs no change.
constexpr const char* kSearchWeightsSql = "-- PostgreSQL only";
constexpr const char* kSearchWeightsPostgresSql = R"sql(
UPDATE people p SET search_document =
  setweight(to_tsvector('simple', p.name || ' ' || coalesce((SELECT o.name FROM organisations o
    WHERE o.id = p.organisation_id), '')), 'A') ||
  setweight(to_tsvector('simple', p.notes), 'D');
)sql";

// Whom to invite when an organisation is on a kickoff list: a person of the register.
constexpr const char* kContactPersonSql = R"sql(
ALTER TABLE organisations ADD COLUMN contact_person_id @INT@ REFERENCES people(id) ON DELETE SET NULL;
)sql";

// An organisation named in a people sheet without its sector or level is created all the same,
// "to complete" (issue 18): sector and level may be empty until someone fills them in. A NULL
// passes the CHECKs, which still hold every value given. PostgreSQL drops the NOT NULLs in
// place; SQLite copies the table (with the same ids and the same next id) into one without them.
constexpr const char* kOrganisationsToCompleteSql = "-- per backend";
constexpr const char* kOrganisationsToCompleteSqliteSql = R"sql(
CREATE TABLE organisations_new (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL,
  sector TEXT CHECK (sector IN ('agency', 'municipality', 'region', 'business',
    'civil_society', 'academia', 'healthcare_provider', 'international_body')),
  level TEXT CHECK (level IN ('local', 'regional', 'national', 'international')),
  country TEXT REFERENCES countries(code),
  parent_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
  website TEXT,
  sort_key_en TEXT NOT NULL,
  sort_key_sv TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  contact_person_id INTEGER REFERENCES people(id) ON DELETE SET NULL
);
INSERT INTO organisations_new (id, name, sector, level, country, parent_id, website, sort_key_en,
    sort_key_sv, created_at, updated_at, version, contact_person_id)
  SELECT id, name, sector, level, country, parent_id, website, sort_key_en, sort_key_sv,
    created_at, updated_at, version, contact_person_id FROM organisations;
-- The ids of deleted organisations stay unused (the audit log names them).
UPDATE sqlite_sequence SET seq = (SELECT seq FROM sqlite_sequence WHERE name = 'organisations')
  WHERE name = 'organisations_new'
    AND EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'organisations');
INSERT INTO sqlite_sequence (name, seq)
  SELECT 'organisations_new', seq FROM sqlite_sequence WHERE name = 'organisations'
    AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'organisations_new');
DROP TABLE organisations;
ALTER TABLE organisations_new RENAME TO organisations;
CREATE INDEX organisations_country ON organisations (country);
CREATE INDEX organisations_sector ON organisations (sector);
CREATE INDEX organisations_name ON organisations (name);
CREATE INDEX organisations_sort_en ON organisations (sort_key_en, id);
CREATE INDEX organisations_sort_sv ON organisations (sort_key_sv, id);
)sql";
constexpr const char* kOrganisationsToCompletePostgresSql = R"sql(
ALTER TABLE organisations ALTER COLUMN sector DROP NOT NULL, ALTER COLUMN level DROP NOT NULL;
)sql";

// A person's notes can be marked as holding health details (issue 20 part 7): then only those
// who see lived experience read them or find the person by them.
constexpr const char* kNotesSpecialSql = R"sql(
ALTER TABLE people ADD COLUMN notes_special @INT@ NOT NULL DEFAULT 0
  CHECK (notes_special IN (0, 1));
)sql";

std::vector<storage::Migration> migrations() {
  return {storage::Migration{2, "register", kSharedSql, kSqliteSql, kPostgresSql, seed},
          storage::Migration{3, "people by country in name order", kCountryNameOrderSql, "", ""},
          storage::Migration{13, "people searched by notes apart", kSearchWeightsSql, "",
                             kSearchWeightsPostgresSql},
          storage::Migration{27, "organisations' contact person", kContactPersonSql, "", ""},
          storage::Migration{29,
                             "organisations to complete",
                             kOrganisationsToCompleteSql,
                             kOrganisationsToCompleteSqliteSql,
                             kOrganisationsToCompletePostgresSql,
                             {},
                             /*sqlite_rebuilds_tables=*/true},
          // The consents name people: privacy/consent_schema.h.
          privacy::consent_migrations().front(),
          storage::Migration{52, "special-category notes", kNotesSpecialSql, "", ""}};
}

}  // namespace samla::registry
