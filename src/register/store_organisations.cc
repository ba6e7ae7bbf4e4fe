#include "core/clock.h"
#include "core/language.h"
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

constexpr const char* kSelectOrganisation =
    "SELECT o.id, o.created_at, o.updated_at, o.version, o.name, o.sector, o.level, o.country, "
    "o.parent_id, parent.name, o.website, o.contact_person_id, contact.name "
    "FROM organisations o LEFT JOIN organisations parent ON parent.id = o.parent_id "
    "LEFT JOIN people contact ON contact.id = o.contact_person_id ";

Organisation read_organisation(const storage::Row& r) {
  Organisation o;
  o.meta = detail::read_meta(r, 0);
  storage::read_columns(r, 4, o.name, o.sector, o.level, o.country, o.parent_id, o.parent_name,
                        o.website, o.contact_person_id, o.contact_person_name);
  return o;
}

Result<Organisation> prepare(Organisation o,
                             SectorAndLevel sector_and_level = SectorAndLevel::required) {
  normalise(o);
  auto errors = check(o, sector_and_level);
  if (!errors.empty()) return invalid_fields(std::move(errors));
  return o;
}

// Country exists, parent exists and is not the organisation itself or one of its
// descendants (which would make a cycle), and no other organisation has the same name in
// the same country.
Status check_references(Session& s, const Organisation& o, std::optional<std::int64_t> self_id) {
  std::vector<FieldError> errors;
  if (o.country) {
    SAMLA_ASSIGN(auto rows, s.query("SELECT 1 FROM countries WHERE code = ?", {*o.country}));
    if (rows.empty())
      errors.emplace_back("country", Msg::unknown_country, MessageParams{{"value", *o.country}});
  }
  if (o.parent_id) {
    std::optional<std::int64_t> cursor = o.parent_id;
    int depth = 0;
    while (cursor && depth++ < 64) {
      if (self_id && *cursor == *self_id) {
        errors.emplace_back("parent_id", Msg::own_ancestor);
        break;
      }
      SAMLA_ASSIGN(auto rows,
                   s.query("SELECT parent_id FROM organisations WHERE id = ?", {*cursor}));
      if (rows.empty()) {
        if (cursor == o.parent_id)
          errors.emplace_back("parent_id", Msg::no_organisation_with_this_id);
        break;
      }
      cursor = rows.front().optional_integer(0);
    }
  }
  if (o.contact_person_id) {
    SAMLA_ASSIGN(auto rows, s.query("SELECT 1 FROM people WHERE id = ?", {*o.contact_person_id}));
    if (rows.empty()) errors.emplace_back("contact_person_id", Msg::no_person_with_this_id);
  }
  if (!errors.empty()) return invalid_fields(std::move(errors));
  SAMLA_ASSIGN(auto same, find_organisation(s, o.name, o.country));
  if (same && (!self_id || same->meta.id != *self_id))
    return Error(ErrorCode::conflict, Msg::organisation_name_taken,
                 {FieldError("name", Msg::already_used_by_organisation,
                             {{"id", std::to_string(same->meta.id)}})});
  return ok_status();
}

}  // namespace

std::vector<FieldError> validate_organisation(const Organisation& o,
                                              SectorAndLevel sector_and_level) {
  Organisation copy = o;
  normalise(copy);
  return check(copy, sector_and_level);
}

Result<std::vector<Organisation>> select_organisations(Session& s, const std::string& where,
                                                       const Params& params) {
  SAMLA_ASSIGN(auto rows, s.query(std::string(kSelectOrganisation) + where, params));
  return storage::read_rows(rows, read_organisation);
}

Result<Organisation> get_organisation(Session& s, std::int64_t id) {
  SAMLA_ASSIGN(auto rows, s.query(std::string(kSelectOrganisation) + "WHERE o.id = ?", {id}));
  if (rows.empty())
    return make_error(ErrorCode::not_found, Msg::no_such_organisation,
                      {{"id", std::to_string(id)}});
  return read_organisation(rows.front());
}

Result<std::optional<Organisation>> find_organisation(Session& s, const std::string& name,
                                                      const std::optional<std::string>& country) {
  Result<storage::Rows> rows =
      country ? s.query(std::string(kSelectOrganisation) +
                            "WHERE o.name = ? AND o.country = ? ORDER BY o.id",
                        {trim(name), *country})
              : s.query(std::string(kSelectOrganisation) +
                            "WHERE o.name = ? AND o.country IS NULL ORDER BY o.id",
                        {trim(name)});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<Organisation>{};
  return std::optional<Organisation>{read_organisation(rows->front())};
}

Result<Organisation> insert_organisation(Session& s, Organisation input,
                                         const access::Principal& actor,
                                         SectorAndLevel sector_and_level) {
  SAMLA_ASSIGN(Organisation o, prepare(std::move(input), sector_and_level));
  SAMLA_TRY(check_references(s, o, std::nullopt));
  std::string at = now_iso8601();
  SAMLA_ASSIGN(
      auto row,
      s.query_one(
          "INSERT INTO organisations (name, sector, level, country, parent_id, website, "
          "contact_person_id, sort_key_en, sort_key_sv, created_at, updated_at, version) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id",
          {o.name, storage::nullable(o.sector), storage::nullable(o.level),
           storage::nullable(o.country), storage::nullable(o.parent_id),
           storage::nullable(o.website), storage::nullable(o.contact_person_id),
           collation_key(o.name, Language::en), collation_key(o.name, Language::sv), at, at}));
  SAMLA_ASSIGN(Organisation stored, get_organisation(s, row.integer(0)));
  SAMLA_TRY(access::audit_created(s, detail::kOrganisationRecord, stored.meta.id, to_json(stored),
                                  actor));
  return stored;
}

Result<Organisation> update_organisation(Session& s, std::int64_t id, Organisation input,
                                         std::optional<std::int64_t> expected_version,
                                         const access::Principal& actor,
                                         SectorAndLevel sector_and_level) {
  SAMLA_ASSIGN(Organisation before,
               access::read_for_change(s, id, expected_version, detail::kOrganisationRecord,
                                       get_organisation));
  SAMLA_ASSIGN(Organisation o, prepare(std::move(input), sector_and_level));
  SAMLA_TRY(check_references(s, o, id));
  SAMLA_TRY(storage::execute_versioned(
      s,
      "UPDATE organisations SET name = ?, sector = ?, level = ?, country = ?, "
      "parent_id = ?, website = ?, contact_person_id = ?, sort_key_en = ?, sort_key_sv = ?, "
      "updated_at = ?, version = version + 1 WHERE id = ? AND version = ?",
      {o.name, storage::nullable(o.sector), storage::nullable(o.level),
       storage::nullable(o.country), storage::nullable(o.parent_id), storage::nullable(o.website),
       storage::nullable(o.contact_person_id), collation_key(o.name, Language::en),
       collation_key(o.name, Language::sv), now_iso8601(), id, before.meta.version},
      "organisation"));
  if (o.name != before.name) SAMLA_TRY(detail::reindex_organisation_people(s, id, o.name));
  SAMLA_ASSIGN(Organisation stored, get_organisation(s, id));
  SAMLA_TRY(access::audit_changed(s, detail::kOrganisationRecord, id, to_json(before),
                                  to_json(stored), actor));
  return stored;
}

Status delete_organisation(Session& s, std::int64_t id,
                           std::optional<std::int64_t> expected_version,
                           const access::Principal& actor) {
  SAMLA_ASSIGN(Organisation before,
               access::read_for_change(s, id, expected_version, detail::kOrganisationRecord,
                                       get_organisation));
  // Deleting would silently change people and child organisations; make the user move them.
  SAMLA_ASSIGN(auto people,
               s.query_one("SELECT COUNT(*) FROM people WHERE organisation_id = ?", {id}));
  SAMLA_ASSIGN(auto children,
               s.query_one("SELECT COUNT(*) FROM organisations WHERE parent_id = ?", {id}));
  if (people.integer(0) > 0 || children.integer(0) > 0)
    return make_error(ErrorCode::conflict, Msg::organisation_not_empty,
                      {{"people", std::to_string(people.integer(0))},
                       {"children", std::to_string(children.integer(0))}});
  return access::delete_record(s, detail::kOrganisationRecord, id, before.meta.version,
                               to_json(before), actor);
}

}  // namespace samla::registry::store
