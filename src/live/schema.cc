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

}  // namespace

std::vector<storage::Migration> migrations() {
  return {storage::Migration{55, "live sessions", kLiveSql, "", ""}};
}

}  // namespace samla::live
