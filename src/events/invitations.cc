#include "events/invitations.h"
#include "privacy/consent_store.h"

#include <algorithm>
#include <set>

#include <spdlog/spdlog.h>

#include "access/audit.h"
#include "access/credentials.h"
#include "access/records.h"
#include "core/clock.h"
#include "events/calendar.h"
#include "events/invitation_rules.h"
#include "events/invitations_internal.h"
#include "events/messages.h"
#include "events/rules.h"
#include "events/selections.h"
#include "events/store.h"
#include "storage/row_reader.h"
#include "storage/versioned.h"

#ifndef SAMLA_VERSION
#define SAMLA_VERSION "0.0.0"
#endif

namespace samla::events::store {
namespace {

using nlohmann::json;
using storage::Session;

constexpr const char* kSelectInvitation =
    "SELECT i.id, i.event_id, i.person_id, p.name, o.name, p.country, p.email, i.status, "
    "i.language, i.selection_id, i.explanation, i.waitlist_for, i.invited_at, i.responded_at, "
    "i.checked_in_at, i.interpretation_language, i.access_needs, i.access_needs_consent_at, "
    "i.comment, i.note, i.created_at, i.updated_at, i.version, sel.parameters, i.attendance_mode, "
    "i.reminded_at FROM invitations i "
    "JOIN people p ON p.id = i.person_id LEFT JOIN organisations o ON o.id = p.organisation_id "
    "LEFT JOIN selections sel ON sel.id = i.selection_id ";

Invitation read_invitation(const storage::Row& r) {
  Invitation v;
  storage::read_columns(r, 0, v.id, v.event_id, v.person_id, v.person_name, v.organisation_name,
                        v.country, v.email, v.status, v.language, v.selection_id, v.explanation,
                        v.waitlist_for, v.invited_at, v.responded_at, v.checked_in_at,
                        v.interpretation_language, v.access_needs, v.access_needs_consent_at,
                        v.comment, v.note, v.created_at, v.updated_at, v.version);
  if (auto parameters = r.optional_text(23))
    v.special_quotas = special_quotas(json::parse(*parameters, nullptr, false));
  storage::read_columns(r, 24, v.attendance_mode, v.reminded_at);
  return v;
}

// What the audit log keeps of an invitation: everything but the access needs themselves
// (special-category data; the log says only whether there are any).
json audit_json(const Invitation& v) {
  return {{"event_id", v.event_id},
          {"person_id", v.person_id},
          {"status", v.status},
          {"language", v.language},
          {"selection_id", v.selection_id ? json(*v.selection_id) : json(nullptr)},
          {"waitlist_for", v.waitlist_for ? json(*v.waitlist_for) : json(nullptr)},
          {"interpretation_language",
           v.interpretation_language ? json(*v.interpretation_language) : json(nullptr)},
          {"attendance_mode", v.attendance_mode ? json(*v.attendance_mode) : json(nullptr)},
          {"reminded_at", v.reminded_at ? json(*v.reminded_at) : json(nullptr)},
          {"access_needs_given", v.access_needs.has_value()},
          {"note", v.note},
          {"version", v.version}};
}

Status audit(Session& s, const access::Principal& actor, const char* action,
             const Invitation* before, const Invitation* after) {
  json b = before ? audit_json(*before) : json(nullptr);
  json a = after ? audit_json(*after) : json(nullptr);
  return access::record_change(s, actor, action, "invitation",
                               std::to_string(after ? after->id : before->id),
                               before ? &b : nullptr, after ? &a : nullptr);
}

constexpr access::RecordKind kInvitationRecord{"invitations", "invitation", "invitation"};

Status event_allows(const Event& e, const std::string& to, const char* field) {
  auto why = event_forbids_step(e.status, to);
  if (!why && (to == "attended" || to == "no_show")) why = too_early_for_attendance(e, now());
  if (why) return Error(ErrorCode::invalid, *why, {FieldError(field, *why)});
  return ok_status();
}

Status check_language(const std::optional<std::string>& language) {
  if (language && *language != "sv" && *language != "en")
    return invalid_field("language", Msg::must_be_values, {{"values", "sv\nen"}});
  return ok_status();
}

// The conditional write every change goes through: 0 rows means someone else was first.
Status write_changes(Session& s, const Invitation& v, const std::string& sets,
                     storage::Params params) {
  params.push_back(now_iso8601());
  params.push_back(v.id);
  params.push_back(v.version);
  return storage::execute_versioned(s,
                                    "UPDATE invitations SET " + sets +
                                        ", updated_at = ?, version = version + 1 "
                                        "WHERE id = ? AND version = ?",
                                    params, "invitation");
}

Result<std::string> person_language(Session& s, std::int64_t person_id) {
  SAMLA_ASSIGN(auto rows,
               s.query("SELECT language FROM person_languages WHERE person_id = ?", {person_id}));
  std::vector<std::string> languages;
  for (const auto& r : rows) languages.push_back(r.text(0));
  return message_language(languages);
}

// The waitlist's proposal after a decline. A selection that can no longer be posed (its pool
// filter or quotas refer to something deleted since) proposes no one, but never undoes the
// decline: the participant's answer matters more than the proposal.
Status waitlist_after_decline(Session& s, const Event& event, const Invitation& declined,
                              const access::Principal& actor) {
  auto proposed = propose_from_waitlist(s, event, declined, actor);
  if (!proposed.ok() && proposed.error().code != ErrorCode::invalid) return proposed.error();
  if (!proposed.ok())
    spdlog::warn("waitlist after invitation {}: {}", declined.id, proposed.error().message);
  return ok_status();
}

}  // namespace

Result<Invitation> insert_invitation(Session& s, const Event& event, std::int64_t person_id,
                                     const std::optional<std::string>& language,
                                     std::optional<std::int64_t> selection_id,
                                     const std::optional<json>& explanation,
                                     std::optional<std::int64_t> waitlist_for,
                                     const access::Principal& actor) {
  std::string chosen_language;
  if (language) {
    chosen_language = *language;
  } else {
    SAMLA_ASSIGN(chosen_language, person_language(s, person_id));
  }
  const std::string now = now_iso8601();
  SAMLA_ASSIGN(
      auto row,
      s.query_one("INSERT INTO invitations (event_id, person_id, status, language, "
                  "selection_id, explanation, waitlist_for, created_at, updated_at, "
                  "version) VALUES (?, ?, 'proposed', ?, ?, ?, ?, ?, ?, 1) RETURNING id",
                  {event.id, person_id, chosen_language, storage::nullable(selection_id),
                   explanation ? storage::Value(explanation->dump()) : storage::Value(nullptr),
                   storage::nullable(waitlist_for), now, now}));
  SAMLA_ASSIGN(Invitation created, get_invitation(s, row.integer(0)));
  SAMLA_TRY(audit(s, actor, "create", nullptr, &created));
  return created;
}

Result<std::vector<Invitation>> propose_from_selection(Session& s, std::int64_t event_id,
                                                       std::int64_t selection_id,
                                                       const std::optional<std::string>& language,
                                                       const access::Principal& actor) {
  SAMLA_TRY(check_language(language));
  SAMLA_ASSIGN(Event event, get_event(s, event_id));
  SAMLA_TRY(event_allows(event, "proposed", "event"));
  auto stored = get_selection(s, selection_id);
  if (!stored.ok() || stored->value("event_id", std::int64_t{0}) != event_id)
    return invalid_field("selection_id", Msg::not_a_selection_of_event);
  SAMLA_ASSIGN(auto asked, invitations_of(s, event_id));
  std::set<std::int64_t> already;
  for (const auto& v : asked) already.insert(v.person_id);
  std::vector<Invitation> out;
  for (const auto& chosen : stored->value("chosen", json::array())) {
    const std::int64_t person_id = chosen.value("person_id", std::int64_t{0});
    if (already.count(person_id)) continue;
    SAMLA_ASSIGN(auto exists, s.query("SELECT 1 FROM people WHERE id = ?", {person_id}));
    if (exists.empty()) continue;  // deleted since the selection ran
    json explanation = {{"score", chosen.value("score", 0.0)},
                        {"parts", chosen.value("parts", json::object())},
                        {"pinned", chosen.value("pinned", false)},
                        {"fills", chosen.value("fills", json::array())}};
    SAMLA_ASSIGN(Invitation v, insert_invitation(s, event, person_id, language, selection_id,
                                                 explanation, std::nullopt, actor));
    out.push_back(std::move(v));
  }
  return out;
}

Result<std::vector<Invitation>> propose_people(Session& s, std::int64_t event_id,
                                               const std::vector<std::int64_t>& person_ids,
                                               const std::optional<std::string>& language,
                                               const access::Principal& actor) {
  SAMLA_TRY(check_language(language));
  SAMLA_ASSIGN(Event event, get_event(s, event_id));
  SAMLA_TRY(event_allows(event, "proposed", "event"));
  if (person_ids.empty()) return invalid_field("person_ids", Msg::at_least_one_person);
  std::vector<FieldError> errors;
  for (auto id : person_ids) {
    SAMLA_ASSIGN(auto found,
                 s.query("SELECT p.name, CASE WHEN " + privacy::contact_basis_sql("p.id") +
                             " THEN 1 ELSE 0 END FROM people p WHERE p.id = ?",
                         {id}));
    if (found.empty())
      errors.emplace_back("person_ids", Msg::no_person_with_id,
                          MessageParams{{"id", std::to_string(id)}});
    else if (found.front().integer(1) == 0)
      errors.emplace_back("person_ids", Msg::no_contact_basis,
                          MessageParams{{"name", found.front().text(0)}});
  }
  if (!errors.empty()) return invalid_fields(std::move(errors));
  SAMLA_ASSIGN(auto asked, invitations_of(s, event_id));
  std::set<std::int64_t> already;
  for (const auto& v : asked) already.insert(v.person_id);
  std::vector<Invitation> out;
  for (auto id : std::set<std::int64_t>(person_ids.begin(), person_ids.end())) {
    if (already.count(id)) continue;
    SAMLA_ASSIGN(Invitation v, insert_invitation(s, event, id, language, std::nullopt, std::nullopt,
                                                 std::nullopt, actor));
    out.push_back(std::move(v));
  }
  return out;
}

Result<std::vector<PersonEvent>> events_of_person(Session& s, std::int64_t person_id) {
  SAMLA_ASSIGN(auto person, s.query("SELECT 1 FROM people WHERE id = ?", {person_id}));
  if (person.empty())
    return make_error(ErrorCode::not_found, Msg::no_such_person,
                      {{"id", std::to_string(person_id)}});
  SAMLA_ASSIGN(auto rows,
               s.query("SELECT e.id, e.title, e.type, e.starts_at, e.time_zone, e.status, i.id, "
                       "i.status, i.checked_in_at FROM invitations i JOIN events e ON "
                       "e.id = i.event_id WHERE i.person_id = ? ORDER BY e.starts_utc, e.id",
                       {person_id}));
  std::vector<PersonEvent> out;
  for (const auto& r : rows) {
    PersonEvent pe;
    storage::read_columns(r, 0, pe.event_id, pe.title, pe.type, pe.starts_at, pe.time_zone,
                          pe.event_status, pe.invitation_id, pe.invitation_status,
                          pe.checked_in_at);
    out.push_back(std::move(pe));
  }
  return out;
}

Result<Invitation> get_invitation(Session& s, std::int64_t id) {
  SAMLA_ASSIGN(auto row, s.query_one(std::string(kSelectInvitation) + "WHERE i.id = ?", {id},
                                     Msg::no_such_invitation));
  return read_invitation(row);
}

Result<std::vector<Invitation>> invitations_of(Session& s, std::int64_t event_id) {
  SAMLA_TRY(get_event(s, event_id));
  SAMLA_ASSIGN(
      auto rows,
      s.query(std::string(kSelectInvitation) + "WHERE i.event_id = ? ORDER BY i.id", {event_id}));
  return storage::read_rows(rows, read_invitation);
}

Status delete_invitation(Session& s, std::int64_t id, std::optional<std::int64_t> expected_version,
                         const access::Principal& actor) {
  SAMLA_ASSIGN(Invitation before,
               access::read_for_change(s, id, expected_version, kInvitationRecord, get_invitation));
  if (before.status != "proposed")
    return Error(ErrorCode::invalid, Msg::invitation_delete_refused,
                 {FieldError("status", Msg::is_status, {{"status", before.status}})});
  return access::delete_record(s, kInvitationRecord, id, before.version, audit_json(before), actor);
}

Result<Invitation> move_invitation(Session& s, std::int64_t id, const std::string& to,
                                   const std::string& note,
                                   std::optional<std::int64_t> expected_version,
                                   const access::Principal& actor) {
  SAMLA_ASSIGN(Invitation before,
               access::read_for_change(s, id, expected_version, kInvitationRecord, get_invitation));
  if (!allowed_invitation_step(before.status, to))
    return Error(ErrorCode::invalid,
                 Message(Msg::invitation_cannot_move, {{"from", before.status}, {"to", to}}),
                 {FieldError("to", Msg::cannot_follow, {{"status", before.status}})});
  SAMLA_ASSIGN(Event event, get_event(s, before.event_id));
  SAMLA_TRY(event_allows(event, to, "to"));
  if (to == "invited") return invalid_field("to", Msg::send_invitation_instead);
  const std::string now = now_iso8601();
  std::string sets = "status = ?, note = ?";
  storage::Params params{to, note};
  if (is_answer(to)) {
    sets += ", responded_at = ?";
    params.push_back(now);
  }
  if (to == "attended" || to == "no_show") {
    sets += ", checked_in_at = ?";
    params.push_back(now);
  }
  if (to == "withdrawn" || to == "proposed") sets += ", token_hash = NULL";  // the link stops
  SAMLA_TRY(write_changes(s, before, sets, std::move(params)));
  SAMLA_ASSIGN(Invitation after, get_invitation(s, id));
  SAMLA_TRY(audit(s, actor, "update", &before, &after));
  if (to == "declined" && before.status != "declined")
    SAMLA_TRY(waitlist_after_decline(s, event, after, actor));
  return after;
}

Result<SentInvitations> send_invitations(
    Session& s, std::int64_t event_id,
    const std::optional<std::vector<std::int64_t>>& invitation_ids, const std::string& public_url,
    const std::optional<std::string>& organiser, const access::Principal& actor) {
  SAMLA_ASSIGN(Event event, get_event(s, event_id));
  SAMLA_TRY(event_allows(event, "invited", "event"));
  SAMLA_ASSIGN(auto all, invitations_of(s, event_id));
  std::vector<Invitation> chosen;
  std::vector<FieldError> errors;
  if (!invitation_ids) {
    for (const auto& v : all)
      if (v.status == "proposed") chosen.push_back(v);
  } else {
    for (auto id : std::set<std::int64_t>(invitation_ids->begin(), invitation_ids->end())) {
      auto found = std::find_if(all.begin(), all.end(), [&](const auto& v) { return v.id == id; });
      if (found == all.end())
        errors.emplace_back("invitation_ids", Msg::no_invitation_with_id,
                            MessageParams{{"id", std::to_string(id)}});
      else if (found->status == "withdrawn" || found->status == "attended" ||
               found->status == "no_show")
        errors.emplace_back("invitation_ids", Msg::invitation_cannot_be_sent,
                            MessageParams{{"name", found->person_name}, {"status", found->status}});
      else
        chosen.push_back(*found);
    }
  }
  if (!errors.empty()) return invalid_fields(std::move(errors));

  SentInvitations result;
  std::vector<Invitation>& out = result.sent;
  const std::string now = now_iso8601();
  for (const auto& before : chosen) {
    if (!before.email) {
      result.skipped.push_back({before.id, before.person_name, "no_email"});
      continue;
    }
    SAMLA_ASSIGN(bool may_contact,
                 privacy::consents::has_active(s, before.person_id, privacy::kContactPurpose));
    if (!may_contact) {
      result.skipped.push_back({before.id, before.person_name, "no_contact_basis"});
      continue;
    }
    const std::string token = access::credentials::random_secret();
    std::string sets = "token_hash = ?";
    storage::Params params{access::credentials::sha256_hex(token)};
    if (before.status == "proposed") {
      sets += ", status = 'invited', invited_at = ?";
      params.push_back(now);
    }
    SAMLA_TRY(write_changes(s, before, sets, std::move(params)));
    SAMLA_ASSIGN(Invitation after, get_invitation(s, before.id));
    OutboxMessage message = compose_invitation(event, after, public_url + "/rsvp#" + token);
    SAMLA_ASSIGN(message.calendar, to_icalendar(event, SAMLA_VERSION, &after, organiser));
    SAMLA_TRY(queue_message(s, std::move(message)));
    SAMLA_TRY(audit(s, actor, "send", &before, &after));
    out.push_back(std::move(after));
  }
  return result;
}

Result<SentInvitations> remind_invitations(Session& s, std::int64_t event_id,
                                           const std::string& public_url,
                                           const std::optional<std::string>& organiser,
                                           const access::Principal& actor) {
  SAMLA_ASSIGN(Event event, get_event(s, event_id));
  SAMLA_TRY(event_allows(event, "invited", "event"));
  SAMLA_ASSIGN(auto all, invitations_of(s, event_id));
  SentInvitations result;
  const TimePoint at = now();
  const std::string stamp = format_iso8601(at);
  for (const auto& before : all) {
    if (before.status != "invited") continue;
    if (!before.email) {
      result.skipped.push_back({before.id, before.person_name, "no_email"});
      continue;
    }
    SAMLA_ASSIGN(bool may_contact,
                 privacy::consents::has_active(s, before.person_id, privacy::kContactPurpose));
    if (!may_contact) {
      result.skipped.push_back({before.id, before.person_name, "no_contact_basis"});
      continue;
    }
    if (!due_for_reminder(before, at)) {
      result.skipped.push_back({before.id, before.person_name, "contacted_recently"});
      continue;
    }
    const std::string token = access::credentials::random_secret();
    SAMLA_TRY(write_changes(s, before, "token_hash = ?, reminded_at = ?",
                            {access::credentials::sha256_hex(token), stamp}));
    SAMLA_ASSIGN(Invitation after, get_invitation(s, before.id));
    OutboxMessage message = compose_reminder(event, after, public_url + "/rsvp#" + token);
    SAMLA_ASSIGN(message.calendar, to_icalendar(event, SAMLA_VERSION, &after, organiser));
    SAMLA_TRY(queue_message(s, std::move(message)));
    SAMLA_TRY(audit(s, actor, "remind", &before, &after));
    result.sent.push_back(std::move(after));
  }
  return result;
}

Result<std::string> renew_personal_link(Session& s, const Invitation& invitation,
                                        const access::Principal& actor) {
  const std::string token = access::credentials::random_secret();
  SAMLA_TRY(
      write_changes(s, invitation, "token_hash = ?", {access::credentials::sha256_hex(token)}));
  SAMLA_ASSIGN(Invitation after, get_invitation(s, invitation.id));
  SAMLA_TRY(audit(s, actor, "renew_link", &invitation, &after));
  return token;
}

Result<Invitation> invitation_by_token(Session& s, const std::string& token) {
  if (token.size() != 43) return make_error(ErrorCode::not_found, Msg::rsvp_link_not_valid);
  SAMLA_ASSIGN(auto rows, s.query(std::string(kSelectInvitation) + "WHERE i.token_hash = ?",
                                  {access::credentials::sha256_hex(token)}));
  if (rows.empty()) return make_error(ErrorCode::not_found, Msg::rsvp_link_not_valid);
  return read_invitation(rows.front());
}

Result<Invitation> answer_invitation(Session& s, const std::string& token,
                                     const RsvpAnswer& answer) {
  SAMLA_ASSIGN(Invitation before, invitation_by_token(s, token));
  SAMLA_ASSIGN(Event event, get_event(s, before.event_id));
  std::vector<FieldError> errors;
  if (!is_answer(answer.response))
    errors.emplace_back("response", Msg::must_be_values,
                        MessageParams{{"values", "accepted\ndeclined\ntentative"}});
  if (answer.interpretation_language &&
      std::find(event.interpretation_languages.begin(), event.interpretation_languages.end(),
                *answer.interpretation_language) == event.interpretation_languages.end())
    errors.emplace_back("interpretation_language", Msg::not_offered_here);
  if (auto problem = attendance_mode_problem(event, answer.response, answer.attendance_mode))
    errors.push_back(*problem);
  if (answer.access_needs && !answer.access_needs_consent)
    errors.emplace_back("access_needs_consent", Msg::access_needs_consent);
  if (answer.access_needs && answer.access_needs->size() > 2000)
    errors.emplace_back("access_needs", Msg::max_characters, MessageParams{{"max", "2000"}});
  if (answer.comment.size() > 2000)
    errors.emplace_back("comment", Msg::max_characters, MessageParams{{"max", "2000"}});
  if (!errors.empty()) return invalid_fields(std::move(errors));
  if (auto why = event_forbids_step(event.status, answer.response))
    return Error(ErrorCode::conflict, *why);
  if (before.status != answer.response && !allowed_invitation_step(before.status, answer.response))
    return make_error(ErrorCode::conflict, Msg::invitation_not_answerable,
                      {{"status", before.status}});
  const std::string now = now_iso8601();
  SAMLA_TRY(write_changes(
      s, before,
      "status = ?, responded_at = ?, interpretation_language = ?, attendance_mode = ?, "
      "access_needs = ?, access_needs_consent_at = ?, comment = ?",
      {answer.response, now, storage::nullable(answer.interpretation_language),
       // A decline keeps no way of coming.
       answer.response == "declined" ? storage::Value(nullptr)
                                     : storage::nullable(answer.attendance_mode),
       storage::nullable(answer.access_needs),
       answer.access_needs ? storage::Value(now) : storage::Value(nullptr), answer.comment}));
  SAMLA_ASSIGN(Invitation after, get_invitation(s, before.id));
  const access::Principal participant =
      access::system_principal("rsvp:person " + std::to_string(before.person_id));
  SAMLA_TRY(audit(s, participant, "answer", &before, &after));
  if (answer.response == "declined" && before.status != "declined")
    SAMLA_TRY(waitlist_after_decline(s, event, after, access::system_principal("waitlist")));
  return after;
}

}  // namespace samla::events::store
