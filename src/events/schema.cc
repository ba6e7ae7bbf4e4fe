#include "events/schema.h"

#include "programme/schema.h"

#include <nlohmann/json.hpp>

#include <cctype>

#include "events/messages.h"
#include "events/rules.h"

namespace samla::events {
namespace {

// An event's design (themes, agenda, languages, materials, …) is one JSON document checked by
// rules.cc on every write; what lists filter and sort by, and what the lifecycle guards, are
// columns. Lessons keep their themes as JSON too: the gate reads them all (a short list).
constexpr const char* kEventsSql = R"sql(
CREATE TABLE events (
  id @ID@,
  title TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('kickoff', 'thematic_workshop', 'policy_dialogue',
    'group_meeting')),
  status TEXT NOT NULL CHECK (status IN ('draft', 'designed', 'open_for_invitations', 'held',
    'reported', 'closed')),
  starts_at TEXT NOT NULL,
  ends_at TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  design TEXT NOT NULL,
  readiness_override TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version @INT@ NOT NULL DEFAULT 1,
  CHECK (ends_at > starts_at)
);
CREATE INDEX events_starts ON events (starts_at, id);
CREATE TABLE lessons (
  id @ID@,
  text TEXT NOT NULL,
  source TEXT NOT NULL DEFAULT '',
  themes TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('identified', 'validated')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version @INT@ NOT NULL DEFAULT 1
);
)sql";

// A selection keeps the request that produced it and its full answer (who, why, which quotas
// held), so it can be read again and reproduced.
constexpr const char* kSelectionsSql = R"sql(
CREATE TABLE selections (
  id @ID@,
  event_id @INT@ NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  parameters TEXT NOT NULL,
  result TEXT NOT NULL
);
CREATE INDEX selections_event ON selections (event_id, id);
)sql";

// Invitations and the outbox. An RSVP token is kept only as its SHA-256 (like session
// tokens): a copy of the database does not let anyone answer for a participant. Access needs
// are special-category data; they live only here, with the moment consent was given.
constexpr const char* kInvitationsSql = R"sql(
CREATE TABLE invitations (
  id @ID@,
  event_id @INT@ NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  person_id @INT@ NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  status TEXT NOT NULL CHECK (status IN ('proposed', 'invited', 'accepted', 'declined',
    'tentative', 'attended', 'no_show', 'withdrawn')),
  language TEXT NOT NULL CHECK (language IN ('sv', 'en')),
  selection_id @INT@ REFERENCES selections(id) ON DELETE SET NULL,
  explanation TEXT,
  waitlist_for @INT@ REFERENCES invitations(id) ON DELETE SET NULL,
  token_hash TEXT UNIQUE,
  invited_at TEXT,
  responded_at TEXT,
  checked_in_at TEXT,
  interpretation_language TEXT,
  access_needs TEXT,
  access_needs_consent_at TEXT,
  comment TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version @INT@ NOT NULL DEFAULT 1,
  UNIQUE (event_id, person_id),
  CHECK (access_needs IS NULL OR access_needs_consent_at IS NOT NULL)
);
CREATE INDEX invitations_person ON invitations (person_id, status);
CREATE TABLE outbox (
  id @ID@,
  event_id @INT@ REFERENCES events(id) ON DELETE SET NULL,
  invitation_id @INT@ REFERENCES invitations(id) ON DELETE SET NULL,
  to_name TEXT NOT NULL,
  to_email TEXT NOT NULL,
  language TEXT NOT NULL,
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  calendar TEXT,
  status TEXT NOT NULL CHECK (status IN ('queued', 'sent', 'failed')),
  attempts @INT@ NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  sent_at TEXT,
  error TEXT
);
CREATE INDEX outbox_created ON outbox (id DESC);
)sql";

// Personal links move out of stored message bodies into their own column (see
// kPersonalLinkSlot), so that a reader who may not act for participants never receives one.
constexpr const char* kPersonalLinksSql = R"sql(
ALTER TABLE outbox ADD COLUMN personal_link TEXT;
)sql";

// Messages written before: the RSVP link ("…/rsvp#" and a 43-character token) leaves the body.
Status move_personal_links(storage::Session& s) {
  SAMLA_ASSIGN(auto rows, s.query("SELECT id, body FROM outbox WHERE personal_link IS NULL"));
  for (const auto& r : rows) {
    std::string body = r.text(1);
    auto marker = body.find("/rsvp#");
    if (marker == std::string::npos) continue;
    auto start = body.rfind("http", marker);
    auto end = marker + 6;
    while (end < body.size() && (std::isalnum(static_cast<unsigned char>(body[end])) ||
                                 body[end] == '-' || body[end] == '_'))
      ++end;
    if (start == std::string::npos || end - marker - 6 != 43) continue;
    std::string link = body.substr(start, end - start);
    body.replace(start, end - start, kPersonalLinkSlot);
    SAMLA_TRY(s.execute("UPDATE outbox SET body = ?, personal_link = ? WHERE id = ?",
                        {body, link, r.integer(0)}));
  }
  return ok_status();
}

// Event times as instants (UTC, format_iso8601) beside the wall-clock text and its zone, so
// that events in different zones are listed and compared by when they happen.
constexpr const char* kInstantsSql = R"sql(
ALTER TABLE events ADD COLUMN starts_utc TEXT;
ALTER TABLE events ADD COLUMN ends_utc TEXT;
CREATE INDEX events_by_start ON events (starts_utc, id);
)sql";

Status fill_instants(storage::Session& s) {
  SAMLA_ASSIGN(auto rows, s.query("SELECT id, starts_at, ends_at, time_zone FROM events"));
  for (const auto& r : rows) {
    auto starts = instant_text(r.text(1), r.text(3));
    auto ends = instant_text(r.text(2), r.text(3));
    if (!starts || !ends)
      return hidden_error(ErrorCode::internal,
                          "Event " + std::to_string(r.integer(0)) + " has a time with no instant.");
    SAMLA_TRY(s.execute("UPDATE events SET starts_utc = ?, ends_utc = ? WHERE id = ?",
                        {*starts, *ends, r.integer(0)}));
  }
  return ok_status();
}

// Agenda items get ids that stay with them (outcomes name the item they belong to), and each
// event a counter so an id is never reused. Existing agendas are numbered 1, 2, … in order.
constexpr const char* kAgendaIdsSql = R"sql(
ALTER TABLE events ADD COLUMN agenda_next_id @INT@ NOT NULL DEFAULT 1;
)sql";

Status number_agenda_items(storage::Session& s) {
  SAMLA_ASSIGN(auto rows, s.query("SELECT id, design FROM events"));
  for (const auto& r : rows) {
    nlohmann::json design = nlohmann::json::parse(r.text(1), nullptr, false);
    if (!design.is_object() || !design.contains("agenda") || !design["agenda"].is_array()) continue;
    std::int64_t next = 1;
    for (auto& item : design["agenda"])
      if (item.is_object()) item["id"] = next++;
    SAMLA_TRY(s.execute("UPDATE events SET design = ?, agenda_next_id = ? WHERE id = ?",
                        {design.dump(), next, r.integer(0)}));
  }
  return ok_status();
}

// Messages other than invitations (weekly digests, reminders) go through the same outbox:
// `kind` says which, and `dedupe_key` (unique when set) keeps a message that a job queues for
// a person and a period from being queued twice when the job runs again.
constexpr const char* kOutboxKindsSql = R"sql(
ALTER TABLE outbox ADD COLUMN kind TEXT NOT NULL DEFAULT 'invitation';
ALTER TABLE outbox ADD COLUMN dedupe_key TEXT;
CREATE UNIQUE INDEX outbox_dedupe_key ON outbox (dedupe_key);
)sql";

// A hybrid event asks each participant how they take part; a reminder to answer is sent at
// most once in a while (invitation_rules.h, kReminderPause), so its time is kept.
constexpr const char* kAttendanceModeSql = R"sql(
ALTER TABLE invitations ADD COLUMN attendance_mode TEXT
  CHECK (attendance_mode IN ('in_person', 'online'));
ALTER TABLE invitations ADD COLUMN reminded_at TEXT;
)sql";

// Several samla servers may send the one outbox: a sender claims a message until a time
// before sending it (events/messages.h, claim_next_message), so no two send it, and one whose
// sender died is sent once the claim lapses.
constexpr const char* kOutboxClaimsSql = R"sql(
ALTER TABLE outbox ADD COLUMN claimed_until TEXT;
CREATE INDEX outbox_unsent ON outbox (status, id);
)sql";

}  // namespace

std::vector<storage::Migration> migrations() {
  return {storage::Migration{6, "events and lessons learned", kEventsSql, "", ""},
          storage::Migration{7, "invitation selections", kSelectionsSql, "", ""},
          storage::Migration{8, "invitations and the outbox", kInvitationsSql, "", ""},
          storage::Migration{11, "personal links beside outbox messages", kPersonalLinksSql, "", "",
                             move_personal_links},
          storage::Migration{15, "event times as instants", kInstantsSql, "", "", fill_instants},
          storage::Migration{16, "agenda item ids and facilitator accounts", kAgendaIdsSql, "", "",
                             number_agenda_items},
          storage::Migration{23, "outbox message kinds and keys", kOutboxKindsSql, "", ""},
          storage::Migration{28, "how participants of hybrid events come; reminders",
                             kAttendanceModeSql, "", ""},
          storage::Migration{33, "events in programmes", programme::programme_column_sql("events"),
                             "", ""},
          storage::Migration{57, "outbox claims for several senders", kOutboxClaimsSql, "", ""}};
}

}  // namespace samla::events
