// Migration 56 lets a poll be a ranking. On SQLite it copies live_activities: every activity,
// the ideas and answers that refer to them, and the next id must survive.
#include "app/test_support.h"

namespace samla::live {
namespace {

class RankingMigration : public app::testing::MigrationUpgradeTest {};

TEST_P(RankingMigration, KeepsActivitiesTheirInputsAnswersAndTheNextId) {
  open_before(56);
  if (HasFatalFailure()) return;

  // Written as the schema before 56 has it.
  auto live = session().query_one(
      "INSERT INTO live_sessions (title, code, status, created_by, created_at) VALUES "
      "('Workshop', 'ABCDEF', 'open', 'Kim', 't') RETURNING id");
  ASSERT_OK(live);
  const std::int64_t session_id = live->integer(0);
  auto activity = [&](const char* kind, const char* poll_type) {
    auto row = session().query_one(
        "INSERT INTO live_activities (session_id, kind, title, poll_type, status, position) "
        "VALUES (?, ?, 'Q', ?, 'open', 1) RETURNING id",
        {session_id, std::string(kind),
         poll_type ? storage::Value{std::string(poll_type)} : storage::Value{nullptr}});
    EXPECT_TRUE(row.ok());
    return row.ok() ? row->integer(0) : 0;
  };
  const auto board = activity("ideas", nullptr);
  const auto poll = activity("poll", "single");
  const auto dropped = activity("timer", nullptr);
  ASSERT_OK(session().execute("DELETE FROM live_activities WHERE id = ?", {dropped}));
  // A ranking is refused before the migration.
  EXPECT_FALSE(session()
                   .execute("UPDATE live_activities SET poll_type = 'ranking' WHERE id = ?", {poll})
                   .ok());
  auto participant = session().query_one(
      "INSERT INTO live_participants (session_id, token_hash, joined_at) VALUES (?, 'h', 't') "
      "RETURNING id",
      {session_id});
  ASSERT_OK(participant);
  auto idea = session().query_one(
      "INSERT INTO live_inputs (activity_id, text, created_at) VALUES (?, 'An idea', 't') "
      "RETURNING id",
      {board});
  ASSERT_OK(idea);
  ASSERT_OK(session().execute(
      "INSERT INTO live_answers (activity_id, participant_id, input_id, value, created_at) VALUES "
      "(?, ?, ?, 1, 't')",
      {board, participant->integer(0), idea->integer(0)}));

  auto report = migrate_rest();
  ASSERT_OK(report);
  ASSERT_FALSE(report->applied.empty());
  EXPECT_EQ(report->applied[0], "0056 live ranking, clusters and promotions");

  auto kept = session().query("SELECT id, kind, poll_type FROM live_activities ORDER BY id");
  ASSERT_OK(kept);
  ASSERT_EQ(kept->size(), 2U);
  EXPECT_EQ((*kept)[0].integer(0), board);
  EXPECT_EQ((*kept)[1].text(2), "single");
  auto answers = session().query_one(
      "SELECT COUNT(*) FROM live_answers a JOIN live_inputs i ON i.id = a.input_id WHERE "
      "i.activity_id = ?",
      {board});
  ASSERT_OK(answers);
  EXPECT_EQ(answers->integer(0), 1);  // ON DELETE CASCADE did not run
  ASSERT_OK(
      session().execute("UPDATE live_activities SET poll_type = 'ranking' WHERE id = ?", {poll}));
  EXPECT_FALSE(
      session().execute("UPDATE live_activities SET poll_type = 'quiz' WHERE id = ?", {poll}).ok());
  // The deleted activity's id stays unused.
  EXPECT_GT(activity("ideas", nullptr), dropped);
  // Foreign keys are enforced again on the connection that migrated.
  EXPECT_FALSE(session().execute("UPDATE live_inputs SET activity_id = 999999").ok());
}

std::string backend_name(const ::testing::TestParamInfo<std::string>& info) {
  return info.param;
}

INSTANTIATE_TEST_SUITE_P(Backends, RankingMigration,
                         ::testing::ValuesIn(storage::testing::test_backends()), backend_name);

}  // namespace
}  // namespace samla::live
