// The outbox's storage and its mbox export.
#include <sodium.h>

#include <chrono>
#include <ctime>

#include "core/clock.h"
#include "events/messages.h"
#include "storage/row_reader.h"

namespace samla::events {
namespace {

std::string base64(const std::string& bytes) {
  std::string out(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()),
                    bytes.size(), sodium_base64_VARIANT_ORIGINAL);
  out.resize(out.size() - 1);  // the terminating NUL
  return out;
}

// Base64 in lines of 76 characters (RFC 2045 §6.8).
std::string base64_lines(const std::string& bytes) {
  std::string encoded = base64(bytes), out;
  for (std::size_t i = 0; i < encoded.size(); i += 76) out += encoded.substr(i, 76) + "\n";
  return out;
}

bool ascii(const std::string& text) {
  for (unsigned char c : text)
    if (c >= 0x80 || c < 0x20) return false;
  return true;
}

// A header value as an RFC 2047 encoded-word when it is not plain ASCII.
std::string header_text(const std::string& text) {
  return ascii(text) ? text : "=?utf-8?b?" + base64(text) + "?=";
}

// A display name safe inside a header: quoted when ASCII, encoded otherwise.
std::string mailbox(const std::string& name, const std::string& address) {
  if (!ascii(name)) return header_text(name) + " <" + address + ">";
  std::string quoted;
  for (char c : name) {
    if (c == '"' || c == '\\') quoted.push_back('\\');
    quoted.push_back(c);
  }
  return "\"" + quoted + "\" <" + address + ">";
}

// "2026-11-24T04:23:22.123Z" as RFC 5322 ("Tue, 24 Nov 2026 04:23:22 +0000") and as the
// asctime form of mbox From lines ("Tue Nov 24 04:23:22 2026").
std::tm parse_utc(const std::string& iso) {
  std::tm tm{};
  if (iso.size() >= 19) {
    tm.tm_year = std::stoi(iso.substr(0, 4)) - 1900;
    tm.tm_mon = std::stoi(iso.substr(5, 2)) - 1;
    tm.tm_mday = std::stoi(iso.substr(8, 2));
    tm.tm_hour = std::stoi(iso.substr(11, 2));
    tm.tm_min = std::stoi(iso.substr(14, 2));
    tm.tm_sec = std::stoi(iso.substr(17, 2));
  }
  std::time_t t = timegm(&tm);
  std::tm out{};
  gmtime_r(&t, &out);
  return out;
}

std::string format_time(const std::string& iso, const char* pattern) {
  std::tm tm = parse_utc(iso);
  char buffer[64];
  std::strftime(buffer, sizeof buffer, pattern, &tm);
  return buffer;
}

OutboxMessage read_message(const storage::Row& r) {
  OutboxMessage m;
  storage::read_columns(r, 0, m.id, m.event_id, m.invitation_id, m.to_name, m.to_email, m.language,
                        m.subject, m.body, m.calendar, m.status, m.created_at, m.sent_at, m.error,
                        m.personal_link, m.kind, m.dedupe_key);
  return m;
}

}  // namespace

std::string rfc5322(const OutboxMessage& m, const std::string& from, PersonalLinks links) {
  const std::string boundary = "samla-outbox-" + std::to_string(m.id);
  std::string out;
  out += "From: " + mailbox("samla", from) + "\n";
  out += "To: " + mailbox(m.to_name, m.to_email) + "\n";
  out += "Subject: " + header_text(m.subject) + "\n";
  out += "Date: " + format_time(m.created_at, "%a, %d %b %Y %H:%M:%S +0000") + "\n";
  out += "Message-ID: <outbox-" + std::to_string(m.id) + "@samla.localhost>\n";
  out += "Content-Language: " + m.language + "\n";
  out += "MIME-Version: 1.0\n";
  out += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\n\n";
  out += "--" + boundary + "\n";
  out += "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n";
  out += base64_lines(body_text(m, links));
  if (m.calendar) {
    out += "--" + boundary + "\n";
    const bool request = m.calendar->find("METHOD:REQUEST") != std::string::npos;
    out += std::string("Content-Type: text/calendar; charset=utf-8; method=") +
           (request ? "REQUEST" : "PUBLISH") + "; name=\"invitation.ics\"\n";
    out += "Content-Disposition: attachment; filename=\"invitation.ics\"\n";
    out += "Content-Transfer-Encoding: base64\n\n";
    out += base64_lines(*m.calendar);
  }
  out += "--" + boundary + "--\n";
  return out;
}

std::string to_mbox(const std::vector<OutboxMessage>& messages, PersonalLinks links) {
  std::string out;
  for (auto it = messages.rbegin(); it != messages.rend(); ++it) {
    out += "From samla@localhost " + format_time(it->created_at, "%a %b %e %H:%M:%S %Y") + "\n";
    out += rfc5322(*it, "samla@localhost", links) + "\n";
  }
  return out;
}

namespace store {

Result<OutboxMessage> queue_message(storage::Session& s, OutboxMessage m) {
  m.created_at = now_iso8601();
  m.status = "queued";
  SAMLA_ASSIGN(
      auto row,
      s.query_one(
          "INSERT INTO outbox (event_id, invitation_id, to_name, "
          "to_email, language, subject, body, calendar, status, "
          "created_at, personal_link, kind, dedupe_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
          "?, ?, ?, ?, ?) RETURNING id",
          {storage::nullable(m.event_id), storage::nullable(m.invitation_id), m.to_name, m.to_email,
           m.language, m.subject, m.body, storage::nullable(m.calendar), m.status, m.created_at,
           storage::nullable(m.personal_link), m.kind, storage::nullable(m.dedupe_key)}));
  m.id = row.integer(0);
  return m;
}

Result<bool> has_message(storage::Session& s, const std::string& dedupe_key) {
  SAMLA_ASSIGN(auto rows, s.query("SELECT 1 FROM outbox WHERE dedupe_key = ?", {dedupe_key}));
  return !rows.empty();
}

// The messages `where_and_order` picks, in its order.
static Result<std::vector<OutboxMessage>> select_messages(storage::Session& s,
                                                          const std::string& where_and_order,
                                                          const storage::Params& params = {}) {
  SAMLA_ASSIGN(auto rows, s.query("SELECT id, event_id, invitation_id, to_name, to_email, "
                                  "language, subject, body, calendar, status, created_at, "
                                  "sent_at, error, personal_link, kind, dedupe_key FROM outbox " +
                                      where_and_order,
                                  params));
  return storage::read_rows(rows, read_message);
}

Result<std::vector<OutboxMessage>> outbox(storage::Session& s) {
  return select_messages(s, "ORDER BY id DESC");
}

Result<std::vector<OutboxMessage>> unsent_messages(storage::Session& s, int max_attempts) {
  return select_messages(
      s, "WHERE status = 'queued' OR (status = 'failed' AND attempts < ?) ORDER BY id",
      {std::int64_t{max_attempts}});
}

Result<std::optional<OutboxMessage>> claim_next_message(storage::Session& s, int max_attempts,
                                                        std::int64_t after, const std::string& now,
                                                        const std::string& until) {
  const char* skip_locked =
      s.dialect() == storage::Dialect::postgres ? " FOR UPDATE SKIP LOCKED" : "";
  SAMLA_ASSIGN(auto rows,
               s.query(std::string("SELECT id FROM outbox WHERE (status = 'queued' OR (status = "
                                   "'failed' AND attempts < ?)) AND id > ? AND (claimed_until IS "
                                   "NULL OR claimed_until < ?) ORDER BY id LIMIT 1") +
                           skip_locked,
                       {std::int64_t{max_attempts}, after, now}));
  if (rows.empty()) return std::optional<OutboxMessage>();
  const std::int64_t id = rows.front().integer(0);
  SAMLA_TRY(s.execute("UPDATE outbox SET claimed_until = ? WHERE id = ?", {until, id}));
  SAMLA_ASSIGN(auto claimed, select_messages(s, "WHERE id = ?", {id}));
  return std::optional<OutboxMessage>(std::move(claimed.front()));
}

Status record_attempt(storage::Session& s, std::int64_t id, const std::optional<std::string>& error,
                      const std::optional<std::string>& retry_from) {
  SAMLA_TRY(
      // A link to someone's own page is theirs alone: once it is sent, nobody keeps it.
      s.execute(
          "UPDATE outbox SET status = ?, sent_at = ?, error = ?, claimed_until = ?, "
          "attempts = attempts + 1, personal_link = CASE WHEN CAST(? AS TEXT) IS NULL AND kind = "
          "'own_page' THEN NULL ELSE personal_link END WHERE id = ?",
          {std::string(error ? "failed" : "sent"),
           error ? storage::Value(nullptr) : storage::Value(now_iso8601()),
           storage::nullable(error),
           error ? storage::nullable(retry_from) : storage::Value(nullptr),
           storage::nullable(error), id}));
  return ok_status();
}

}  // namespace store
}  // namespace samla::events
