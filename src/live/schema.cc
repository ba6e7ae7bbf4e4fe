#include "live/schema.h"

namespace samla::live {
namespace {

// A session's code is unique among open sessions only: a closed one's code may come again. A
// participant is a random secret kept as its SHA-256 (no device, address or browser is stored),
// with a display name if they gave one, or the invitation they joined through. Every change to a
// session takes the next `seq` of its row (the row lock orders them) and is listed in
// live_changes (with the participant who made it: the rate limit counts what they sent), so a
// client that reconnects asks for what came after the last one it saw.
constexpr const char* kLiveSql = R"sql(
CREATE TABLE live_sessions (
  id @ID@,
  title TEXT NOT NULL,
  event_id @INT@ REFERENCES events(id) ON DELETE SET NULL,
  code TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
  seq @INT@ NOT NULL DEFAULT 0,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  closed_at TEXT,
  version @INT@ NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX live_sessions_open_code ON live_sessions (code) WHERE status = 'open';
CREATE INDEX live_sessions_event ON live_sessions (event_id);
CREATE TABLE live_participants (
  id @ID@,
  session_id @INT@ NOT NULL REFERENCES live_sessions(id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL UNIQUE,
  display_name TEXT,
  invitation_id @INT@ REFERENCES invitations(id) ON DELETE SET NULL,
  joined_at TEXT NOT NULL
);
CREATE INDEX live_participants_session ON live_participants (session_id);
CREATE INDEX live_participants_invitation ON live_participants (invitation_id);
CREATE TABLE live_activities (
  id @ID@,
  session_id @INT@ NOT NULL REFERENCES live_sessions(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('ideas', 'poll', 'dots', 'statements', 'timer')),
  title TEXT NOT NULL,
  poll_type TEXT CHECK (poll_type IN ('single', 'multiple', 'scale', 'words')),
  options TEXT NOT NULL DEFAULT '[]',
  budget @INT@,
  seconds @INT@,
  about_lived_experience @INT@ NOT NULL DEFAULT 0 CHECK (about_lived_experience IN (0, 1)),
  hold_results @INT@ NOT NULL DEFAULT 0 CHECK (hold_results IN (0, 1)),
  status TEXT NOT NULL CHECK (status IN ('ready', 'open', 'closed')),
  position @INT@ NOT NULL,
  opened_at TEXT,
  closed_at TEXT,
  version @INT@ NOT NULL DEFAULT 1
);
CREATE INDEX live_activities_session ON live_activities (session_id, position);
CREATE TABLE live_inputs (
  id @ID@,
  activity_id @INT@ NOT NULL REFERENCES live_activities(id) ON DELETE CASCADE,
  participant_id @INT@ REFERENCES live_participants(id) ON DELETE SET NULL,
  text TEXT NOT NULL,
  hidden @INT@ NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
  merged_into @INT@ REFERENCES live_inputs(id) ON DELETE SET NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX live_inputs_activity ON live_inputs (activity_id);
CREATE INDEX live_inputs_participant ON live_inputs (participant_id, created_at);
CREATE TABLE live_answers (
  id @ID@,
  activity_id @INT@ NOT NULL REFERENCES live_activities(id) ON DELETE CASCADE,
  participant_id @INT@ NOT NULL REFERENCES live_participants(id) ON DELETE CASCADE,
  input_id @INT@ REFERENCES live_inputs(id) ON DELETE CASCADE,
  choice @INT@,
  value @INT@,
  words TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX live_answers_activity ON live_answers (activity_id, participant_id);
CREATE INDEX live_answers_participant ON live_answers (participant_id, created_at);
CREATE INDEX live_answers_input ON live_answers (input_id);
CREATE TABLE live_changes (
  session_id @INT@ NOT NULL REFERENCES live_sessions(id) ON DELETE CASCADE,
  seq @INT@ NOT NULL,
  kind TEXT NOT NULL,
  activity_id @INT@,
  participant_id @INT@ REFERENCES live_participants(id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (session_id, seq)
);
CREATE INDEX live_changes_participant ON live_changes (participant_id, created_at);
)sql";

// Ranking polls, groups of ideas (clusters) and what the facilitator carried into the event's
// record or the initiative list (with where it came from). A poll's type is a CHECK: PostgreSQL
// replaces the constraint, SQLite copies live_activities (same ids, same next id) into a table
// with the new one.
constexpr const char* kRecordSql = R"sql(
CREATE TABLE live_clusters (
  id @ID@,
  activity_id @INT@ NOT NULL REFERENCES live_activities(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX live_clusters_activity ON live_clusters (activity_id);
ALTER TABLE live_inputs ADD COLUMN cluster_id @INT@ REFERENCES live_clusters(id) ON DELETE SET NULL;
CREATE TABLE live_promotions (
  id @ID@,
  session_id @INT@ NOT NULL REFERENCES live_sessions(id) ON DELETE CASCADE,
  activity_id @INT@ NOT NULL REFERENCES live_activities(id) ON DELETE CASCADE,
  input_id @INT@ REFERENCES live_inputs(id) ON DELETE SET NULL,
  cluster_id @INT@ REFERENCES live_clusters(id) ON DELETE SET NULL,
  target TEXT NOT NULL CHECK (target IN ('key_insight', 'outcome', 'action_point', 'initiative')),
  outcome_id @INT@ REFERENCES outcomes(id) ON DELETE SET NULL,
  initiative_id @INT@ REFERENCES initiatives(id) ON DELETE SET NULL,
  text TEXT NOT NULL,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX live_promotions_activity ON live_promotions (activity_id);
)sql";
constexpr const char* kRankingSqliteSql = R"sql(
CREATE TABLE live_activities_new (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  session_id INTEGER NOT NULL REFERENCES live_sessions(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('ideas', 'poll', 'dots', 'statements', 'timer')),
  title TEXT NOT NULL,
  poll_type TEXT CHECK (poll_type IN ('single', 'multiple', 'scale', 'ranking', 'words')),
  options TEXT NOT NULL DEFAULT '[]',
  budget INTEGER,
  seconds INTEGER,
  about_lived_experience INTEGER NOT NULL DEFAULT 0 CHECK (about_lived_experience IN (0, 1)),
  hold_results INTEGER NOT NULL DEFAULT 0 CHECK (hold_results IN (0, 1)),
  status TEXT NOT NULL CHECK (status IN ('ready', 'open', 'closed')),
  position INTEGER NOT NULL,
  opened_at TEXT,
  closed_at TEXT,
  version INTEGER NOT NULL DEFAULT 1
);
INSERT INTO live_activities_new (id, session_id, kind, title, poll_type, options, budget, seconds,
    about_lived_experience, hold_results, status, position, opened_at, closed_at, version)
  SELECT id, session_id, kind, title, poll_type, options, budget, seconds, about_lived_experience,
    hold_results, status, position, opened_at, closed_at, version FROM live_activities;
UPDATE sqlite_sequence SET seq = (SELECT seq FROM sqlite_sequence WHERE name = 'live_activities')
  WHERE name = 'live_activities_new'
    AND EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'live_activities');
INSERT INTO sqlite_sequence (name, seq)
  SELECT 'live_activities_new', seq FROM sqlite_sequence WHERE name = 'live_activities'
    AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'live_activities_new');
DROP TABLE live_activities;
ALTER TABLE live_activities_new RENAME TO live_activities;
CREATE INDEX live_activities_session ON live_activities (session_id, position);
)sql";
constexpr const char* kRankingPostgresSql = R"sql(
ALTER TABLE live_activities DROP CONSTRAINT live_activities_poll_type_check,
  ADD CONSTRAINT live_activities_poll_type_check
    CHECK (poll_type IN ('single', 'multiple', 'scale', 'ranking', 'words'));
)sql";

}  // namespace

std::vector<storage::Migration> migrations() {
  return {storage::Migration{55, "live sessions", kLiveSql, "", ""},
          storage::Migration{56,
                             "live ranking, clusters and promotions",
                             kRecordSql,
                             kRankingSqliteSql,
                             kRankingPostgresSql,
                             {},
                             /*sqlite_rebuilds_tables=*/true}};
}

}  // namespace samla::live
