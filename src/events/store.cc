#include "events/store.h"

#include <nlohmann/json.hpp>

#include <algorithm>

#include "access/audit.h"
#include "access/records.h"
#include "core/clock.h"
#include "events/rules.h"
#include "events/wire.h"
#include "programme/store.h"
#include "storage/row_reader.h"
#include "storage/versioned.h"

namespace samla::events::store {
namespace {

using nlohmann::json;
using storage::Session;

constexpr const char* kSelectLesson =
    "SELECT id, text, source, themes, status, created_at, updated_at, version FROM lessons ";
constexpr const char* kSelectEvent =
    "SELECT id, status, design, readiness_override, created_at, updated_at, version, "
    "agenda_next_id, programme_id FROM events ";

// When the event starts and ends, as instants (instant_text) for ordering and comparing events
// across time zones; check_event has accepted both times and the zone.
struct Instants {
  std::string starts, ends;
};
Result<Instants> instants_of(const Event& e) {
  auto starts = instant_text(e.starts_at, e.time_zone);
  auto ends = instant_text(e.ends_at, e.time_zone);
  if (!starts || !ends)
    return hidden_error(ErrorCode::internal, "An accepted event's times have no instant.");
  return Instants{*starts, *ends};
}

Result<Event> read_event(const storage::Row& r) {
  SAMLA_ASSIGN(Event e, event_from_json(json::parse(r.text(2), nullptr, false)));
  storage::read_columns(r, 0, e.id, e.status);
  storage::read_columns(r, 3, e.readiness_override, e.created_at, e.updated_at, e.version,
                        e.agenda_next_id, e.programme_id);
  return e;
}

Lesson read_lesson(const storage::Row& r) {
  Lesson l;
  storage::read_columns(r, 0, l.id, l.text, l.source);
  json themes = json::parse(r.text(3), nullptr, false);
  if (themes.is_array())
    for (const auto& t : themes)
      if (t.is_string()) l.themes.push_back(t.get<std::string>());
  storage::read_columns(r, 4, l.status, l.created_at, l.updated_at, l.version);
  return l;
}

// The rule checks plus the themes' existence; 422 with every error.
Status check_themes(Session& s, const std::vector<std::string>& themes,
                    std::vector<FieldError> errors) {
  for (const auto& slug : themes) {
    SAMLA_ASSIGN(auto found, s.query("SELECT 1 FROM themes WHERE slug = ?", {slug}));
    if (found.empty())
      errors.emplace_back("themes", Msg::no_theme_with_slug, MessageParams{{"slug", slug}});
  }
  if (!errors.empty()) return invalid_fields(std::move(errors));
  return ok_status();
}

constexpr access::RecordKind kEventRecord{"events", "event", "event"};
constexpr access::RecordKind kLessonRecord{"lessons", "lesson", "lesson"};

// The readiness gate (docs/events.md): a thematic workshop admits invitations only when each
// of its themes has a validated lesson. It is checked wherever an event could come to admit
// invitations without one — opening it, and changing the type or themes of one already open —
// so no order of steps walks around it. Themes an administrator's override covered when the
// event opened stay covered; any other theme needs its lesson (or a step back to draft).
Status check_readiness(Session& s, const Event& next, const Event* before,
                       const std::optional<std::string>& override_reason) {
  if (!admits_invitations(next.status)) return ok_status();
  if (before && admits_invitations(before->status) && before->type == next.type &&
      before->themes == next.themes)
    return ok_status();
  SAMLA_ASSIGN(auto lessons, list_lessons(s));
  auto missing = themes_without_validated_lesson(next, lessons);
  if (before && before->readiness_override && admits_invitations(before->status)) {
    auto covered = themes_without_validated_lesson(*before, lessons);
    std::erase_if(missing, [&](const std::string& theme) {
      return std::find(covered.begin(), covered.end(), theme) != covered.end();
    });
  }
  if (missing.empty() || override_reason) return ok_status();
  std::string list;
  for (const auto& t : missing) list += (list.empty() ? "" : ", ") + t;
  std::vector<FieldError> errors{
      FieldError("themes", Msg::no_validated_lesson, {{"themes", list}})};
  if (before && before->type != next.type) errors.emplace_back("type", Msg::workshop_needs_lessons);
  return Error(ErrorCode::invalid, Msg::workshop_not_ready, std::move(errors));
}

}  // namespace

// The rule checks, the agenda's ids (kept from `before`, new ones from the event's counter)
// and the facilitators' accounts.
Result<std::vector<FieldError>> check_design(Session& s, Event& next, const Event* before,
                                             const access::Principal& actor) {
  if (!may_name_facilitators(actor,
                             before ? before->facilitator_user_ids : std::vector<std::int64_t>{},
                             next.facilitator_user_ids))
    return make_error(ErrorCode::forbidden, Msg::facilitators_refused);
  std::vector<FieldError> errors = check_event(next);
  next.agenda_next_id = before ? before->agenda_next_id : 1;
  for (auto& e : assign_agenda_ids(next.agenda, before ? before->agenda : std::vector<AgendaItem>{},
                                   next.agenda_next_id))
    errors.push_back(std::move(e));
  for (std::int64_t user : next.facilitator_user_ids) {
    SAMLA_ASSIGN(auto found, s.query("SELECT 1 FROM users WHERE id = ?", {user}));
    if (found.empty())
      errors.emplace_back("facilitator_user_ids", Msg::no_user_with_id,
                          MessageParams{{"id", std::to_string(user)}});
  }
  return errors;
}

Result<Event> insert_event(Session& s, Event e, const access::Principal& actor) {
  SAMLA_ASSIGN(auto errors, check_design(s, e, nullptr, actor));
  SAMLA_TRY(check_themes(s, e.themes, std::move(errors)));
  e.status = "draft";
  e.readiness_override.reset();
  e.created_at = e.updated_at = now_iso8601();
  e.version = 1;
  SAMLA_ASSIGN(Instants at, instants_of(e));
  SAMLA_ASSIGN(e.programme_id, programme::store::programme_for(s, e.programme_id));
  SAMLA_ASSIGN(
      auto row,
      s.query_one(
          "INSERT INTO events (title, type, status, starts_at, ends_at, "
          "time_zone, starts_utc, ends_utc, design, created_at, updated_at, "
          "version, agenda_next_id, programme_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
          "?, 1, ?, ?) RETURNING id",
          {e.title, e.type, e.status, e.starts_at, e.ends_at, e.time_zone, at.starts, at.ends,
           design_json(e).dump(), e.created_at, e.updated_at, e.agenda_next_id, *e.programme_id}));
  e.id = row.integer(0);
  SAMLA_TRY(access::audit_created(s, kEventRecord, e.id, to_json(e), actor));
  return e;
}

Result<Event> get_event(Session& s, std::int64_t id) {
  SAMLA_ASSIGN(auto row,
               s.query_one(std::string(kSelectEvent) + "WHERE id = ?", {id}, Msg::no_such_event));
  return read_event(row);
}

Result<std::vector<Event>> list_events(Session& s) {
  SAMLA_ASSIGN(auto rows, s.query(std::string(kSelectEvent) + "ORDER BY starts_utc, id"));
  std::vector<Event> out;
  for (const auto& r : rows) {
    SAMLA_ASSIGN(Event e, read_event(r));
    out.push_back(std::move(e));
  }
  return out;
}

Result<Event> update_event(Session& s, std::int64_t id, Event next,
                           std::optional<std::int64_t> expected_version,
                           const access::Principal& actor) {
  SAMLA_ASSIGN(Event before,
               access::read_for_change(s, id, expected_version, kEventRecord, get_event));
  if (before.status == "closed")
    return Error(ErrorCode::invalid, Msg::event_closed, {FieldError("status", Msg::is_closed)});
  SAMLA_ASSIGN(std::vector<FieldError> errors, check_design(s, next, &before, actor));
  // The seats already promised stay: capacity may not drop below those who accepted.
  SAMLA_ASSIGN(auto coming, s.query_one("SELECT COUNT(*) FROM invitations WHERE event_id = ? AND "
                                        "status IN ('accepted', 'attended')",
                                        {id}));
  if (next.capacity < coming.integer(0))
    errors.emplace_back("capacity", Msg::below_accepted,
                        MessageParams{{"count", std::to_string(coming.integer(0))}});
  SAMLA_TRY(check_themes(s, next.themes, std::move(errors)));
  next.id = id;
  next.status = before.status;
  next.readiness_override = before.readiness_override;
  SAMLA_TRY(check_readiness(s, next, &before, std::nullopt));
  next.created_at = before.created_at;
  next.updated_at = now_iso8601();
  next.version = before.version + 1;
  SAMLA_ASSIGN(Instants at, instants_of(next));
  SAMLA_ASSIGN(next.programme_id,
               programme::store::programme_on_change(s, next.programme_id, before.programme_id));
  SAMLA_TRY(storage::execute_versioned(
      s,
      "UPDATE events SET title = ?, type = ?, starts_at = ?, ends_at = ?, time_zone = ?, "
      "starts_utc = ?, ends_utc = ?, design = ?, updated_at = ?, version = ?, "
      "agenda_next_id = ?, programme_id = ? WHERE id = ? AND version = ?",
      {next.title, next.type, next.starts_at, next.ends_at, next.time_zone, at.starts, at.ends,
       design_json(next).dump(), next.updated_at, next.version, next.agenda_next_id,
       storage::nullable(next.programme_id), id, before.version},
      "event"));
  SAMLA_TRY(access::audit_changed(s, kEventRecord, id, to_json(before), to_json(next), actor));
  return next;
}

Status delete_event(Session& s, std::int64_t id, std::optional<std::int64_t> expected_version,
                    const access::Principal& actor) {
  SAMLA_ASSIGN(Event before,
               access::read_for_change(s, id, expected_version, kEventRecord, get_event));
  if (before.status != "draft")
    return Error(ErrorCode::invalid, Msg::only_draft_deleted,
                 {FieldError("status", Msg::is_status_not_draft, {{"status", before.status}})});
  return access::delete_record(s, kEventRecord, id, before.version, to_json(before), actor);
}

Result<Event> transition(Session& s, std::int64_t id, const std::string& to,
                         const std::optional<std::string>& override_reason,
                         std::optional<std::int64_t> expected_version,
                         const access::Principal& actor) {
  if (override_reason) {
    if (override_reason->find_first_not_of(" \t\r\n") == std::string::npos)
      return invalid_field("override_reason", Msg::gate_override_reason);
    if (!access::can(actor, access::Action::override_readiness))
      return make_error(ErrorCode::forbidden, Msg::readiness_override_refused);
  }
  SAMLA_ASSIGN(Event before,
               access::read_for_change(s, id, expected_version, kEventRecord, get_event));
  if (!allowed_transition(before.status, to))
    return invalid_field("to", Msg::cannot_go_from_to, {{"from", before.status}, {"to", to}});
  if (to == "held")
    if (auto why = too_early_to_hold(before, now()))
      return invalid_fields({FieldError("to", *why)});
  Event next = before;
  next.status = to;
  if (admits_invitations(to) && !admits_invitations(before.status)) {
    SAMLA_TRY(check_readiness(s, next, nullptr, override_reason));
    SAMLA_ASSIGN(auto lessons, list_lessons(s));
    if (override_reason && !themes_without_validated_lesson(next, lessons).empty())
      next.readiness_override = *override_reason;
  }
  next.updated_at = now_iso8601();
  next.version = before.version + 1;
  storage::Value override_value =
      next.readiness_override ? storage::Value{*next.readiness_override} : storage::Value{nullptr};
  SAMLA_TRY(storage::execute_versioned(
      s,
      "UPDATE events SET status = ?, readiness_override = ?, updated_at = ?, "
      "version = ? WHERE id = ? AND version = ?",
      {to, override_value, next.updated_at, next.version, id, before.version}, "event"));
  json after = to_json(next);
  if (override_reason) after["override_reason"] = *override_reason;
  SAMLA_TRY(
      access::audit_changed(s, kEventRecord, id, to_json(before), after, actor, "transition"));
  // Access needs were given for this event only (GDPR art. 5(1)(c), 9): once it is closed they
  // are erased, and the erasure is audited.
  if (to == "closed") {
    SAMLA_ASSIGN(auto erased, s.execute("UPDATE invitations SET access_needs = NULL, "
                                        "access_needs_consent_at = NULL WHERE event_id = ? AND "
                                        "access_needs IS NOT NULL",
                                        {id}));
    if (erased > 0) {
      json what = {{"event_id", id}, {"access_needs_erased", erased}};
      SAMLA_TRY(access::record_change(s, actor, "erase", "invitation_access_needs",
                                      std::to_string(id), nullptr, &what));
    }
  }
  return next;
}

Result<Lesson> insert_lesson(Session& s, Lesson l, const access::Principal& actor) {
  SAMLA_TRY(check_themes(s, l.themes, check_lesson(l)));
  l.created_at = l.updated_at = now_iso8601();
  l.version = 1;
  SAMLA_ASSIGN(auto row, s.query_one("INSERT INTO lessons (text, source, themes, status, "
                                     "created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, "
                                     "1) RETURNING id",
                                     {l.text, l.source, json(l.themes).dump(), l.status,
                                      l.created_at, l.updated_at}));
  l.id = row.integer(0);
  SAMLA_TRY(access::audit_created(s, kLessonRecord, l.id, to_json(l), actor));
  return l;
}

Result<Lesson> get_lesson(Session& s, std::int64_t id) {
  SAMLA_ASSIGN(auto row,
               s.query_one(std::string(kSelectLesson) + "WHERE id = ?", {id}, Msg::no_such_lesson));
  return read_lesson(row);
}

Result<std::vector<Lesson>> list_lessons(Session& s) {
  SAMLA_ASSIGN(auto rows, s.query(std::string(kSelectLesson) + "ORDER BY id"));
  return storage::read_rows(rows, read_lesson);
}

Result<Lesson> update_lesson(Session& s, std::int64_t id, Lesson next,
                             std::optional<std::int64_t> expected_version,
                             const access::Principal& actor) {
  SAMLA_ASSIGN(Lesson before,
               access::read_for_change(s, id, expected_version, kLessonRecord, get_lesson));
  SAMLA_TRY(check_themes(s, next.themes, check_lesson(next)));
  next.id = id;
  next.created_at = before.created_at;
  next.updated_at = now_iso8601();
  next.version = before.version + 1;
  SAMLA_TRY(
      storage::execute_versioned(s,
                                 "UPDATE lessons SET text = ?, source = ?, themes = ?, status = ?, "
                                 "updated_at = ?, version = ? WHERE id = ? AND version = ?",
                                 {next.text, next.source, json(next.themes).dump(), next.status,
                                  next.updated_at, next.version, id, before.version},
                                 "lesson"));
  SAMLA_TRY(access::audit_changed(s, kLessonRecord, id, to_json(before), to_json(next), actor));
  return next;
}

Status delete_lesson(Session& s, std::int64_t id, std::optional<std::int64_t> expected_version,
                     const access::Principal& actor) {
  SAMLA_ASSIGN(Lesson before,
               access::read_for_change(s, id, expected_version, kLessonRecord, get_lesson));
  return access::delete_record(s, kLessonRecord, id, before.version, to_json(before), actor);
}

}  // namespace samla::events::store
