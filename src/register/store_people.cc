#include <algorithm>
#include <initializer_list>
#include <map>

#include "core/clock.h"
#include "core/language.h"
#include "privacy/consent_store.h"
#include "privacy/redaction.h"
#include "register/json.h"
#include "register/store.h"
#include "register/store_internal.h"
#include "register/validation.h"
#include "storage/row_reader.h"
#include "storage/versioned.h"

namespace samla::registry::store {
namespace {

using storage::Params;
using storage::Session;

constexpr const char* kSelectPerson =
    "SELECT p.id, p.created_at, p.updated_at, p.version, p.name, p.title, p.organisation_id, "
    "o.name, p.country, p.email, p.phone, p.notes, p.notes_special, p.mapped_by, "
    "p.mapping_reason "
    "FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id ";

Person read_person(const storage::Row& r) {
  Person p;
  p.meta = detail::read_meta(r, 0);
  storage::read_columns(r, 4, p.name, p.title, p.organisation_id, p.organisation_name, p.country,
                        p.email, p.phone, p.notes, p.notes_special, p.mapped_by, p.mapping_reason);
  return p;
}

Result<std::optional<Person>> first_person(Session& s, const std::string& where,
                                           const Params& params) {
  SAMLA_ASSIGN(auto rows, s.query(std::string(kSelectPerson) + where, params));
  if (rows.empty()) return std::optional<Person>{};
  std::vector<Person> people{read_person(rows.front())};
  SAMLA_TRY(load_person_lists(s, people));
  return std::optional<Person>{std::move(people.front())};
}

// The values of the columns that insert and update both write (name to sort_key_sv, in that
// order), followed by `then`: the statement's own values.
Params person_values(const Person& p, std::initializer_list<storage::Value> then) {
  Params values{p.name,
                storage::nullable(p.title),
                storage::nullable(p.organisation_id),
                storage::nullable(p.country),
                storage::nullable(p.email),
                storage::nullable(p.phone),
                p.notes,
                std::int64_t{p.notes_special},
                storage::nullable(p.mapped_by),
                storage::nullable(p.mapping_reason),
                collation_key(p.name, Language::en),
                collation_key(p.name, Language::sv)};
  values.insert(values.end(), then);
  return values;
}

struct References {
  std::vector<std::int64_t> theme_ids;      // for the slugs in p.themes, in their order
  std::optional<std::string> organisation;  // the organisation's name
};

// Checks what needs the database: organisation, country and themes exist; e-mail is free.
Result<References> check_references(Session& s, const Person& p,
                                    std::optional<std::int64_t> self_id) {
  std::vector<FieldError> errors;
  References refs;
  if (p.organisation_id) {
    SAMLA_ASSIGN(auto rows,
                 s.query("SELECT name FROM organisations WHERE id = ?", {*p.organisation_id}));
    if (rows.empty())
      errors.emplace_back("organisation_id", Msg::no_organisation_with_this_id);
    else
      refs.organisation = rows.front().text(0);
  }
  if (p.country) {
    SAMLA_ASSIGN(auto rows, s.query("SELECT 1 FROM countries WHERE code = ?", {*p.country}));
    if (rows.empty())
      errors.emplace_back("country", Msg::unknown_country, MessageParams{{"value", *p.country}});
  }
  for (const auto& slug : p.themes) {
    SAMLA_ASSIGN(auto rows, s.query("SELECT id FROM themes WHERE slug = ?", {slug}));
    if (rows.empty())
      errors.emplace_back("themes", Msg::unknown_theme, MessageParams{{"value", slug}});
    else
      refs.theme_ids.push_back(rows.front().integer(0));
  }
  if (!errors.empty()) return invalid_fields(std::move(errors));
  if (p.email) {
    SAMLA_ASSIGN(auto rows, s.query("SELECT id FROM people WHERE email = ?", {*p.email}));
    if (!rows.empty() && (!self_id || rows.front().integer(0) != *self_id))
      return Error(
          ErrorCode::conflict, Msg::email_taken,
          {FieldError("email", Msg::already_used_by_person, {{"id", rows.front().text(0)}})});
  }
  return refs;
}

// Writes the person's lists; `replace` first deletes what an earlier version had.
Status write_lists(Session& s, std::int64_t id, const Person& p,
                   const std::vector<std::int64_t>& theme_ids, bool replace) {
  if (replace) {
    SAMLA_TRY(s.execute("DELETE FROM person_perspectives WHERE person_id = ?", {id}));
    SAMLA_TRY(s.execute("DELETE FROM person_themes WHERE person_id = ?", {id}));
    SAMLA_TRY(s.execute("DELETE FROM person_languages WHERE person_id = ?", {id}));
    SAMLA_TRY(s.execute("DELETE FROM person_tags WHERE person_id = ?", {id}));
  }
  for (const auto& v : p.perspectives)
    SAMLA_TRY(s.execute("INSERT INTO person_perspectives (person_id, perspective) VALUES (?, ?)",
                        {id, v}));
  for (auto theme_id : theme_ids)
    SAMLA_TRY(
        s.execute("INSERT INTO person_themes (person_id, theme_id) VALUES (?, ?)", {id, theme_id}));
  for (const auto& v : p.languages)
    SAMLA_TRY(
        s.execute("INSERT INTO person_languages (person_id, language) VALUES (?, ?)", {id, v}));
  for (const auto& v : p.tags)
    SAMLA_TRY(s.execute("INSERT INTO person_tags (person_id, tag) VALUES (?, ?)", {id, v}));
  return ok_status();
}

Result<Person> prepare(Person p) {
  normalise(p);
  auto errors = check(p);
  if (!errors.empty()) return invalid_fields(std::move(errors));
  return p;
}

}  // namespace

std::vector<FieldError> validate_person(const Person& p) {
  Person copy = p;
  normalise(copy);
  return check(copy);
}

Result<std::vector<Person>> select_people(Session& s, const std::string& where,
                                          const Params& params) {
  SAMLA_ASSIGN(auto rows, s.query(std::string(kSelectPerson) + where, params));
  std::vector<Person> people;
  people.reserve(rows.size());
  for (const auto& r : rows) people.push_back(read_person(r));
  SAMLA_TRY(load_person_lists(s, people));
  return people;
}

Status load_person_lists(Session& s, std::vector<Person>& people) {
  if (people.empty()) return ok_status();
  std::map<std::int64_t, Person*> by_id;
  Params ids;
  for (auto& p : people) {
    by_id[p.meta.id] = &p;
    ids.emplace_back(p.meta.id);
  }
  std::string in = "(" + detail::placeholders(ids.size()) + ")";
  struct ListQuery {
    std::string sql;
    std::vector<std::string> Person::*member;
  };
  // Byte order, as normalise() sorts (PostgreSQL would otherwise use the cluster's locale).
  const std::string order = s.dialect() == storage::Dialect::postgres ? " COLLATE \"C\"" : "";
  const ListQuery queries[] = {
      {"SELECT person_id, perspective FROM person_perspectives WHERE person_id IN " + in +
           " ORDER BY perspective" + order,
       &Person::perspectives},
      {"SELECT pt.person_id, t.slug FROM person_themes pt JOIN themes t ON t.id = pt.theme_id "
       "WHERE pt.person_id IN " +
           in + " ORDER BY t.slug" + order,
       &Person::themes},
      {"SELECT person_id, language FROM person_languages WHERE person_id IN " + in +
           " ORDER BY language" + order,
       &Person::languages},
      {"SELECT person_id, tag FROM person_tags WHERE person_id IN " + in + " ORDER BY tag" + order,
       &Person::tags},
  };
  for (const auto& q : queries) {
    SAMLA_ASSIGN(auto rows, s.query(q.sql, ids));
    for (const auto& row : rows) (by_id[row.integer(0)]->*q.member).push_back(row.text(1));
  }
  return ok_status();
}

Result<Person> get_person(Session& s, std::int64_t id) {
  SAMLA_ASSIGN(auto found, first_person(s, "WHERE p.id = ?", {id}));
  if (!found)
    return make_error(ErrorCode::not_found, Msg::no_such_person, {{"id", std::to_string(id)}});
  return std::move(*found);
}

Result<std::optional<Person>> find_person_by_email(Session& s, const std::string& email) {
  Person probe;
  probe.email = email;
  normalise(probe);
  if (!probe.email) return std::optional<Person>{};
  return first_person(s, "WHERE p.email = ?", {*probe.email});
}

Result<std::optional<Person>> find_person_by_name(Session& s, const std::string& name,
                                                  std::optional<std::int64_t> organisation_id) {
  if (organisation_id)
    return first_person(s, "WHERE p.name = ? AND p.organisation_id = ? ORDER BY p.id",
                        {trim(name), *organisation_id});
  return first_person(s, "WHERE p.name = ? AND p.organisation_id IS NULL ORDER BY p.id",
                      {trim(name)});
}

Result<Person> insert_person(Session& s, Person input, const access::Principal& actor,
                             SearchIndex index) {
  SAMLA_ASSIGN(Person p, prepare(std::move(input)));
  SAMLA_ASSIGN(auto refs, check_references(s, p, std::nullopt));
  std::string at = now_iso8601();
  SAMLA_ASSIGN(
      auto row,
      s.query_one("INSERT INTO people (name, title, organisation_id, country, email, phone, "
                  "notes, notes_special, mapped_by, mapping_reason, sort_key_en, sort_key_sv, "
                  "created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                  "?, 1) "
                  "RETURNING id",
                  person_values(p, {at, at})));
  std::int64_t id = row.integer(0);
  SAMLA_TRY(write_lists(s, id, p, refs.theme_ids, false));
  // What was written, without reading it back: normalise() sorted and deduplicated the
  // lists as load_person_lists orders them, and the themes were checked to exist by slug.
  Person stored = std::move(p);
  stored.meta = RecordMeta{id, at, at, 1};
  stored.organisation_name = refs.organisation;
  if (index == SearchIndex::now) {
    SAMLA_TRY(detail::index_person(s, id, stored.name, stored.organisation_name.value_or(""),
                                   stored.notes, /*fresh=*/true));
    SAMLA_TRY(privacy::consents::record_contact_basis(s, id, id, actor, "register"));
  }
  SAMLA_TRY(access::audit_created(s, detail::kPersonRecord, id, to_json(stored), actor));
  return stored;
}

Result<Person> update_person(Session& s, std::int64_t id, Person input,
                             std::optional<std::int64_t> expected_version,
                             const access::Principal& actor) {
  SAMLA_ASSIGN(Person before,
               access::read_for_change(s, id, expected_version, detail::kPersonRecord, get_person));
  SAMLA_ASSIGN(Person p, prepare(std::move(input)));
  privacy::keep_hidden_perspectives(before.perspectives, p.perspectives, privacy::Viewer{actor});
  SAMLA_ASSIGN(auto refs, check_references(s, p, id));
  SAMLA_TRY(storage::execute_versioned(
      s,
      "UPDATE people SET name = ?, title = ?, organisation_id = ?, country = ?, "
      "email = ?, phone = ?, notes = ?, notes_special = ?, mapped_by = ?, mapping_reason = ?, "
      "sort_key_en = ?, sort_key_sv = ?, updated_at = ?, version = version + 1 "
      "WHERE id = ? AND version = ?",
      person_values(p, {now_iso8601(), id, before.meta.version}), "person"));
  SAMLA_TRY(write_lists(s, id, p, refs.theme_ids, true));
  SAMLA_ASSIGN(Person stored, get_person(s, id));
  SAMLA_TRY(detail::index_person(s, id, stored.name, stored.organisation_name.value_or(""),
                                 stored.notes));
  SAMLA_TRY(
      access::audit_changed(s, detail::kPersonRecord, id, to_json(before), to_json(stored), actor));
  return stored;
}

Status complete_new_people(Session& s, std::int64_t first_id, std::int64_t last_id,
                           const access::Principal& actor, const std::string& channel) {
  SAMLA_TRY(detail::index_people(s, first_id, last_id));
  return privacy::consents::record_contact_basis(s, first_id, last_id, actor, channel);
}

Status check_lived_experience_consent(Session& s, std::optional<std::int64_t> id,
                                      const Person& next) {
  const auto& wanted = next.perspectives;
  if (std::find(wanted.begin(), wanted.end(), privacy::kLivedExperience) == wanted.end())
    return ok_status();
  if (next.lived_experience_consent_on) return ok_status();  // recorded with the write
  if (id) {
    SAMLA_ASSIGN(auto kept, s.query("SELECT 1 FROM person_perspectives WHERE person_id = ? AND "
                                    "perspective = ?",
                                    {*id, std::string(privacy::kLivedExperience)}));
    if (!kept.empty()) return ok_status();
    SAMLA_ASSIGN(bool consented,
                 privacy::consents::has_active(s, *id, privacy::kLivedExperiencePurpose));
    if (consented) return ok_status();
  }
  return invalid_field("perspectives", Msg::lived_experience_needs_consent);
}

Status record_lived_experience_consent(Session& s, std::int64_t id, const Person& next,
                                       const access::Principal& actor, const std::string& channel) {
  const auto& kept = next.perspectives;
  if (!next.lived_experience_consent_on ||
      std::find(kept.begin(), kept.end(), privacy::kLivedExperience) == kept.end())
    return ok_status();
  SAMLA_ASSIGN(bool consented,
               privacy::consents::has_active(s, id, privacy::kLivedExperiencePurpose));
  if (consented) return ok_status();
  privacy::Consent consent;
  consent.person_id = id;
  consent.purpose = std::string(privacy::kLivedExperiencePurpose);
  consent.basis = "explicit_consent";
  consent.channel = channel;
  consent.given_on = *next.lived_experience_consent_on;
  SAMLA_ASSIGN(auto recorded, privacy::consents::give_consent(s, std::move(consent), actor));
  (void)recorded;
  return ok_status();
}

Status make_tombstone(Session& s, std::int64_t id, const std::string& tombstone) {
  SAMLA_ASSIGN(
      const std::int64_t changed,
      s.execute("UPDATE people SET name = ?, title = NULL, email = NULL, phone = NULL, notes = '', "
                "mapped_by = NULL, mapping_reason = NULL, sort_key_en = ?, sort_key_sv = ?, "
                "updated_at = ?, "
                "version = version + 1 WHERE id = ?",
                {tombstone, collation_key(tombstone, Language::en),
                 collation_key(tombstone, Language::sv), now_iso8601(), id}));
  if (changed != 1)
    return make_error(ErrorCode::not_found, Msg::no_such_person, {{"id", std::to_string(id)}});
  Person empty;
  SAMLA_TRY(write_lists(s, id, empty, {}, true));
  SAMLA_ASSIGN(Person stored, get_person(s, id));
  return detail::index_person(s, id, stored.name, stored.organisation_name.value_or(""), "");
}

Status reindex_person(Session& s, std::int64_t id) {
  SAMLA_ASSIGN(Person stored, get_person(s, id));
  return detail::index_person(s, id, stored.name, stored.organisation_name.value_or(""),
                              stored.notes);
}

Status check_person_exists(Session& s, std::int64_t person_id) {
  SAMLA_ASSIGN(storage::Rows rows, s.query("SELECT 1 FROM people WHERE id = ?", {person_id}));
  if (rows.empty())
    return invalid_field("person_id", Msg::no_person_with_id, {{"id", std::to_string(person_id)}});
  return ok_status();
}

Status delete_person(Session& s, std::int64_t id, std::optional<std::int64_t> expected_version,
                     const access::Principal& actor) {
  SAMLA_ASSIGN(Person before,
               access::read_for_change(s, id, expected_version, detail::kPersonRecord, get_person));
  SAMLA_TRY(detail::unindex_person(s, id));
  // An account that stood for this person stays, standing for nobody.
  SAMLA_TRY(s.execute(
      "UPDATE users SET person_id = NULL, version = version + 1 WHERE person_id = ?", {id}));
  return access::delete_record(s, detail::kPersonRecord, id, before.meta.version, to_json(before),
                               actor);
}

}  // namespace samla::registry::store
