#include "anchoring/store.h"

#include <nlohmann/json.hpp>

#include "access/records.h"
#include "anchoring/rules.h"
#include "anchoring/wire.h"
#include "core/date.h"
#include "programme/store.h"
#include "storage/references.h"
#include "storage/row_reader.h"
#include "storage/versioned.h"

namespace samla::anchoring::store {
namespace {

using nlohmann::json;
using storage::Session;

constexpr access::RecordKind kAnchoringRecord{"anchoring", "anchoring", "anchoring record"};

constexpr const char* kSelect =
    "SELECT a.id, a.programme_id, a.organisation_id, o.name, a.initiative_id, i.title, a.level, "
    "a.level_reason, a.deciding_body, a.decision_date, a.decision_reference, "
    "a.contact_person_id, p.name, a.responsibilities, a.created_by, a.created_at, a.updated_at, "
    "a.version FROM anchoring a JOIN organisations o ON o.id = a.organisation_id "
    "LEFT JOIN initiatives i ON i.id = a.initiative_id LEFT JOIN people p ON p.id = "
    "a.contact_person_id ";

Anchoring read_anchoring(const storage::Row& r) {
  Anchoring a;
  storage::read_columns(r, 0, a.id, a.programme_id, a.organisation_id, a.organisation_name,
                        a.initiative_id, a.initiative_title, a.level, a.level_reason,
                        a.deciding_body, a.decision_date, a.decision_reference, a.contact_person_id,
                        a.contact_name);
  const json list = json::parse(r.text(13), nullptr, false);
  if (list.is_array())
    for (const auto& t : list)
      if (t.is_string()) a.responsibilities.push_back(t.get<std::string>());
  storage::read_columns(r, 14, a.created_by, a.created_at, a.updated_at, a.version);
  return a;
}

// The actions of the programme's plans where the organisation has a part: accountable, or a
// party (responsible, consulted, informed) — the RACI its commitment carries.
Status fill_actions(Session& s, Anchoring& a) {
  SAMLA_ASSIGN(auto rows,
               s.query("SELECT x.id, x.title, 'accountable' FROM actions x JOIN action_plans p ON "
                       "p.id = x.plan_id WHERE p.programme_id = ? AND "
                       "x.accountable_organisation_id = ? UNION ALL SELECT x.id, x.title, r.role "
                       "FROM action_parties r JOIN actions x ON x.id = r.action_id JOIN "
                       "action_plans p ON p.id = x.plan_id WHERE p.programme_id = ? AND "
                       "r.organisation_id = ? ORDER BY 1, 3",
                       {*a.programme_id, a.organisation_id, *a.programme_id, a.organisation_id}));
  for (const auto& r : rows) a.actions.push_back({r.integer(0), r.text(1), r.text(2)});
  return ok_status();
}

// The rules, then the references: the organisation, the initiative of this programme, the
// contact person; and no second record for the same organisation and subject.
Status check(Session& s, const Anchoring& a, std::int64_t programme_id, const Anchoring* before) {
  std::vector<FieldError> errors = check_anchoring(a, before);
  if (a.organisation_id > 0)
    SAMLA_TRY(storage::note_missing_reference(s, "SELECT 1 FROM organisations WHERE id = ?",
                                              a.organisation_id, "organisation_id",
                                              Msg::no_organisation_with_id, errors));
  if (a.contact_person_id)
    SAMLA_TRY(storage::note_missing_reference(s, "SELECT 1 FROM people WHERE id = ?",
                                              *a.contact_person_id, "contact_person_id",
                                              Msg::no_person_with_id, errors));
  if (a.initiative_id) {
    SAMLA_ASSIGN(auto found, s.query("SELECT 1 FROM initiatives WHERE id = ? AND programme_id = ?",
                                     {*a.initiative_id, programme_id}));
    if (found.empty())
      errors.emplace_back("initiative_id", Msg::no_initiative_with_id,
                          MessageParams{{"id", std::to_string(*a.initiative_id)}});
  }
  if (!errors.empty()) return invalid_fields(std::move(errors));
  SAMLA_ASSIGN(auto taken, s.query("SELECT 1 FROM anchoring WHERE programme_id = ? AND "
                                   "organisation_id = ? AND COALESCE(initiative_id, 0) = ? AND "
                                   "id <> ?",
                                   {programme_id, a.organisation_id, a.initiative_id.value_or(0),
                                    before ? before->id : 0}));
  if (!taken.empty()) return make_error(ErrorCode::conflict, Msg::anchoring_exists);
  return ok_status();
}

}  // namespace

Result<std::vector<Anchoring>> list_anchoring(Session& s, const ListFilter& filter) {
  std::string sql = std::string(kSelect) + "WHERE 1 = 1";
  storage::Params params;
  for (const auto& [column, value] : {std::pair{"a.programme_id", filter.programme_id},
                                      std::pair{"a.organisation_id", filter.organisation_id},
                                      std::pair{"a.initiative_id", filter.initiative_id}})
    if (value) {
      sql += std::string(" AND ") + column + " = ?";
      params.emplace_back(*value);
    }
  SAMLA_ASSIGN(auto rows, s.query(sql + " ORDER BY o.name, a.organisation_id, "
                                        "COALESCE(a.initiative_id, 0), a.id",
                                  params));
  auto list = storage::read_rows(rows, read_anchoring);
  for (auto& a : list) SAMLA_TRY(fill_actions(s, a));
  return list;
}

// Notes the level `a` now has, from the day it took effect: a formal decision's date, else today.
Status note_level(Session& s, const Anchoring& a) {
  const std::string since =
      a.level == "formally_decided" && a.decision_date ? *a.decision_date : day_from_today(0);
  SAMLA_TRY(s.execute("INSERT INTO anchoring_levels (anchoring_id, level, since) VALUES (?, ?, ?)",
                      {a.id, a.level, since}));
  return ok_status();
}

Result<Anchoring> get_anchoring(Session& s, std::int64_t id) {
  SAMLA_ASSIGN(auto row,
               s.query_one(std::string(kSelect) + "WHERE a.id = ?", {id}, Msg::no_such_anchoring));
  Anchoring a = read_anchoring(row);
  SAMLA_TRY(fill_actions(s, a));
  return a;
}

Result<Anchoring> insert_anchoring(Session& s, Anchoring a, const access::Principal& actor) {
  SAMLA_ASSIGN(const std::int64_t programme, programme::store::programme_for(s, a.programme_id));
  SAMLA_TRY(check(s, a, programme, nullptr));
  const std::string now = now_iso8601();
  SAMLA_ASSIGN(auto row,
               s.query_one("INSERT INTO anchoring (programme_id, organisation_id, initiative_id, "
                           "level, level_reason, deciding_body, decision_date, "
                           "decision_reference, contact_person_id, responsibilities, "
                           "created_by, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, "
                           "?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id",
                           {programme, a.organisation_id, storage::nullable(a.initiative_id),
                            a.level, storage::nullable(a.level_reason), a.deciding_body,
                            storage::nullable(a.decision_date), a.decision_reference,
                            storage::nullable(a.contact_person_id), json(a.responsibilities).dump(),
                            actor.name, now, now}));
  SAMLA_ASSIGN(Anchoring created, get_anchoring(s, row.integer(0)));
  SAMLA_TRY(note_level(s, created));
  SAMLA_TRY(access::audit_created(s, kAnchoringRecord, created.id, to_json(created), actor));
  return created;
}

Result<Anchoring> update_anchoring(Session& s, std::int64_t id, Anchoring next,
                                   std::optional<std::int64_t> expected_version,
                                   const access::Principal& actor) {
  SAMLA_ASSIGN(Anchoring before,
               access::read_for_change(s, id, expected_version, kAnchoringRecord, get_anchoring));
  SAMLA_ASSIGN(next.programme_id,
               programme::store::programme_on_change(s, next.programme_id, before.programme_id));
  SAMLA_TRY(check(s, next, *next.programme_id, &before));
  // A reason belongs to the change that lowered the level; a raise clears it.
  if (level_rank(next.level) >= level_rank(before.level) && next.level != before.level)
    next.level_reason.reset();
  SAMLA_TRY(storage::execute_versioned(
      s,
      "UPDATE anchoring SET programme_id = ?, organisation_id = ?, initiative_id = ?, level = ?, "
      "level_reason = ?, deciding_body = ?, decision_date = ?, decision_reference = ?, "
      "contact_person_id = ?, responsibilities = ?, updated_at = ?, version = version + 1 WHERE "
      "id = ? AND version = ?",
      {*next.programme_id, next.organisation_id, storage::nullable(next.initiative_id), next.level,
       storage::nullable(next.level_reason), next.deciding_body,
       storage::nullable(next.decision_date), next.decision_reference,
       storage::nullable(next.contact_person_id), json(next.responsibilities).dump(), now_iso8601(),
       id, before.version},
      kAnchoringRecord.what));
  SAMLA_ASSIGN(Anchoring after, get_anchoring(s, id));
  if (after.level != before.level ||
      (after.level == "formally_decided" && after.decision_date != before.decision_date))
    SAMLA_TRY(note_level(s, after));
  SAMLA_TRY(access::audit_changed(s, kAnchoringRecord, id, to_json(before), to_json(after), actor));
  return after;
}

Status delete_anchoring(Session& s, std::int64_t id, std::optional<std::int64_t> expected_version,
                        const access::Principal& actor) {
  SAMLA_ASSIGN(Anchoring before,
               access::read_for_change(s, id, expected_version, kAnchoringRecord, get_anchoring));
  return access::delete_record(s, kAnchoringRecord, id, before.version, to_json(before), actor);
}

}  // namespace samla::anchoring::store
