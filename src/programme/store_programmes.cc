#include <algorithm>

#include "access/records.h"
#include "programme/rules.h"
#include "programme/store.h"
#include "programme/templates.h"
#include "programme/wire.h"
#include "storage/row_reader.h"
#include "storage/versioned.h"

namespace samla::programme::store {
namespace {

using storage::Session;

constexpr access::RecordKind kProgrammeRecord{"programmes", "programme", "programme"};

constexpr const char* kSelectProgramme =
    "SELECT p.id, p.name, p.purpose, p.owner_organisation_id, o.name, p.country_group_id, "
    "p.is_default, p.template_key, p.created_by, p.created_at, p.updated_at, p.version "
    "FROM programmes p LEFT JOIN organisations o ON o.id = p.owner_organisation_id ";

// Tables whose records belong to a programme: a programme that still holds some is kept.
constexpr const char* kHoldingTables[] = {"events",       "kickoff_lists", "follow_up_groups",
                                          "action_plans", "reports",       "initiatives",
                                          "anchoring"};

Programme read_programme(const storage::Row& r) {
  Programme p;
  storage::read_columns(r, 0, p.id, p.name, p.purpose, p.owner_organisation_id, p.owner_name,
                        p.country_group_id, p.is_default, p.template_key, p.created_by,
                        p.created_at, p.updated_at, p.version);
  return p;
}

Status fill_lists(Session& s, Programme& p) {
  SAMLA_ASSIGN(auto goals, s.query("SELECT id, text, indicator, target FROM programme_goals "
                                   "WHERE programme_id = ? ORDER BY position",
                                   {p.id}));
  for (const auto& r : goals) {
    Goal g;
    storage::read_columns(r, 0, g.id, g.text, g.indicator, g.target);
    p.goals.push_back(std::move(g));
  }
  SAMLA_ASSIGN(auto streams, s.query("SELECT id, name, description FROM programme_workstreams "
                                     "WHERE programme_id = ? ORDER BY position",
                                     {p.id}));
  for (const auto& r : streams) {
    Workstream w;
    storage::read_columns(r, 0, w.id, w.name, w.description);
    p.workstreams.push_back(std::move(w));
  }
  SAMLA_ASSIGN(auto members,
               s.query("SELECT m.organisation_id, o.name, m.status, m.since FROM "
                       "programme_members m JOIN organisations o ON o.id = m.organisation_id "
                       "WHERE m.programme_id = ? ORDER BY m.position",
                       {p.id}));
  for (const auto& r : members) {
    Membership m;
    storage::read_columns(r, 0, m.organisation_id, m.name, m.status, m.since);
    p.members.push_back(std::move(m));
  }
  return ok_status();
}

Status organisation_exists(Session& s, std::int64_t id, const std::string& field,
                           std::vector<FieldError>& errors) {
  SAMLA_ASSIGN(auto found, s.query("SELECT 1 FROM organisations WHERE id = ?", {id}));
  if (found.empty())
    errors.emplace_back(field, Msg::no_organisation_with_id,
                        MessageParams{{"id", std::to_string(id)}});
  return ok_status();
}

// The rules, then the references: the owner, the member organisations, the country group.
Status check(Session& s, const Programme& p) {
  std::vector<FieldError> errors = check_programme(p);
  if (p.owner_organisation_id)
    SAMLA_TRY(organisation_exists(s, *p.owner_organisation_id, "owner_organisation_id", errors));
  for (std::size_t i = 0; i < p.members.size() && i < kMaxMembers; ++i)
    if (p.members[i].organisation_id > 0)
      SAMLA_TRY(organisation_exists(s, p.members[i].organisation_id,
                                    "members[" + std::to_string(i) + "].organisation_id", errors));
  if (p.country_group_id) {
    SAMLA_ASSIGN(auto found,
                 s.query("SELECT 1 FROM country_groups WHERE id = ?", {*p.country_group_id}));
    if (found.empty())
      errors.emplace_back("country_group_id", Msg::no_country_group_with_id,
                          MessageParams{{"id", std::to_string(*p.country_group_id)}});
  }
  if (!errors.empty()) return invalid_fields(std::move(errors));
  return ok_status();
}

Status write_lists(Session& s, std::int64_t id, Programme& p) {
  SAMLA_TRY(s.execute("DELETE FROM programme_goals WHERE programme_id = ?", {id}));
  SAMLA_TRY(s.execute("DELETE FROM programme_workstreams WHERE programme_id = ?", {id}));
  SAMLA_TRY(s.execute("DELETE FROM programme_members WHERE programme_id = ?", {id}));
  number_new(p.goals);
  number_new(p.workstreams);
  std::int64_t position = 0;
  for (const auto& g : p.goals)
    SAMLA_TRY(
        s.execute("INSERT INTO programme_goals (programme_id, id, position, text, "
                  "indicator, target) VALUES (?, ?, ?, ?, ?, ?)",
                  {id, g.id, ++position, g.text, g.indicator, g.target}));
  position = 0;
  for (const auto& w : p.workstreams)
    SAMLA_TRY(
        s.execute("INSERT INTO programme_workstreams (programme_id, id, position, name, "
                  "description) VALUES (?, ?, ?, ?, ?)",
                  {id, w.id, ++position, w.name, w.description}));
  position = 0;
  for (const auto& m : p.members)
    SAMLA_TRY(
        s.execute("INSERT INTO programme_members (programme_id, organisation_id, "
                  "position, status, since) VALUES (?, ?, ?, ?, ?)",
                  {id, m.organisation_id, ++position, m.status, storage::nullable(m.since)}));
  return ok_status();
}

}  // namespace

Result<std::vector<Programme>> list_programmes(Session& s) {
  SAMLA_ASSIGN(auto rows,
               s.query(std::string(kSelectProgramme) + "ORDER BY p.is_default DESC, p.name, p.id"));
  auto programmes = storage::read_rows(rows, read_programme);
  for (auto& p : programmes) SAMLA_TRY(fill_lists(s, p));
  return programmes;
}

Result<Programme> get_programme(Session& s, std::int64_t id) {
  SAMLA_ASSIGN(auto row, s.query_one(std::string(kSelectProgramme) + "WHERE p.id = ?", {id},
                                     Msg::no_such_programme));
  Programme p = read_programme(row);
  SAMLA_TRY(fill_lists(s, p));
  return p;
}

Result<Programme> insert_programme(Session& s, Programme p, const access::Principal& actor) {
  SAMLA_TRY(check(s, p));
  const ProgrammeTemplate* from = nullptr;
  if (p.template_key) {
    from = find_template(*p.template_key);
    if (!from) {
      std::vector<std::string> keys;
      for (const auto& t : templates()) keys.push_back(t.key);
      return invalid_field("template_key", Msg::must_be_values, {{"values", one_per_line(keys)}});
    }
  }
  const std::string now = now_iso8601();
  SAMLA_ASSIGN(auto row, s.query_one("INSERT INTO programmes (name, purpose, "
                                     "owner_organisation_id, country_group_id, is_default, "
                                     "template_key, created_by, created_at, updated_at, version) "
                                     "VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, 1) RETURNING id",
                                     {p.name, p.purpose, storage::nullable(p.owner_organisation_id),
                                      storage::nullable(p.country_group_id),
                                      storage::nullable(p.template_key), actor.name, now, now}));
  const std::int64_t id = row.integer(0);
  SAMLA_TRY(write_lists(s, id, p));
  SAMLA_ASSIGN(Programme created, get_programme(s, id));
  SAMLA_TRY(access::audit_created(s, kProgrammeRecord, id, to_json(created), actor));
  if (from) SAMLA_TRY(add_template_phases(s, id, from->key, actor));
  return created;
}

Result<Programme> update_programme(Session& s, std::int64_t id, Programme next,
                                   std::optional<std::int64_t> expected_version,
                                   const access::Principal& actor) {
  SAMLA_ASSIGN(Programme before,
               access::read_for_change(s, id, expected_version, kProgrammeRecord, get_programme));
  SAMLA_TRY(check(s, next));
  // Where the phases came from is a fact of its creation, not a setting.
  SAMLA_TRY(storage::execute_versioned(
      s,
      "UPDATE programmes SET name = ?, purpose = ?, owner_organisation_id = ?, "
      "country_group_id = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?",
      {next.name, next.purpose, storage::nullable(next.owner_organisation_id),
       storage::nullable(next.country_group_id), now_iso8601(), id, before.version},
      kProgrammeRecord.what));
  SAMLA_TRY(write_lists(s, id, next));
  SAMLA_ASSIGN(Programme after, get_programme(s, id));
  SAMLA_TRY(access::audit_changed(s, kProgrammeRecord, id, to_json(before), to_json(after), actor));
  return after;
}

Status delete_programme(Session& s, std::int64_t id, std::optional<std::int64_t> expected_version,
                        const access::Principal& actor) {
  SAMLA_ASSIGN(Programme before,
               access::read_for_change(s, id, expected_version, kProgrammeRecord, get_programme));
  if (before.is_default) return make_error(ErrorCode::conflict, Msg::default_programme_kept);
  std::int64_t held = 0;
  for (const char* table : kHoldingTables) {
    SAMLA_ASSIGN(auto row, s.query_one(std::string("SELECT COUNT(*) FROM ") + table +
                                           " WHERE programme_id = ?",
                                       {id}));
    held += row.integer(0);
  }
  if (held > 0)
    return make_error(ErrorCode::conflict, Msg::programme_in_use,
                      {{"count", std::to_string(held)}});
  return access::delete_record(s, kProgrammeRecord, id, before.version, to_json(before), actor);
}

Result<std::int64_t> default_programme_id(Session& s) {
  SAMLA_ASSIGN(auto row, s.query_one("SELECT id FROM programmes WHERE is_default = 1", {},
                                     Msg::no_such_programme));
  return row.integer(0);
}

Result<std::int64_t> programme_for(Session& s, std::optional<std::int64_t> given) {
  if (!given) return default_programme_id(s);
  SAMLA_ASSIGN(auto found, s.query("SELECT 1 FROM programmes WHERE id = ?", {*given}));
  if (found.empty())
    return invalid_field("programme_id", Msg::no_programme_with_id,
                         {{"id", std::to_string(*given)}});
  return *given;
}

Result<std::int64_t> programme_on_change(Session& s, std::optional<std::int64_t> given,
                                         std::optional<std::int64_t> current) {
  return programme_for(s, given ? given : current);
}

Result<std::vector<MemberContact>> member_contacts(Session& s, std::int64_t programme_id) {
  SAMLA_ASSIGN(auto rows, s.query("SELECT m.organisation_id, (SELECT MIN(p.id) FROM people p WHERE "
                                  "p.organisation_id = m.organisation_id) FROM programme_members m "
                                  "WHERE m.programme_id = ? AND m.status = 'member' ORDER BY "
                                  "m.position",
                                  {programme_id}));
  std::vector<MemberContact> out;
  for (const auto& r : rows) out.push_back({r.integer(0), r.optional_integer(1)});
  return out;
}

}  // namespace samla::programme::store
