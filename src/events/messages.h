// The invitation message in Swedish or English, and the outbox it waits in: every message
// samla would send, for coordinators to read and export (mbox), whether or not SMTP is set up.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "events/model.h"
#include "storage/database.h"

namespace samla::events {

// Where a message's personal link stands in its stored body. A personal link (RSVP today;
// evaluation forms, digests and a person's own page later) acts in its holder's name, so it
// is kept beside the body, not in it: only the sender and those who may act for any
// participant (read_personal_links) see it; everyone else reads the message with it masked.
inline constexpr std::string_view kPersonalLinkSlot = "{{personal_link}}";

struct OutboxMessage {
  std::int64_t id = 0;
  std::optional<std::int64_t> event_id, invitation_id;
  std::string to_name, to_email;
  std::string language;  // sv or en
  std::string subject;
  std::string body;                          // with kPersonalLinkSlot where the link goes
  std::optional<std::string> personal_link;  // the working link, if the message carries one
  std::optional<std::string> calendar;       // the .ics attached
  std::string kind = "invitation";           // invitation, digest, reminder
  // Set by jobs: the outbox keeps one message per key ("digest:12:2026-W50").
  std::optional<std::string> dedupe_key;
  std::string status = "queued";  // queued, sent, failed
  std::string created_at;
  std::optional<std::string> sent_at, error;
};

// The invitation to `e` for `invitation` in its language, with the personal `rsvp_link`: the
// organisers' own words for that language (Event::invitation_text_sv/en), the facts, and the
// reply-by day when there is one.
OutboxMessage compose_invitation(const Event& e, const Invitation& invitation,
                                 const std::string& rsvp_link);
// A reminder to answer, kind "reminder": the same facts and a new personal link.
OutboxMessage compose_reminder(const Event& e, const Invitation& invitation,
                               const std::string& rsvp_link);

// "tisdag 16 februari 2027 10:00–16:00 (Europe/Stockholm)": the event's time for a message or
// page in `language` (sv or en).
std::string describe_time(const Event& e, const std::string& language);

// Whether a reader sees the working personal link or the message with it masked.
enum class PersonalLinks { sent, shown, masked };

// The body as its recipient reads it (`sent`, what the mail carries), as staff who may act for
// anyone read it (`shown`: every personal link but the one to a person's own page, which is
// theirs alone), or with the personal link replaced by a note saying who may see it (`masked`),
// in the message's language.
std::string body_text(const OutboxMessage& m, PersonalLinks links);

// One message as RFC 5322 with MIME (text and, when there is one, the .ics attached), lines
// ending in LF, from `from` (an address).
std::string rfc5322(const OutboxMessage& m, const std::string& from, PersonalLinks links);

// Every message as one mbox file (RFC 4155; each message RFC 5322 + MIME with the .ics
// attached), oldest first, for a mail program or an archive.
std::string to_mbox(const std::vector<OutboxMessage>& messages, PersonalLinks links);

namespace store {
Result<OutboxMessage> queue_message(storage::Session& s, OutboxMessage m);
// Whether a message with `dedupe_key` is in the outbox already (a job checks before it makes
// the message's personal link).
Result<bool> has_message(storage::Session& s, const std::string& dedupe_key);
// Newest first.
Result<std::vector<OutboxMessage>> outbox(storage::Session& s);
// The messages still to send: queued, or failed fewer than `max_attempts` times; oldest first.
Result<std::vector<OutboxMessage>> unsent_messages(storage::Session& s, int max_attempts);
// Claims the oldest message still to send after id `after` until `until` (an instant as
// now_iso8601 writes it): no other sender — thread, process or server — is given it while the
// claim holds; one whose sender died mid-send is claimed again once the claim lapses (at
// `now`). Run it in a write transaction: on PostgreSQL the row is taken FOR UPDATE SKIP LOCKED,
// on SQLite the transaction holds the write lock. Nothing to send: nullopt.
Result<std::optional<OutboxMessage>> claim_next_message(storage::Session& s, int max_attempts,
                                                        std::int64_t after, const std::string& now,
                                                        const std::string& until);
// Records one attempt to send message `id`: sent, or failed with `error`. A sent message's
// claim ends; a failed one stays claimed until `retry_from` (none: at once), so that other
// servers do not spend its remaining attempts within the same minute.
Status record_attempt(storage::Session& s, std::int64_t id, const std::optional<std::string>& error,
                      const std::optional<std::string>& retry_from = std::nullopt);
}  // namespace store

}  // namespace samla::events
