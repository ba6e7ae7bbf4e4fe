#include "outcomes/store.h"

#include <nlohmann/json.hpp>

#include "access/records.h"
#include "core/date.h"
#include "events/store.h"
#include "outcomes/rules.h"
#include "outcomes/wire.h"
#include "privacy/consent_store.h"
#include "storage/row_reader.h"
#include "storage/versioned.h"

namespace samla::outcomes::store {
namespace {

using nlohmann::json;
using storage::Session;

constexpr access::RecordKind kOutcomeRecord{"outcomes", "outcome", "outcome"};
// One answer whether the id is unknown or another event's: a 404 tells nothing of other events.
constexpr Msg kNoSuchOutcome = Msg::no_such_outcome;

// The speaker's name is joined only once they agreed to be named, and while that consent
// stands (privacy/consent.h: withdrawing it unnames every quote).
const std::string kSelectOutcome =
    "SELECT x.id, x.event_id, x.kind, x.text, x.themes, x.agenda_item_id, x.source, x.status, "
    "x.position, x.owner_person_id, x.owner_organisation_id, COALESCE(op.name, oo.name), "
    "x.due_date, x.priority, x.speaker_person_id, "
    "CASE WHEN x.named_on IS NOT NULL AND " +
    privacy::named_consent_sql("x.speaker_person_id") +
    " THEN sp.name ELSE NULL END, x.named_on, x.created_by, "
    "x.created_at, x.updated_at, x.version FROM outcomes x "
    "LEFT JOIN people op ON op.id = x.owner_person_id "
    "LEFT JOIN organisations oo ON oo.id = x.owner_organisation_id "
    "LEFT JOIN people sp ON sp.id = x.speaker_person_id ";

Outcome read_outcome(const storage::Row& r) {
  Outcome o;
  storage::read_columns(r, 0, o.id, o.event_id, o.kind, o.text);
  json themes = json::parse(r.text(4), nullptr, false);
  if (themes.is_array())
    for (const auto& t : themes)
      if (t.is_string()) o.themes.push_back(t.get<std::string>());
  storage::read_columns(r, 5, o.agenda_item_id, o.source, o.status, o.position, o.owner_person_id,
                        o.owner_organisation_id, o.owner_name, o.due_date, o.priority,
                        o.speaker_person_id, o.speaker_name, o.named_on, o.created_by, o.created_at,
                        o.updated_at, o.version);
  return o;
}

// The rules' view of the event (its day and agenda ids); not_found without the event.
Result<EventFacts> facts_of(Session& s, std::int64_t event_id) {
  SAMLA_ASSIGN(events::Event event, events::store::get_event(s, event_id));
  EventFacts facts;
  facts.day = event.starts_at.substr(0, 10);
  for (const auto& item : event.agenda) facts.agenda_item_ids.push_back(item.id);
  return facts;
}

Status check_exists(Session& s, std::vector<FieldError>& errors, const char* table,
                    const char* field, const std::optional<std::int64_t>& id, Msg missing) {
  if (!id) return ok_status();
  SAMLA_ASSIGN(auto found, s.query(std::string("SELECT 1 FROM ") + table + " WHERE id = ?", {*id}));
  if (found.empty())
    errors.emplace_back(field, missing, MessageParams{{"id", std::to_string(*id)}});
  return ok_status();
}

// The rules (against `before`, the stored outcome, on an update), then the references:
// themes, owner and speaker; 422 with every error.
Status check(Session& s, std::int64_t event_id, const Outcome& o, const Outcome* before = nullptr) {
  SAMLA_ASSIGN(EventFacts facts, facts_of(s, event_id));
  std::vector<FieldError> errors = check_outcome(o, facts, before);
  for (const auto& slug : o.themes) {
    SAMLA_ASSIGN(auto found, s.query("SELECT 1 FROM themes WHERE slug = ?", {slug}));
    if (found.empty())
      errors.emplace_back("themes", Msg::no_theme_with_slug, MessageParams{{"slug", slug}});
  }
  SAMLA_TRY(check_exists(s, errors, "people", "owner_person_id", o.owner_person_id,
                         Msg::no_person_with_id));
  SAMLA_TRY(check_exists(s, errors, "organisations", "owner_organisation_id",
                         o.owner_organisation_id, Msg::no_organisation_with_id));
  SAMLA_TRY(check_exists(s, errors, "people", "speaker_person_id", o.speaker_person_id,
                         Msg::no_person_with_id));
  if (!errors.empty()) return invalid_fields(std::move(errors));
  return ok_status();
}

// The values insert and update both write (kind to named_on, in that order), then `then`.
storage::Params outcome_values(const Outcome& o, std::initializer_list<storage::Value> then) {
  storage::Params values{o.kind,
                         o.text,
                         json(o.themes).dump(),
                         storage::nullable(o.agenda_item_id),
                         o.source,
                         o.status,
                         storage::nullable(o.owner_person_id),
                         storage::nullable(o.owner_organisation_id),
                         storage::nullable(o.due_date),
                         storage::nullable(o.priority),
                         storage::nullable(o.speaker_person_id),
                         storage::nullable(o.named_on)};
  values.insert(values.end(), then);
  return values;
}

// The outcome before a change, provided If-Match still names its version.
Result<Outcome> read_for_change(Session& s, std::int64_t event_id, std::int64_t id,
                                std::optional<std::int64_t> expected_version) {
  auto of_event = [event_id](Session& session, std::int64_t outcome) {
    return get_outcome(session, event_id, outcome);
  };
  return access::read_for_change(s, id, expected_version, kOutcomeRecord, of_event);
}

Result<Outcome> get_any(Session& s, std::int64_t id) {
  SAMLA_ASSIGN(auto row,
               s.query_one(std::string(kSelectOutcome) + "WHERE x.id = ?", {id}, kNoSuchOutcome));
  return read_outcome(row);
}

}  // namespace

Result<std::vector<Outcome>> list_outcomes(Session& s, std::int64_t event_id) {
  SAMLA_TRY(events::store::get_event(s, event_id));  // 404 for no such event
  SAMLA_ASSIGN(auto rows, s.query(std::string(kSelectOutcome) +
                                      "WHERE x.event_id = ? ORDER BY x.position, x.id",
                                  {event_id}));
  return storage::read_rows(rows, read_outcome);
}

Result<Outcome> get_outcome(Session& s, std::int64_t event_id, std::int64_t id) {
  SAMLA_ASSIGN(Outcome o, get_any(s, id));
  if (o.event_id != event_id) return make_error(ErrorCode::not_found, kNoSuchOutcome);
  return o;
}

namespace {

// A quote newly named (named_on set or changed) records the speaker's consent to being named,
// given that day, unless one stands: the name then shows until they withdraw it.
Status record_named_consent(Session& s, const Outcome& o,
                            const std::optional<std::string>& named_before,
                            const access::Principal& actor) {
  if (!o.named_on || !o.speaker_person_id || o.named_on == named_before) return ok_status();
  SAMLA_ASSIGN(bool named,
               privacy::consents::has_active(s, *o.speaker_person_id, privacy::kNamedPurpose));
  if (named) return ok_status();
  // Once they said no, only they (or their own page) can say yes again.
  SAMLA_ASSIGN(auto withdrawn,
               s.query("SELECT 1 FROM consents WHERE person_id = ? AND purpose = ? "
                       "AND ended_how = 'withdrawn'",
                       {*o.speaker_person_id, std::string(privacy::kNamedPurpose)}));
  if (!withdrawn.empty()) return invalid_field("named_on", Msg::named_consent_withdrawn);
  privacy::Consent consent;
  consent.person_id = *o.speaker_person_id;
  consent.purpose = std::string(privacy::kNamedPurpose);
  consent.basis = "consent";
  consent.channel = "event";
  consent.given_on = std::min(*o.named_on, day_from_today(0));
  SAMLA_ASSIGN(auto given, privacy::consents::give_consent(s, std::move(consent), actor));
  (void)given;
  return ok_status();
}

}  // namespace

Result<Outcome> insert_outcome(Session& s, std::int64_t event_id, Outcome o,
                               const access::Principal& actor) {
  SAMLA_TRY(check(s, event_id, o));
  // Holds the event's row until commit (PostgreSQL's row lock; SQLite writes one at a time
  // anyway), so two outcomes added at once never take the same position.
  SAMLA_TRY(
      s.execute("UPDATE events SET agenda_next_id = agenda_next_id WHERE id = ?", {event_id}));
  SAMLA_ASSIGN(auto last, s.query_one("SELECT COALESCE(MAX(position), 0) FROM outcomes WHERE "
                                      "event_id = ?",
                                      {event_id}));
  const std::string now = now_iso8601();
  SAMLA_ASSIGN(
      auto row,
      s.query_one("INSERT INTO outcomes (kind, text, themes, agenda_item_id, source, "
                  "status, owner_person_id, owner_organisation_id, due_date, priority, "
                  "speaker_person_id, named_on, event_id, position, created_by, "
                  "created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                  "?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id",
                  outcome_values(o, {event_id, last.integer(0) + 1, actor.name, now, now})));
  SAMLA_TRY(record_named_consent(s, o, std::nullopt, actor));
  SAMLA_ASSIGN(Outcome created, get_any(s, row.integer(0)));
  SAMLA_TRY(access::audit_created(s, kOutcomeRecord, created.id, to_json(created), actor));
  return created;
}

Result<Outcome> update_outcome(Session& s, std::int64_t event_id, std::int64_t id, Outcome next,
                               std::optional<std::int64_t> expected_version,
                               const access::Principal& actor) {
  SAMLA_ASSIGN(Outcome before, read_for_change(s, event_id, id, expected_version));
  SAMLA_TRY(check(s, event_id, next, &before));
  SAMLA_TRY(storage::execute_versioned(
      s,
      "UPDATE outcomes SET kind = ?, text = ?, themes = ?, agenda_item_id = ?, source = ?, "
      "status = ?, owner_person_id = ?, owner_organisation_id = ?, due_date = ?, priority = ?, "
      "speaker_person_id = ?, named_on = ?, updated_at = ?, version = version + 1 "
      "WHERE id = ? AND version = ?",
      outcome_values(next, {now_iso8601(), id, before.version}), kOutcomeRecord.what));
  SAMLA_TRY(record_named_consent(s, next, before.named_on, actor));
  SAMLA_ASSIGN(Outcome after, get_any(s, id));
  SAMLA_TRY(access::audit_changed(s, kOutcomeRecord, id, to_json(before), to_json(after), actor));
  return after;
}

Status delete_outcome(Session& s, std::int64_t event_id, std::int64_t id,
                      std::optional<std::int64_t> expected_version,
                      const access::Principal& actor) {
  SAMLA_ASSIGN(Outcome before, read_for_change(s, event_id, id, expected_version));
  return access::delete_record(s, kOutcomeRecord, id, before.version, to_json(before), actor);
}

Result<std::vector<Outcome>> reorder_outcomes(Session& s, std::int64_t event_id,
                                              const std::vector<std::int64_t>& ids,
                                              const access::Principal& actor) {
  SAMLA_ASSIGN(auto current, list_outcomes(s, event_id));
  std::vector<std::int64_t> current_ids;
  for (const auto& o : current) current_ids.push_back(o.id);
  if (!is_reordering(ids, current_ids)) return invalid_field("ids", Msg::must_list_every_outcome);
  const std::string now = now_iso8601();
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const int position = static_cast<int>(i) + 1;
    auto before = std::find_if(current.begin(), current.end(),
                               [&](const Outcome& o) { return o.id == ids[i]; });
    if (before->position == position) continue;
    SAMLA_TRY(storage::execute_versioned(
        s,
        "UPDATE outcomes SET position = ?, updated_at = ?, version = version + 1 "
        "WHERE id = ? AND version = ?",
        {std::int64_t{position}, now, ids[i], before->version}, kOutcomeRecord.what));
    SAMLA_ASSIGN(Outcome after, get_any(s, ids[i]));
    SAMLA_TRY(
        access::audit_changed(s, kOutcomeRecord, ids[i], to_json(*before), to_json(after), actor));
  }
  return list_outcomes(s, event_id);
}

}  // namespace samla::outcomes::store
