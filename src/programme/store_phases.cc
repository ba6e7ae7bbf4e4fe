#include <algorithm>
#include <map>
#include <set>

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

constexpr access::RecordKind kPhaseRecord{"phases", "phase", "phase"};

constexpr const char* kSelectPhase =
    "SELECT id, programme_id, position, phase_key, name_en, name_sv, planned_start, planned_end, "
    "actual_start, actual_end, gate_status, gate_passed_at, gate_passed_by, gate_note, "
    "updated_at, version FROM phases ";

Phase read_phase(const storage::Row& r) {
  Phase p;
  storage::read_columns(r, 0, p.id, p.programme_id, p.position, p.key, p.name_en, p.name_sv,
                        p.planned_start, p.planned_end, p.actual_start, p.actual_end, p.gate_status,
                        p.gate_passed_at, p.gate_passed_by, p.gate_note, p.updated_at, p.version);
  return p;
}

Status fill_lists(Session& s, Phase& p) {
  SAMLA_ASSIGN(auto milestones, s.query("SELECT id, title, due_date, done FROM phase_milestones "
                                        "WHERE phase_id = ? ORDER BY position",
                                        {p.id}));
  for (const auto& r : milestones) {
    Milestone m;
    storage::read_columns(r, 0, m.id, m.title, m.due_date, m.done);
    p.milestones.push_back(std::move(m));
  }
  SAMLA_ASSIGN(auto criteria,
               s.query("SELECT id, check_key, param, label_en, label_sv, signed_off_by, "
                       "signed_off_at, sign_off_note FROM gate_criteria WHERE phase_id = ? "
                       "ORDER BY position",
                       {p.id}));
  for (const auto& r : criteria) {
    Criterion c;
    storage::read_columns(r, 0, c.id, c.check, c.param, c.label_en, c.label_sv, c.signed_off_by,
                          c.signed_off_at, c.sign_off_note);
    p.criteria.push_back(std::move(c));
  }
  return ok_status();
}

// A criterion keeps its sign-off when it comes back with its id and the same check and
// parameter: what was signed off is still what it says.
void keep_sign_offs(const Phase& before, Phase& next) {
  for (auto& c : next.criteria) {
    c.signed_off_by.reset();
    c.signed_off_at.reset();
    c.sign_off_note.reset();
    if (c.id == 0) continue;
    for (const auto& old : before.criteria)
      if (old.id == c.id && old.check == c.check && old.param == c.param &&
          (c.check || (old.label_en == c.label_en && old.label_sv == c.label_sv))) {
        c.signed_off_by = old.signed_off_by;
        c.signed_off_at = old.signed_off_at;
        c.sign_off_note = old.sign_off_note;
      }
  }
}

Status write_lists(Session& s, std::int64_t id, Phase& p) {
  SAMLA_TRY(s.execute("DELETE FROM phase_milestones WHERE phase_id = ?", {id}));
  SAMLA_TRY(s.execute("DELETE FROM gate_criteria WHERE phase_id = ?", {id}));
  number_new(p.milestones);
  number_new(p.criteria);
  std::int64_t position = 0;
  for (const auto& m : p.milestones)
    SAMLA_TRY(
        s.execute("INSERT INTO phase_milestones (phase_id, id, position, title, due_date, "
                  "done) VALUES (?, ?, ?, ?, ?, ?)",
                  {id, m.id, ++position, m.title, storage::nullable(m.due_date),
                   std::int64_t{m.done ? 1 : 0}}));
  position = 0;
  for (const auto& c : p.criteria)
    SAMLA_TRY(
        s.execute("INSERT INTO gate_criteria (phase_id, id, position, check_key, param, "
                  "label_en, label_sv, signed_off_by, signed_off_at, sign_off_note) VALUES "
                  "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  {id, c.id, ++position, storage::nullable(c.check), storage::nullable(c.param),
                   c.label_en, c.label_sv, storage::nullable(c.signed_off_by),
                   storage::nullable(c.signed_off_at), storage::nullable(c.sign_off_note)}));
  return ok_status();
}

// The rules, the key's uniqueness in the programme, and the order of the planned dates against
// the phases around it (`position`: where it stands or will stand).
Status check(Session& s, std::int64_t programme_id, const Phase& p, std::int64_t own_id,
             int position, bool swedish) {
  std::vector<FieldError> errors = check_phase(p);
  SAMLA_ASSIGN(auto taken, s.query("SELECT 1 FROM phases WHERE programme_id = ? AND phase_key = ? "
                                   "AND id <> ?",
                                   {programme_id, p.key, own_id}));
  if (!taken.empty()) errors.emplace_back("key", Msg::phase_key_taken);
  if (errors.empty()) {
    SAMLA_ASSIGN(auto all, list_phases(s, programme_id));
    const Phase* before = nullptr;
    const Phase* after = nullptr;
    for (const auto& other : all) {
      if (other.id == own_id) continue;
      if (other.position < position) before = &other;
      if (other.position > position && !after) after = &other;
    }
    errors = check_phase_order(p, before, after, swedish);
  }
  if (!errors.empty()) return invalid_fields(std::move(errors));
  return ok_status();
}

Result<Phase> insert_at(Session& s, std::int64_t programme_id, Phase p, int position,
                        const access::Principal& actor) {
  const std::string now = now_iso8601();
  SAMLA_ASSIGN(
      auto row,
      s.query_one("INSERT INTO phases (programme_id, position, phase_key, name_en, "
                  "name_sv, planned_start, planned_end, actual_start, actual_end, "
                  "gate_status, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                  "'open', ?, 1) RETURNING id",
                  {programme_id, std::int64_t{position}, p.key, p.name_en, p.name_sv,
                   storage::nullable(p.planned_start), storage::nullable(p.planned_end),
                   storage::nullable(p.actual_start), storage::nullable(p.actual_end), now}));
  const std::int64_t id = row.integer(0);
  for (auto& c : p.criteria) {
    c.signed_off_by.reset();
    c.signed_off_at.reset();
    c.sign_off_note.reset();
  }
  SAMLA_TRY(write_lists(s, id, p));
  SAMLA_ASSIGN(Phase created, get_phase(s, programme_id, id));
  SAMLA_TRY(access::audit_created(s, kPhaseRecord, id, to_json(created), actor));
  return created;
}

// The phase, if If-Match's version is still current (412 otherwise).
Result<Phase> read_for_change(Session& s, std::int64_t programme_id, std::int64_t phase_id,
                              std::optional<std::int64_t> expected) {
  SAMLA_ASSIGN(Phase before, get_phase(s, programme_id, phase_id));
  SAMLA_TRY(access::check_version(before.version, expected));
  return before;
}

// Writes the phase's own row (not its lists) at the next version.
Status write_row(Session& s, const Phase& before, const Phase& next) {
  return storage::execute_versioned(
      s,
      "UPDATE phases SET phase_key = ?, name_en = ?, name_sv = ?, planned_start = ?, "
      "planned_end = ?, actual_start = ?, actual_end = ?, gate_status = ?, gate_passed_at = ?, "
      "gate_passed_by = ?, gate_note = ?, updated_at = ?, version = version + 1 WHERE id = ? AND "
      "version = ?",
      {next.key, next.name_en, next.name_sv, storage::nullable(next.planned_start),
       storage::nullable(next.planned_end), storage::nullable(next.actual_start),
       storage::nullable(next.actual_end), next.gate_status, storage::nullable(next.gate_passed_at),
       storage::nullable(next.gate_passed_by), storage::nullable(next.gate_note), now_iso8601(),
       before.id, before.version},
      kPhaseRecord.what);
}

Result<Phase> finish_change(Session& s, const Phase& before, const access::Principal& actor,
                            std::string_view action) {
  SAMLA_ASSIGN(Phase after, get_phase(s, before.programme_id, before.id));
  SAMLA_TRY(access::audit_changed(s, kPhaseRecord, before.id, to_json(before), to_json(after),
                                  actor, action));
  return after;
}

}  // namespace

Result<std::vector<Phase>> list_phases(Session& s, std::int64_t programme_id) {
  SAMLA_ASSIGN(auto found, s.query("SELECT 1 FROM programmes WHERE id = ?", {programme_id}));
  if (found.empty()) return make_error(ErrorCode::not_found, Msg::no_such_programme);
  SAMLA_ASSIGN(auto rows,
               s.query(std::string(kSelectPhase) + "WHERE programme_id = ? ORDER BY position, id",
                       {programme_id}));
  auto phases = storage::read_rows(rows, read_phase);
  for (auto& p : phases) SAMLA_TRY(fill_lists(s, p));
  return phases;
}

Result<Phase> get_phase(Session& s, std::int64_t programme_id, std::int64_t phase_id) {
  SAMLA_ASSIGN(auto found, s.query("SELECT 1 FROM programmes WHERE id = ?", {programme_id}));
  if (found.empty()) return make_error(ErrorCode::not_found, Msg::no_such_programme);
  SAMLA_ASSIGN(auto row,
               s.query_one(std::string(kSelectPhase) + "WHERE id = ? AND programme_id = ?",
                           {phase_id, programme_id}, Msg::no_such_phase));
  Phase p = read_phase(row);
  SAMLA_TRY(fill_lists(s, p));
  return p;
}

Result<Phase> insert_phase(Session& s, std::int64_t programme_id, Phase p, bool swedish,
                           const access::Principal& actor) {
  SAMLA_ASSIGN(auto phases, list_phases(s, programme_id));
  if (phases.size() >= kMaxPhases)
    return invalid_field("key", Msg::at_most_items, {{"max", std::to_string(kMaxPhases)}});
  const int position = phases.empty() ? 1 : phases.back().position + 1;
  SAMLA_TRY(check(s, programme_id, p, 0, position, swedish));
  return insert_at(s, programme_id, std::move(p), position, actor);
}

Result<Phase> update_phase(Session& s, std::int64_t programme_id, std::int64_t phase_id, Phase next,
                           std::optional<std::int64_t> expected_version, bool swedish,
                           const access::Principal& actor) {
  SAMLA_ASSIGN(Phase before, read_for_change(s, programme_id, phase_id, expected_version));
  SAMLA_TRY(check(s, programme_id, next, phase_id, before.position, swedish));
  keep_sign_offs(before, next);
  next.gate_status = before.gate_status;
  next.gate_passed_at = before.gate_passed_at;
  next.gate_passed_by = before.gate_passed_by;
  next.gate_note = before.gate_note;
  SAMLA_TRY(write_row(s, before, next));
  SAMLA_TRY(write_lists(s, phase_id, next));
  return finish_change(s, before, actor, "update");
}

Status delete_phase(Session& s, std::int64_t programme_id, std::int64_t phase_id,
                    std::optional<std::int64_t> expected_version, const access::Principal& actor) {
  SAMLA_ASSIGN(Phase before, read_for_change(s, programme_id, phase_id, expected_version));
  return access::delete_record(s, kPhaseRecord, phase_id, before.version, to_json(before), actor);
}

Result<std::vector<Phase>> reorder_phases(Session& s, std::int64_t programme_id,
                                          const std::vector<std::int64_t>& ids,
                                          const access::Principal& actor) {
  SAMLA_ASSIGN(auto current, list_phases(s, programme_id));
  std::vector<std::int64_t> have, want = ids;
  for (const auto& p : current) have.push_back(p.id);
  std::sort(have.begin(), have.end());
  std::sort(want.begin(), want.end());
  if (have != want) return invalid_field("ids", Msg::must_list_every_phase);
  const std::string now = now_iso8601();
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const int position = static_cast<int>(i) + 1;
    auto before = std::find_if(current.begin(), current.end(),
                               [&](const Phase& p) { return p.id == ids[i]; });
    if (before->position == position) continue;
    SAMLA_TRY(storage::execute_versioned(s,
                                         "UPDATE phases SET position = ?, updated_at = ?, "
                                         "version = version + 1 WHERE id = ? AND version = ?",
                                         {std::int64_t{position}, now, ids[i], before->version},
                                         kPhaseRecord.what));
    SAMLA_TRY(finish_change(s, *before, actor, "reorder"));
  }
  return list_phases(s, programme_id);
}

Result<std::vector<Phase>> add_template_phases(Session& s, std::int64_t programme_id,
                                               const std::string& template_key,
                                               const access::Principal& actor) {
  const ProgrammeTemplate* from = find_template(template_key);
  if (!from) {
    std::vector<std::string> keys;
    for (const auto& t : templates()) keys.push_back(t.key);
    return invalid_field("template_key", Msg::must_be_values, {{"values", one_per_line(keys)}});
  }
  SAMLA_ASSIGN(auto existing, list_phases(s, programme_id));
  if (!existing.empty()) return make_error(ErrorCode::conflict, Msg::programme_has_phases);
  for (auto& phase : phases_from(*from)) {
    const int position = phase.position;
    SAMLA_TRY(insert_at(s, programme_id, std::move(phase), position, actor));
  }
  return list_phases(s, programme_id);
}

Result<Phase> sign_off(Session& s, std::int64_t programme_id, std::int64_t phase_id,
                       std::int64_t criterion_id, const std::string& note,
                       std::optional<std::int64_t> expected_version,
                       const access::Principal& actor) {
  SAMLA_ASSIGN(Phase before, read_for_change(s, programme_id, phase_id, expected_version));
  Phase next = before;
  auto c = std::find_if(next.criteria.begin(), next.criteria.end(),
                        [&](const Criterion& c) { return c.id == criterion_id; });
  if (c == next.criteria.end())
    return invalid_field("criterion_id", Msg::no_criterion_with_id,
                         {{"id", std::to_string(criterion_id)}});
  c->signed_off_by = actor.name;
  c->signed_off_at = now_iso8601();
  c->sign_off_note = note;
  SAMLA_TRY(write_row(s, before, next));
  SAMLA_TRY(write_lists(s, phase_id, next));
  return finish_change(s, before, actor, "sign_off");
}

Result<Phase> set_gate(Session& s, std::int64_t programme_id, std::int64_t phase_id,
                       const std::string& to, const std::string& note,
                       std::optional<std::int64_t> version, const access::Principal& actor) {
  SAMLA_ASSIGN(Phase before, read_for_change(s, programme_id, phase_id, version));
  Phase next = before;
  next.gate_status = to;
  if (to == "passed") {
    next.gate_passed_at = now_iso8601();
    next.gate_passed_by = actor.name;
    next.gate_note = note;
  } else {
    next.gate_passed_at.reset();
    next.gate_passed_by.reset();
    next.gate_note = note.empty() ? std::nullopt : std::optional<std::string>(note);
  }
  SAMLA_TRY(write_row(s, before, next));
  return finish_change(s, before, actor, to == "passed" ? "gate_passed" : "gate_opened");
}

}  // namespace samla::programme::store
