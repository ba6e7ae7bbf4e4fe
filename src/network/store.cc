#include "network/store.h"

#include <initializer_list>

#include <nlohmann/json.hpp>

#include "access/audit.h"
#include "access/records.h"
#include "core/clock.h"
#include "network/rules.h"
#include "network/wire.h"
#include "storage/row_reader.h"
#include "storage/versioned.h"

namespace samla::network::store {
namespace {

using nlohmann::json;
using storage::Session;

constexpr const char* kSelectTie =
    "SELECT t.id, t.from_person_id, t.from_organisation_id, t.to_person_id, "
    "t.to_organisation_id, COALESCE(fp.name, fo.name), COALESCE(tp.name, tor.name), t.type, "
    "t.directed, t.strength, t.starts_on, t.ends_on, t.source, t.reported_by, t.note, "
    "t.note_special, t.created_at, t.updated_at, t.version FROM ties t "
    "LEFT JOIN people fp ON fp.id = t.from_person_id "
    "LEFT JOIN organisations fo ON fo.id = t.from_organisation_id "
    "LEFT JOIN people tp ON tp.id = t.to_person_id "
    "LEFT JOIN organisations tor ON tor.id = t.to_organisation_id ";

Stakeholder end_of(const storage::Row& r, std::size_t person, std::size_t organisation) {
  if (!r.is_null(person)) return {Stakeholder::Kind::person, r.integer(person)};
  return {Stakeholder::Kind::organisation, r.integer(organisation)};
}

Tie read_tie(const storage::Row& r) {
  Tie t;
  t.id = r.integer(0);
  t.from = end_of(r, 1, 2);
  t.to = end_of(r, 3, 4);
  storage::read_columns(r, 5, t.from_name, t.to_name, t.type, t.directed, t.strength, t.starts_on,
                        t.ends_on, t.source, t.reported_by, t.note, t.note_special, t.created_at,
                        t.updated_at, t.version);
  return t;
}

storage::Value person_id(const Stakeholder& s) {
  return s.kind == Stakeholder::Kind::person ? storage::Value(s.id) : storage::Value(nullptr);
}
storage::Value organisation_id(const Stakeholder& s) {
  return s.kind == Stakeholder::Kind::organisation ? storage::Value(s.id) : storage::Value(nullptr);
}

// The rules, then both ends exist: a 422 naming `from` or `to` for a stakeholder unknown.
Status check(Session& s, const Tie& t) {
  std::vector<FieldError> errors = check_tie(t);
  for (auto [field, end] : {std::pair{"from", &t.from}, std::pair{"to", &t.to}}) {
    const bool person = end->kind == Stakeholder::Kind::person;
    SAMLA_ASSIGN(auto found, s.query(person ? "SELECT 1 FROM people WHERE id = ?"
                                            : "SELECT 1 FROM organisations WHERE id = ?",
                                     {end->id}));
    if (found.empty())
      errors.emplace_back(field, person ? Msg::no_person_with_id : Msg::no_organisation_with_id,
                          MessageParams{{"id", std::to_string(end->id)}});
  }
  if (!errors.empty()) return invalid_fields(std::move(errors));
  return ok_status();
}

constexpr access::RecordKind kTieRecord{"ties", "tie", "tie"};

// The values of the columns that insert and update both write (from_person_id to note, in
// that order), followed by `then`: the statement's own values.
storage::Params tie_values(const Tie& t, std::initializer_list<storage::Value> then) {
  storage::Params values{person_id(t.from),
                         organisation_id(t.from),
                         person_id(t.to),
                         organisation_id(t.to),
                         t.type,
                         std::int64_t{t.directed},
                         std::int64_t{t.strength},
                         storage::nullable(t.starts_on),
                         storage::nullable(t.ends_on),
                         t.source,
                         storage::nullable(t.reported_by),
                         t.note,
                         std::int64_t{t.note_special}};
  values.insert(values.end(), then);
  return values;
}

}  // namespace

Result<Tie> insert_tie(Session& s, Tie t, const access::Principal& actor) {
  SAMLA_TRY(check(s, t));
  t.created_at = t.updated_at = now_iso8601();
  SAMLA_ASSIGN(auto row,
               s.query_one("INSERT INTO ties (from_person_id, from_organisation_id, "
                           "to_person_id, to_organisation_id, type, directed, strength, "
                           "starts_on, ends_on, source, reported_by, note, note_special, "
                           "created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "?, ?, ?, ?, ?, ?, 1) RETURNING id",
                           tie_values(t, {t.created_at, t.updated_at})));
  SAMLA_ASSIGN(Tie created, get_tie(s, row.integer(0)));
  SAMLA_TRY(access::audit_created(s, kTieRecord, created.id, to_json(created), actor));
  return created;
}

Result<Tie> get_tie(Session& s, std::int64_t id) {
  SAMLA_ASSIGN(auto row,
               s.query_one(std::string(kSelectTie) + "WHERE t.id = ?", {id}, Msg::no_such_tie));
  return read_tie(row);
}

Result<std::vector<Tie>> list_ties(Session& s, const std::optional<Stakeholder>& of) {
  std::string sql = kSelectTie;
  storage::Params params;
  if (of) {
    sql += of->kind == Stakeholder::Kind::person
               ? "WHERE t.from_person_id = ? OR t.to_person_id = ? "
               : "WHERE t.from_organisation_id = ? OR t.to_organisation_id = ? ";
    params = {of->id, of->id};
  }
  SAMLA_ASSIGN(auto rows, s.query(sql + "ORDER BY t.id", params));
  return storage::read_rows(rows, read_tie);
}

Result<Tie> update_tie(Session& s, std::int64_t id, Tie next,
                       std::optional<std::int64_t> expected_version,
                       const access::Principal& actor) {
  SAMLA_ASSIGN(Tie before, access::read_for_change(s, id, expected_version, kTieRecord, get_tie));
  SAMLA_TRY(check(s, next));
  SAMLA_TRY(storage::execute_versioned(
      s,
      "UPDATE ties SET from_person_id = ?, from_organisation_id = ?, "
      "to_person_id = ?, to_organisation_id = ?, type = ?, directed = ?, "
      "strength = ?, starts_on = ?, ends_on = ?, source = ?, reported_by = ?, "
      "note = ?, note_special = ?, updated_at = ?, version = version + 1 "
      "WHERE id = ? AND version = ?",
      tie_values(next, {now_iso8601(), id, before.version}), "tie"));
  SAMLA_ASSIGN(Tie after, get_tie(s, id));
  SAMLA_TRY(access::audit_changed(s, kTieRecord, id, to_json(before), to_json(after), actor));
  return after;
}

Status delete_tie(Session& s, std::int64_t id, std::optional<std::int64_t> expected_version,
                  const access::Principal& actor) {
  SAMLA_ASSIGN(Tie before, access::read_for_change(s, id, expected_version, kTieRecord, get_tie));
  return access::delete_record(s, kTieRecord, id, before.version, to_json(before), actor);
}

Result<bool> theme_exists(Session& s, const std::string& slug) {
  SAMLA_ASSIGN(auto rows, s.query("SELECT 1 FROM themes WHERE slug = ?", {slug}));
  return !rows.empty();
}

Result<bool> country_group_exists(Session& s, const std::string& slug) {
  SAMLA_ASSIGN(auto rows, s.query("SELECT 1 FROM country_groups WHERE slug = ?", {slug}));
  return !rows.empty();
}

Result<std::vector<HeldEvent>> held_events(Session& s) {
  SAMLA_ASSIGN(auto rows, s.query("SELECT id, title, substr(starts_at, 1, 10) FROM events WHERE "
                                  "status IN ('held', 'reported', 'closed') "
                                  "ORDER BY starts_utc, id"));
  std::vector<HeldEvent> out;
  for (const auto& r : rows) out.push_back({r.integer(0), r.text(1), r.text(2)});
  return out;
}

}  // namespace samla::network::store
