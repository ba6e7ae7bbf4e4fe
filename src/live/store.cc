#include "live/store.h"

#include <chrono>

#include <nlohmann/json.hpp>

#include "access/credentials.h"
#include "access/records.h"
#include "core/clock.h"
#include "live/code.h"
#include "storage/row_reader.h"

namespace samla::live::store {
namespace {

using nlohmann::json;
using storage::Session;

constexpr access::RecordKind kSessionRecord{"live_sessions", "live_session", "live session"};

constexpr const char* kSelectSession =
    "SELECT l.id, l.title, l.event_id, e.title, l.code, l.status, l.seq, l.created_by, "
    "l.created_at, l.closed_at, l.version FROM live_sessions l LEFT JOIN events e ON e.id = "
    "l.event_id ";

LiveSession read_session(const storage::Row& r) {
  LiveSession l;
  storage::read_columns(r, 0, l.id, l.title, l.event_id, l.event_title, l.code, l.status, l.seq,
                        l.created_by, l.created_at, l.closed_at, l.version);
  return l;
}

constexpr const char* kSelectActivity =
    "SELECT id, session_id, kind, title, poll_type, options, budget, seconds, "
    "about_lived_experience, hold_results, status, position, opened_at, closed_at, version "
    "FROM live_activities ";

Activity read_activity(const storage::Row& r) {
  Activity a;
  std::string options;
  std::optional<std::int64_t> budget, seconds;
  storage::read_columns(r, 0, a.id, a.session_id, a.kind, a.title, a.poll_type, options, budget,
                        seconds, a.about_lived_experience, a.hold_results, a.status, a.position,
                        a.opened_at, a.closed_at, a.version);
  a.options = json::parse(options, nullptr, false).is_array()
                  ? json::parse(options).get<std::vector<std::string>>()
                  : std::vector<std::string>{};
  if (budget) a.budget = static_cast<int>(*budget);
  if (seconds) a.seconds = static_cast<int>(*seconds);
  return a;
}

constexpr const char* kSelectInput =
    "SELECT id, activity_id, participant_id, text, hidden, merged_into, cluster_id, created_at "
    "FROM live_inputs ";

Input read_input(const storage::Row& r) {
  Input i;
  storage::read_columns(r, 0, i.id, i.activity_id, i.participant_id, i.text, i.hidden,
                        i.merged_into, i.cluster_id, i.created_at);
  return i;
}

storage::Value optional_int(const std::optional<int>& v) {
  return v ? storage::Value{std::int64_t{*v}} : storage::Value{nullptr};
}

}  // namespace

Result<LiveSession> insert_session(Session& s, const std::string& title,
                                   std::optional<std::int64_t> event_id,
                                   const access::Principal& actor) {
  // 31^6 codes: a clash with an open session is rare; a few tries make it vanishingly so.
  for (int attempt = 0; attempt < 8; ++attempt) {
    const std::string code = new_join_code();
    SAMLA_ASSIGN(auto taken,
                 s.query("SELECT 1 FROM live_sessions WHERE code = ? AND status = 'open'", {code}));
    if (!taken.empty()) continue;
    SAMLA_ASSIGN(auto row, s.query_one("INSERT INTO live_sessions (title, event_id, code, status, "
                                       "created_by, created_at) VALUES (?, ?, ?, 'open', ?, ?) "
                                       "RETURNING id",
                                       {title, storage::nullable(event_id), code, actor.name,
                                        now_iso8601()}));
    SAMLA_ASSIGN(LiveSession made, get_session(s, row.integer(0)));
    SAMLA_TRY(access::audit_created(
        s, kSessionRecord, made.id,
        {{"title", made.title}, {"event_id", made.event_id ? json(*made.event_id) : json()}},
        actor));
    return made;
  }
  return hidden_error(ErrorCode::internal, "No free join code was found.");
}

Result<LiveSession> get_session(Session& s, std::int64_t id) {
  SAMLA_ASSIGN(auto row, s.query_one(std::string(kSelectSession) + "WHERE l.id = ?", {id},
                                     Msg::live_session_not_found));
  return read_session(row);
}

Result<std::vector<LiveSession>> list_sessions(Session& s) {
  SAMLA_ASSIGN(auto rows, s.query(std::string(kSelectSession) + "ORDER BY l.id DESC LIMIT 200"));
  return storage::read_rows(rows, read_session);
}

Result<LiveSession> open_session_by_code(Session& s, const std::string& code) {
  SAMLA_ASSIGN(auto row,
               s.query_one(std::string(kSelectSession) + "WHERE l.code = ? AND l.status = 'open'",
                           {code}, Msg::live_code_not_valid));
  return read_session(row);
}

Status close_session(Session& s, std::int64_t id, const access::Principal& actor) {
  SAMLA_ASSIGN(LiveSession before, get_session(s, id));
  if (before.status == "closed") return ok_status();
  SAMLA_TRY(
      s.execute("UPDATE live_activities SET status = 'closed', closed_at = ? WHERE "
                "session_id = ? AND status = 'open'",
                {now_iso8601(), id}));
  SAMLA_TRY(
      s.execute("UPDATE live_sessions SET status = 'closed', closed_at = ?, version = "
                "version + 1 WHERE id = ?",
                {now_iso8601(), id}));
  return access::audit_changed(s, kSessionRecord, id, {{"status", "open"}}, {{"status", "closed"}},
                               actor, "close");
}

Result<std::int64_t> record_change(Session& s, std::int64_t session_id, const std::string& kind,
                                   std::optional<std::int64_t> activity_id,
                                   std::optional<std::int64_t> participant_id) {
  SAMLA_ASSIGN(auto row, s.query_one("UPDATE live_sessions SET seq = seq + 1 WHERE id = ? "
                                     "RETURNING seq",
                                     {session_id}, Msg::live_session_not_found));
  const std::int64_t seq = row.integer(0);
  SAMLA_TRY(
      s.execute("INSERT INTO live_changes (session_id, seq, kind, activity_id, "
                "participant_id, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                {session_id, seq, kind, storage::nullable(activity_id),
                 storage::nullable(participant_id), now_iso8601()}));
  return seq;
}

Result<std::vector<Change>> changes_after(Session& s, std::int64_t session_id, std::int64_t since,
                                          int limit) {
  SAMLA_ASSIGN(auto rows, s.query("SELECT seq, kind, activity_id, created_at FROM live_changes "
                                  "WHERE session_id = ? AND seq > ? ORDER BY seq LIMIT ?",
                                  {session_id, since, std::int64_t{limit}}));
  return storage::read_rows(rows, [](const storage::Row& r) {
    Change c;
    storage::read_columns(r, 0, c.seq, c.kind, c.activity_id, c.created_at);
    return c;
  });
}

Result<Joined> insert_participant(Session& s, std::int64_t session_id,
                                  const std::optional<std::string>& display_name,
                                  std::optional<std::int64_t> invitation_id) {
  Joined joined;
  joined.token = access::credentials::random_secret();
  SAMLA_ASSIGN(auto row, s.query_one("INSERT INTO live_participants (session_id, token_hash, "
                                     "display_name, invitation_id, joined_at) VALUES (?, ?, ?, ?, "
                                     "?) RETURNING id",
                                     {session_id, access::credentials::sha256_hex(joined.token),
                                      storage::nullable(display_name),
                                      storage::nullable(invitation_id), now_iso8601()}));
  joined.participant_id = row.integer(0);
  return joined;
}

Result<Participant> participant_by_token(Session& s, const std::string& token) {
  if (token.size() != 43) return make_error(ErrorCode::not_found, Msg::live_participant_not_valid);
  SAMLA_ASSIGN(auto row, s.query_one("SELECT p.id, p.session_id, p.display_name FROM "
                                     "live_participants p JOIN live_sessions l ON l.id = "
                                     "p.session_id WHERE p.token_hash = ? AND l.status = 'open'",
                                     {access::credentials::sha256_hex(token)},
                                     Msg::live_participant_not_valid));
  Participant p;
  storage::read_columns(row, 0, p.id, p.session_id, p.display_name);
  return p;
}

Status lock_participant(Session& s, std::int64_t participant_id) {
  SAMLA_TRY(s.execute("UPDATE live_participants SET joined_at = joined_at WHERE id = ?",
                      {participant_id}));
  return ok_status();
}

Result<std::int64_t> count_participants(Session& s, std::int64_t session_id) {
  SAMLA_ASSIGN(auto row, s.query_one("SELECT COUNT(*) FROM live_participants WHERE session_id = ?",
                                     {session_id}));
  return row.integer(0);
}

Result<Activity> insert_activity(Session& s, Activity a) {
  SAMLA_ASSIGN(auto next, s.query_one("SELECT COALESCE(MAX(position), 0) + 1 FROM "
                                      "live_activities WHERE session_id = ?",
                                      {a.session_id}));
  SAMLA_ASSIGN(auto row,
               s.query_one("INSERT INTO live_activities (session_id, kind, title, poll_type, "
                           "options, budget, seconds, about_lived_experience, hold_results, "
                           "status, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ready', ?) "
                           "RETURNING id",
                           {a.session_id, a.kind, a.title, storage::nullable(a.poll_type),
                            json(a.options).dump(), optional_int(a.budget), optional_int(a.seconds),
                            std::int64_t{a.about_lived_experience}, std::int64_t{a.hold_results},
                            next.integer(0)}));
  return get_activity(s, row.integer(0));
}

Result<Activity> get_activity(Session& s, std::int64_t id) {
  SAMLA_ASSIGN(auto row, s.query_one(std::string(kSelectActivity) + "WHERE id = ?", {id},
                                     Msg::live_activity_not_found));
  return read_activity(row);
}

Result<std::vector<Activity>> list_activities(Session& s, std::int64_t session_id) {
  SAMLA_ASSIGN(auto rows,
               s.query(std::string(kSelectActivity) + "WHERE session_id = ? ORDER BY position, id",
                       {session_id}));
  return storage::read_rows(rows, read_activity);
}

Status set_activity_status(Session& s, std::int64_t id, const std::string& status) {
  const std::string at = now_iso8601();
  SAMLA_TRY(s.execute(status == "open"
                          ? "UPDATE live_activities SET status = ?, opened_at = ?, closed_at = "
                            "NULL, version = version + 1 WHERE id = ?"
                          : "UPDATE live_activities SET status = ?, closed_at = ?, version = "
                            "version + 1 WHERE id = ?",
                      {status, at, id}));
  return ok_status();
}

Result<Input> insert_input(Session& s, Input input) {
  input.created_at = now_iso8601();
  SAMLA_ASSIGN(auto row, s.query_one("INSERT INTO live_inputs (activity_id, participant_id, text, "
                                     "created_at) VALUES (?, ?, ?, ?) RETURNING id",
                                     {input.activity_id, storage::nullable(input.participant_id),
                                      input.text, input.created_at}));
  input.id = row.integer(0);
  return input;
}

Result<Input> get_input(Session& s, std::int64_t id) {
  SAMLA_ASSIGN(auto row, s.query_one(std::string(kSelectInput) + "WHERE id = ?", {id},
                                     Msg::live_input_not_found));
  return read_input(row);
}

Result<std::vector<Input>> list_inputs(Session& s, std::int64_t activity_id) {
  SAMLA_ASSIGN(auto rows, s.query(std::string(kSelectInput) + "WHERE activity_id = ? ORDER BY id",
                                  {activity_id}));
  return storage::read_rows(rows, read_input);
}

Status set_input_hidden(Session& s, std::int64_t id, bool hidden) {
  SAMLA_TRY(
      s.execute("UPDATE live_inputs SET hidden = ? WHERE id = ?", {std::int64_t{hidden}, id}));
  return ok_status();
}

Status merge_input(Session& s, std::int64_t id, std::int64_t into) {
  // The merged input's upvotes count for the one it joined; a person's vote counts once.
  SAMLA_TRY(
      s.execute("UPDATE live_answers SET input_id = ? WHERE input_id = ? AND "
                "participant_id NOT IN (SELECT participant_id FROM live_answers WHERE "
                "input_id = ?)",
                {into, id, into}));
  SAMLA_TRY(s.execute("DELETE FROM live_answers WHERE input_id = ?", {id}));
  SAMLA_TRY(s.execute("UPDATE live_inputs SET merged_into = ? WHERE id = ?", {into, id}));
  return ok_status();
}

Status replace_answers(Session& s, std::int64_t activity_id, std::int64_t participant_id,
                       std::optional<std::int64_t> input_id, const std::vector<AnswerRow>& rows) {
  if (input_id)
    SAMLA_TRY(
        s.execute("DELETE FROM live_answers WHERE activity_id = ? AND participant_id = ? "
                  "AND input_id = ?",
                  {activity_id, participant_id, *input_id}));
  else
    SAMLA_TRY(s.execute("DELETE FROM live_answers WHERE activity_id = ? AND participant_id = ?",
                        {activity_id, participant_id}));
  const std::string at = now_iso8601();
  for (const auto& r : rows)
    SAMLA_TRY(
        s.execute("INSERT INTO live_answers (activity_id, participant_id, input_id, choice, "
                  "value, words, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                  {activity_id, participant_id, storage::nullable(r.input_id),
                   optional_int(r.choice), optional_int(r.value),
                   r.words.empty() ? storage::Value{nullptr} : storage::Value{r.words}, at}));
  return ok_status();
}

Result<bool> has_answer(Session& s, std::int64_t input_id, std::int64_t participant_id) {
  SAMLA_ASSIGN(auto rows, s.query("SELECT 1 FROM live_answers WHERE input_id = ? AND "
                                  "participant_id = ?",
                                  {input_id, participant_id}));
  return !rows.empty();
}

Result<std::vector<AnswerRow>> list_answers(Session& s, std::int64_t activity_id) {
  SAMLA_ASSIGN(auto rows, s.query("SELECT participant_id, input_id, choice, value, words FROM "
                                  "live_answers WHERE activity_id = ? ORDER BY id",
                                  {activity_id}));
  return storage::read_rows(rows, [](const storage::Row& r) {
    AnswerRow a;
    std::optional<std::int64_t> choice, value;
    storage::read_columns(r, 0, a.participant_id, a.input_id, choice, value, a.words);
    if (choice) a.choice = static_cast<int>(*choice);
    if (value) a.value = static_cast<int>(*value);
    return a;
  });
}

Result<std::map<std::int64_t, std::vector<AnswerRow>>> answers_of_participant(
    Session& s, std::int64_t participant_id) {
  SAMLA_ASSIGN(auto rows, s.query("SELECT activity_id, participant_id, input_id, choice, value, "
                                  "words FROM live_answers WHERE participant_id = ? ORDER BY id",
                                  {participant_id}));
  std::map<std::int64_t, std::vector<AnswerRow>> out;
  for (const auto& r : rows) {
    AnswerRow a;
    std::int64_t activity = 0;
    std::optional<std::int64_t> choice, value;
    storage::read_columns(r, 0, activity, a.participant_id, a.input_id, choice, value, a.words);
    if (choice) a.choice = static_cast<int>(*choice);
    if (value) a.value = static_cast<int>(*value);
    out[activity].push_back(std::move(a));
  }
  return out;
}

Result<std::vector<std::int64_t>> inputs_of_participant(Session& s, std::int64_t participant_id) {
  SAMLA_ASSIGN(auto rows,
               s.query("SELECT id FROM live_inputs WHERE participant_id = ?", {participant_id}));
  std::vector<std::int64_t> out;
  for (const auto& r : rows) out.push_back(r.integer(0));
  return out;
}

Result<std::int64_t> sent_last_minute(Session& s, std::int64_t participant_id) {
  const std::string since = format_iso8601(now() - std::chrono::minutes(1));
  SAMLA_ASSIGN(auto row, s.query_one("SELECT COUNT(*) FROM live_changes WHERE participant_id = ? "
                                     "AND created_at > ?",
                                     {participant_id, since}));
  return row.integer(0);
}

}  // namespace samla::live::store
