#include "groups/store.h"

#include <nlohmann/json.hpp>

#include "access/records.h"
#include "events/store.h"
#include "groups/rules.h"
#include "groups/wire.h"
#include "programme/store.h"
#include "storage/row_reader.h"
#include "storage/versioned.h"

namespace samla::groups::store {
namespace {

using nlohmann::json;
using storage::Session;

constexpr access::RecordKind kGroupRecord{"follow_up_groups", "group", "group"};
constexpr Msg kNoSuchGroup = Msg::no_such_group;

constexpr const char* kSelectGroup =
    "SELECT g.id, g.kind, g.name, g.objective, g.mandate, g.lead_person_id, lp.name, g.themes, "
    "g.start_date, g.end_date, (SELECT COUNT(*) FROM group_meetings m WHERE m.group_id = g.id), "
    "g.created_by, g.created_at, g.updated_at, g.version, g.programme_id FROM follow_up_groups g "
    "LEFT JOIN people lp ON lp.id = g.lead_person_id ";

Group read_group(const storage::Row& r) {
  Group g;
  storage::read_columns(r, 0, g.id, g.kind, g.name, g.objective, g.mandate, g.lead_person_id,
                        g.lead_name);
  json themes = json::parse(r.text(7), nullptr, false);
  if (themes.is_array())
    for (const auto& t : themes)
      if (t.is_string()) g.themes.push_back(t.get<std::string>());
  storage::read_columns(r, 8, g.start_date, g.end_date, g.meeting_count, g.created_by, g.created_at,
                        g.updated_at, g.version, g.programme_id);
  return g;
}

Status fill_lists(Session& s, Group& g) {
  SAMLA_ASSIGN(auto members, s.query("SELECT m.person_id, p.name, m.role, m.from_date, m.to_date "
                                     "FROM group_members m JOIN people p ON p.id = m.person_id "
                                     "WHERE m.group_id = ? ORDER BY m.position",
                                     {g.id}));
  for (const auto& r : members) {
    Member m;
    storage::read_columns(r, 0, m.person_id, m.name, m.role, m.from_date, m.to_date);
    g.members.push_back(std::move(m));
  }
  SAMLA_ASSIGN(auto deliverables, s.query("SELECT id, title, due_date, status FROM "
                                          "group_deliverables WHERE group_id = ? ORDER BY position",
                                          {g.id}));
  for (const auto& r : deliverables) {
    Deliverable d;
    storage::read_columns(r, 0, d.id, d.title, d.due_date, d.status);
    g.deliverables.push_back(std::move(d));
  }
  return ok_status();
}

// The rules, then the references: the lead, the members and the themes must exist.
Status check(Session& s, const Group& g) {
  std::vector<FieldError> errors = check_group(g);
  auto person_exists = [&](std::int64_t id, const std::string& field) -> Status {
    SAMLA_ASSIGN(auto found, s.query("SELECT 1 FROM people WHERE id = ?", {id}));
    if (found.empty())
      errors.emplace_back(field, Msg::no_person_with_id, MessageParams{{"id", std::to_string(id)}});
    return ok_status();
  };
  if (g.lead_person_id) SAMLA_TRY(person_exists(*g.lead_person_id, "lead_person_id"));
  for (std::size_t i = 0; i < g.members.size() && i < kMaxMembers; ++i)
    if (g.members[i].person_id > 0)
      SAMLA_TRY(
          person_exists(g.members[i].person_id, "members[" + std::to_string(i) + "].person_id"));
  for (const auto& slug : g.themes) {
    SAMLA_ASSIGN(auto found, s.query("SELECT 1 FROM themes WHERE slug = ?", {slug}));
    if (found.empty())
      errors.emplace_back("themes", Msg::no_theme_with_slug, MessageParams{{"slug", slug}});
  }
  if (!errors.empty()) return invalid_fields(std::move(errors));
  return ok_status();
}

Status write_lists(Session& s, std::int64_t id, Group& g) {
  SAMLA_TRY(s.execute("DELETE FROM group_members WHERE group_id = ?", {id}));
  SAMLA_TRY(s.execute("DELETE FROM group_deliverables WHERE group_id = ?", {id}));
  std::int64_t position = 0;
  for (const auto& m : g.members)
    SAMLA_TRY(s.execute(
        "INSERT INTO group_members (group_id, position, person_id, role, "
        "from_date, to_date) VALUES (?, ?, ?, ?, ?, ?)",
        {id, ++position, m.person_id, m.role, m.from_date, storage::nullable(m.to_date)}));
  std::int64_t next = 0;
  for (const auto& d : g.deliverables) next = std::max(next, d.id);
  position = 0;
  for (auto& d : g.deliverables) {
    if (d.id == 0) d.id = ++next;
    SAMLA_TRY(
        s.execute("INSERT INTO group_deliverables (group_id, id, position, title, due_date, "
                  "status) VALUES (?, ?, ?, ?, ?, ?)",
                  {id, d.id, ++position, d.title, storage::nullable(d.due_date), d.status}));
  }
  return ok_status();
}

}  // namespace

Result<std::vector<Group>> list_groups(Session& s) {
  SAMLA_ASSIGN(auto rows, s.query(std::string(kSelectGroup) + "ORDER BY g.name, g.id"));
  auto groups = storage::read_rows(rows, read_group);
  for (auto& g : groups) SAMLA_TRY(fill_lists(s, g));
  return groups;
}

Result<Group> get_group(Session& s, std::int64_t id) {
  SAMLA_ASSIGN(auto row,
               s.query_one(std::string(kSelectGroup) + "WHERE g.id = ?", {id}, kNoSuchGroup));
  Group g = read_group(row);
  SAMLA_TRY(fill_lists(s, g));
  return g;
}

Result<Group> insert_group(Session& s, Group g, const access::Principal& actor) {
  SAMLA_TRY(check(s, g));
  SAMLA_ASSIGN(g.programme_id, programme::store::programme_for(s, g.programme_id));
  const std::string now = now_iso8601();
  SAMLA_ASSIGN(
      auto row,
      s.query_one("INSERT INTO follow_up_groups (kind, name, objective, mandate, "
                  "lead_person_id, themes, start_date, end_date, created_by, "
                  "created_at, updated_at, version, programme_id) VALUES (?, ?, ?, ?, ?, ?, ?, "
                  "?, ?, ?, ?, 1, ?) RETURNING id",
                  {g.kind, g.name, g.objective, g.mandate, storage::nullable(g.lead_person_id),
                   json(g.themes).dump(), storage::nullable(g.start_date),
                   storage::nullable(g.end_date), actor.name, now, now, *g.programme_id}));
  const std::int64_t id = row.integer(0);
  SAMLA_TRY(write_lists(s, id, g));
  SAMLA_ASSIGN(Group created, get_group(s, id));
  SAMLA_TRY(access::audit_created(s, kGroupRecord, id, to_json(created), actor));
  return created;
}

Result<Group> update_group(Session& s, std::int64_t id, Group next,
                           std::optional<std::int64_t> expected_version,
                           const access::Principal& actor) {
  SAMLA_ASSIGN(Group before,
               access::read_for_change(s, id, expected_version, kGroupRecord, get_group));
  SAMLA_TRY(check(s, next));
  SAMLA_ASSIGN(next.programme_id,
               programme::store::programme_on_change(s, next.programme_id, before.programme_id));
  SAMLA_TRY(storage::execute_versioned(
      s,
      "UPDATE follow_up_groups SET kind = ?, name = ?, objective = ?, mandate = ?, "
      "lead_person_id = ?, themes = ?, start_date = ?, end_date = ?, updated_at = ?, "
      "programme_id = ?, version = version + 1 WHERE id = ? AND version = ?",
      {next.kind, next.name, next.objective, next.mandate, storage::nullable(next.lead_person_id),
       json(next.themes).dump(), storage::nullable(next.start_date),
       storage::nullable(next.end_date), now_iso8601(), storage::nullable(next.programme_id), id,
       before.version},
      kGroupRecord.what));
  SAMLA_TRY(write_lists(s, id, next));
  SAMLA_ASSIGN(Group after, get_group(s, id));
  SAMLA_TRY(access::audit_changed(s, kGroupRecord, id, to_json(before), to_json(after), actor));
  return after;
}

Status delete_group(Session& s, std::int64_t id, std::optional<std::int64_t> expected_version,
                    const access::Principal& actor) {
  SAMLA_ASSIGN(Group before,
               access::read_for_change(s, id, expected_version, kGroupRecord, get_group));
  return access::delete_record(s, kGroupRecord, id, before.version, to_json(before), actor);
}

Result<std::vector<std::pair<std::int64_t, std::int64_t>>> members_on(Session& s,
                                                                      const std::string& day) {
  SAMLA_ASSIGN(auto rows, s.query("SELECT DISTINCT group_id, person_id FROM group_members WHERE "
                                  "from_date <= ? AND (to_date IS NULL OR to_date >= ?) ORDER BY "
                                  "group_id, person_id",
                                  {day, day}));
  std::vector<std::pair<std::int64_t, std::int64_t>> out;
  out.reserve(rows.size());
  for (const auto& r : rows) out.emplace_back(r.integer(0), r.integer(1));
  return out;
}

Result<std::vector<events::Event>> list_meetings(Session& s, std::int64_t group_id) {
  SAMLA_TRY(get_group(s, group_id));
  SAMLA_ASSIGN(auto rows, s.query("SELECT m.event_id FROM group_meetings m JOIN events e ON e.id "
                                  "= m.event_id WHERE m.group_id = ? ORDER BY e.starts_at, e.id",
                                  {group_id}));
  std::vector<events::Event> out;
  for (const auto& r : rows) {
    SAMLA_ASSIGN(events::Event e, events::store::get_event(s, r.integer(0)));
    out.push_back(std::move(e));
  }
  return out;
}

Result<events::Event> insert_meeting(Session& s, std::int64_t group_id, events::Event e,
                                     const access::Principal& actor) {
  SAMLA_ASSIGN(Group group, get_group(s, group_id));
  e.type = "group_meeting";
  // A group's meeting belongs to the group's programme unless it names another.
  if (!e.programme_id) e.programme_id = group.programme_id;
  SAMLA_ASSIGN(events::Event made, events::store::insert_event(s, std::move(e), actor));
  SAMLA_TRY(s.execute("INSERT INTO group_meetings (event_id, group_id) VALUES (?, ?)",
                      {made.id, group_id}));
  return made;
}

Status check_group_exists(Session& s, std::int64_t id, const char* field) {
  SAMLA_ASSIGN(auto found, s.query("SELECT 1 FROM follow_up_groups WHERE id = ?", {id}));
  if (found.empty())
    return invalid_field(field, Msg::no_group_with_id, {{"id", std::to_string(id)}});
  return ok_status();
}

Result<bool> leads(Session& s, std::int64_t id, std::int64_t person_id) {
  SAMLA_ASSIGN(auto found, s.query("SELECT 1 FROM follow_up_groups WHERE id = ? AND "
                                   "lead_person_id = ?",
                                   {id, person_id}));
  return !found.empty();
}

}  // namespace samla::groups::store
