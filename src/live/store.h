// The live sessions' rows, each function inside a caller's session (and transaction).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "access/principal.h"
#include "core/result.h"
#include "live/model.h"
#include "live/results.h"
#include "storage/database.h"

namespace samla::live::store {

// A new open session with a fresh code (unique among open sessions).
Result<LiveSession> insert_session(storage::Session& s, const std::string& title,
                                   std::optional<std::int64_t> event_id,
                                   const access::Principal& actor);
Result<LiveSession> get_session(storage::Session& s, std::int64_t id);
Result<std::vector<LiveSession>> list_sessions(storage::Session& s);
// The open session with `code` (already normalised); not_found, worded the same whether the
// code never existed or its session has closed.
Result<LiveSession> open_session_by_code(storage::Session& s, const std::string& code);
Status close_session(storage::Session& s, std::int64_t id, const access::Principal& actor);

// Takes the session's next change number (the row lock orders concurrent writers) and lists
// the change; returns the number.
Result<std::int64_t> record_change(storage::Session& s, std::int64_t session_id,
                                   const std::string& kind, std::optional<std::int64_t> activity_id,
                                   std::optional<std::int64_t> participant_id = std::nullopt);
struct Change {
  std::int64_t seq = 0;
  std::string kind;
  std::optional<std::int64_t> activity_id;
  std::string created_at;
};
// The changes after `since`, oldest first, at most `limit`.
Result<std::vector<Change>> changes_after(storage::Session& s, std::int64_t session_id,
                                          std::int64_t since, int limit);

// A participant: their secret (returned once), kept as its hash.
struct Joined {
  std::int64_t participant_id = 0;
  std::string token;
};
Result<Joined> insert_participant(storage::Session& s, std::int64_t session_id,
                                  const std::optional<std::string>& display_name,
                                  std::optional<std::int64_t> invitation_id);
struct Participant {
  std::int64_t id = 0;
  std::int64_t session_id = 0;
  std::optional<std::string> display_name;
};
// The participant `token` stands for, in an open session; not_found otherwise.
Result<Participant> participant_by_token(storage::Session& s, const std::string& token);
// Holds the participant's row until the transaction ends: one participant's writes run one after
// another (PostgreSQL; SQLite writes one transaction at a time anyway).
Status lock_participant(storage::Session& s, std::int64_t participant_id);
Result<std::int64_t> count_participants(storage::Session& s, std::int64_t session_id);

Result<Activity> insert_activity(storage::Session& s, Activity a);
Result<Activity> get_activity(storage::Session& s, std::int64_t id);
Result<std::vector<Activity>> list_activities(storage::Session& s, std::int64_t session_id);
Status set_activity_status(storage::Session& s, std::int64_t id, const std::string& status);

Result<Input> insert_input(storage::Session& s, Input input);
Result<Input> get_input(storage::Session& s, std::int64_t id);
Result<std::vector<Input>> list_inputs(storage::Session& s, std::int64_t activity_id);
Status set_input_hidden(storage::Session& s, std::int64_t id, bool hidden);
Status merge_input(storage::Session& s, std::int64_t id, std::int64_t into);

// Groups of ideas (live/store_record.cc).
Result<Cluster> insert_cluster(storage::Session& s, std::int64_t activity_id,
                               const std::string& title);
Result<std::vector<Cluster>> list_clusters(storage::Session& s, std::int64_t activity_id);
Status set_input_cluster(storage::Session& s, std::int64_t input_id,
                         std::optional<std::int64_t> cluster_id);

// What was carried into the event's record or the initiative list.
Result<Promotion> insert_promotion(storage::Session& s, Promotion p);
Result<std::vector<Promotion>> list_promotions(storage::Session& s, std::int64_t activity_id);

// Replaces the participant's answers to the activity (or, with `input_id`, to that input only).
Status replace_answers(storage::Session& s, std::int64_t activity_id, std::int64_t participant_id,
                       std::optional<std::int64_t> input_id, const std::vector<AnswerRow>& rows);
// Whether the participant has an answer on the input (their upvote of it).
Result<bool> has_answer(storage::Session& s, std::int64_t input_id, std::int64_t participant_id);
Result<std::vector<AnswerRow>> list_answers(storage::Session& s, std::int64_t activity_id);
// One participant's answers by activity, and the ids of the ideas and statements they wrote.
Result<std::map<std::int64_t, std::vector<AnswerRow>>> answers_of_participant(
    storage::Session& s, std::int64_t participant_id);
Result<std::vector<std::int64_t>> inputs_of_participant(storage::Session& s,
                                                        std::int64_t participant_id);

// How many changes the participant made in the last minute (the rate limit): every idea and
// answer counts, also one that replaced or took back an earlier one.
Result<std::int64_t> sent_last_minute(storage::Session& s, std::int64_t participant_id);

}  // namespace samla::live::store
