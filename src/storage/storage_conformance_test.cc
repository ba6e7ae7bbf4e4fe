// The storage conformance suite: written once, run against every backend. A behaviour that
// passes here on SQLite and fails on PostgreSQL (or the reverse) is a backend bug.
//
// PostgreSQL instances need SAMLA_TEST_POSTGRES_URL (scripts/with-postgres.sh provides one);
// without it they fail, unless SAMLA_ALLOW_NO_POSTGRES=1 is set, which leaves them out.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <thread>

#include "core/language.h"
#include "core/test_assertions.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/testing.h"
#include "storage/versioned.h"

namespace samla::storage {
namespace {

namespace fs = std::filesystem;

// Appends a libpq URI parameter.
std::string with_param(const std::string& url, const std::string& param) {
  return url + (url.find('?') == std::string::npos ? "?" : "&") + param;
}

// Adds a failure naming `what` when `r` holds an error, and goes on (for lambdas and threads).
void expect_ok(const Status& r, const char* what) {
  EXPECT_TRUE(r.ok()) << what << ": " << (r.ok() ? "" : r.error().message);
}

class StorageConformance : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override { open(testing::Isolation::schema); }

  void TearDown() override {
    s_.reset();
    db_.reset();
    test_db_.reset();
  }

  // pg_dump copies a whole database, and under `ctest -j` other tests' schemas come and go
  // meanwhile; so a backup test moves to a database of its own (the role needs CREATEDB).
  void use_own_database() {
    if (GetParam() != "postgres") return;
    TearDown();
    open(testing::Isolation::database);
  }

  // A fresh, empty database on this test's backend, and a session on it.
  void open(testing::Isolation isolation) {
    test_db_ = get(testing::TestDatabase::create(GetParam(), isolation), "test database");
    db_ = test_db_->database();
    url_ = test_db_->url();
    dir_ = test_db_->directory();
    s_ = get(db_->open_session(), "open_session");
  }

  Dialect dialect() const { return db_->dialect(); }

  // Runs DDL written with migration tokens (@ID@, @INT@, @BYTES@) on this backend.
  void create(const std::string& sql) {
    Migration m{0, "test", sql, "", ""};
    get(s_->execute_script(migration_sql(m, dialect())), "create");
  }

  std::int64_t count(Session& s, const std::string& table) {
    return get(s.query_one("SELECT COUNT(*) FROM " + table)).integer(0);
  }

  fs::path dir_;  // removed with test_db_
  std::string url_;
  std::unique_ptr<testing::TestDatabase> test_db_;
  std::shared_ptr<Database> db_;
  std::unique_ptr<Session> s_;
};

TEST_P(StorageConformance, ReportsItsDialect) {
  EXPECT_EQ(dialect(), GetParam() == "sqlite" ? Dialect::sqlite : Dialect::postgres);
  EXPECT_EQ(s_->dialect(), dialect());
}

TEST_P(StorageConformance, RoundTripsEveryValueTypeThroughATable) {
  create("CREATE TABLE v (id @ID@, i @INT@, r DOUBLE PRECISION, t TEXT)");
  const std::vector<Params> rows = {
      {nullptr, nullptr, nullptr},
      {std::int64_t{0}, 0.0, std::string{}},
      {std::int64_t{INT64_MAX}, 0.1, std::string{"Åsa Östen Ärla åäö ÅÄÖ"}},
      {std::int64_t{INT64_MIN}, -1.5e300, std::string{"😀 🇸🇪 emoji"}},
      {std::int64_t{-1}, 3.25, std::string{"O'Brien \"quoted\" ? \\ ; --"}},
  };
  for (const Params& p : rows)
    ASSERT_EQ(get(s_->execute("INSERT INTO v (i, r, t) VALUES (?, ?, ?)", p)), 1);
  Rows got = get(s_->query("SELECT i, r, t FROM v ORDER BY id"));
  ASSERT_EQ(got.size(), rows.size());
  for (std::size_t row = 0; row < rows.size(); ++row)
    for (std::size_t col = 0; col < 3; ++col)
      EXPECT_EQ(got[row].value(col), rows[row][col]) << "row " << row << " column " << col;
}

TEST_P(StorageConformance, RoundTripsEveryValueTypeAsABareParameter) {
  Row row = get(s_->query_one("SELECT ?, ?, ?, ?",
                              {nullptr, std::int64_t{INT64_MAX}, 2.5, std::string{"Ärla 😀"}}));
  EXPECT_TRUE(row.is_null(0));
  EXPECT_EQ(row.value(1), Value{std::int64_t{INT64_MAX}});
  EXPECT_EQ(row.value(2), Value{2.5});
  EXPECT_EQ(row.value(3), Value{std::string{"Ärla 😀"}});
}

// An uploaded file's bytes: every byte value (NUL and bytes that are not UTF-8 among them),
// nothing, and a megabyte, back unchanged; length() counts bytes, not characters.
TEST_P(StorageConformance, RoundTripsBytesThroughABlobColumn) {
  create("CREATE TABLE b (id @ID@, data @BLOB@)");
  std::string every;
  for (int c = 0; c < 256; ++c) every += static_cast<char>(c);
  std::string megabyte(1 << 20, '\0');
  for (std::size_t i = 0; i < megabyte.size(); ++i)
    megabyte[i] = static_cast<char>((i * 7919) % 251);
  const std::vector<std::string> blobs = {every, std::string{}, megabyte};
  for (const auto& blob : blobs)
    ASSERT_OK(s_->execute("INSERT INTO b (data) VALUES (?)", {Bytes{blob}}));
  Rows got = get(s_->query("SELECT data, length(data) FROM b ORDER BY id"));
  ASSERT_EQ(got.size(), blobs.size());
  for (std::size_t i = 0; i < blobs.size(); ++i) {
    EXPECT_EQ(got[i].value(0), Value{Bytes{blobs[i]}}) << "blob " << i;
    EXPECT_EQ(got[i].bytes(0), blobs[i]) << "blob " << i;
    EXPECT_EQ(got[i].integer(1), static_cast<std::int64_t>(blobs[i].size())) << "blob " << i;
  }
  Row bare = get(s_->query_one("SELECT ?", {Bytes{every}}));
  EXPECT_EQ(bare.bytes(0), every);
}

TEST_P(StorageConformance, ComputesWithLargeIntegersIn64Bits) {
  Row row = get(s_->query_one("SELECT ? + 1, ? * 2",
                              {std::int64_t{5'000'000'000}, std::int64_t{4'000'000'000}}));
  EXPECT_EQ(row.value(0), Value{std::int64_t{5'000'000'001}});
  EXPECT_EQ(row.value(1), Value{std::int64_t{8'000'000'000}});
}

TEST_P(StorageConformance, FindsUnicodeTextByEquality) {
  create("CREATE TABLE p (id @ID@, name TEXT NOT NULL)");
  for (const char* name : {"Östen", "Ostén", "östen"})
    ASSERT_OK(s_->execute("INSERT INTO p (name) VALUES (?)", {std::string{name}}));
  Rows got = get(s_->query("SELECT name FROM p WHERE name = ?", {std::string{"Östen"}}));
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].text(0), "Östen");
}

TEST_P(StorageConformance, OptionalFiltersWorkWithATypedNullCheck) {
  // PostgreSQL cannot type a bare `? IS NULL`; `CAST(? AS TEXT) IS NULL` works on both.
  create("CREATE TABLE f (id @ID@, name TEXT NOT NULL)");
  for (const char* name : {"Adam", "Åsa"})
    ASSERT_OK(s_->execute("INSERT INTO f (name) VALUES (?)", {std::string{name}}));
  const std::string sql = "SELECT COUNT(*) FROM f WHERE (CAST(? AS TEXT) IS NULL OR name = ?)";
  EXPECT_EQ(get(s_->query_one(sql, {nullptr, nullptr})).integer(0), 2);
  EXPECT_EQ(get(s_->query_one(sql, {std::string{"Åsa"}, std::string{"Åsa"}})).integer(0), 1);
}

TEST_P(StorageConformance, ForEachRowHandsOverTheSameRowsAsQueryInOrder) {
  create("CREATE TABLE walk (id @ID@, t TEXT)");
  for (const char* t : {"Åre", "Borås", "Kiruna"})
    ASSERT_EQ(get(s_->execute("INSERT INTO walk (t) VALUES (?)", {std::string{t}})), 1);
  std::vector<std::string> seen;
  ASSERT_OK(s_->for_each_row("SELECT t FROM walk WHERE t <> ? ORDER BY id", {std::string{"Borås"}},
                             [&](const Row& row) { seen.push_back(row.text(0)); }));
  EXPECT_EQ(seen, (std::vector<std::string>{"Åre", "Kiruna"}));
  // A failing query is an error, not an empty walk, and leaves the session usable.
  EXPECT_FALSE(s_->for_each_row("SELECT nope FROM walk", {}, [](const Row&) {}).ok());
  EXPECT_EQ(get(s_->query("SELECT t FROM walk")).size(), 3U);
}

TEST_P(StorageConformance, QueryOneReportsNotFound) {
  create("CREATE TABLE e (id @ID@)");
  auto r = s_->query_one("SELECT id FROM e WHERE id = ?", {std::int64_t{42}});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::not_found);
}

TEST_P(StorageConformance, ExecuteReturnsChangedRowCounts) {
  create("CREATE TABLE c (id @ID@, n @INT@ NOT NULL)");
  for (std::int64_t n : {1, 2, 3})
    EXPECT_EQ(get(s_->execute("INSERT INTO c (n) VALUES (?)", {n})), 1);
  EXPECT_EQ(get(s_->execute("UPDATE c SET n = n + 10 WHERE n >= ?", {std::int64_t{2}})), 2);
  EXPECT_EQ(get(s_->execute("DELETE FROM c WHERE n = ?", {std::int64_t{99}})), 0);
  EXPECT_EQ(get(s_->execute("DELETE FROM c")), 3);
}

TEST_P(StorageConformance, ExplicitTransactionsCommitAndRollBack) {
  create("CREATE TABLE t (id @ID@, n @INT@)");
  ASSERT_OK(s_->begin());
  ASSERT_OK(s_->execute("INSERT INTO t (n) VALUES (1)"));
  ASSERT_OK(s_->rollback());
  EXPECT_EQ(count(*s_, "t"), 0);
  ASSERT_OK(s_->begin());
  ASSERT_OK(s_->execute("INSERT INTO t (n) VALUES (2)"));
  ASSERT_OK(s_->commit());
  auto other = get(db_->open_session());
  EXPECT_EQ(count(*other, "t"), 1);
  // Rolling back outside a transaction is harmless.
  ASSERT_OK(s_->rollback());
}

TEST_P(StorageConformance, InTransactionCommitsOnSuccess) {
  create("CREATE TABLE t (id @ID@, n @INT@)");
  Result<int> r = in_transaction(*s_, [](Session& s) -> Result<int> {
    SAMLA_TRY(s.execute("INSERT INTO t (n) VALUES (?)", {std::int64_t{7}}));
    return 7;
  });
  ASSERT_OK(r);
  auto other = get(db_->open_session());
  EXPECT_EQ(count(*other, "t"), 1);
}

TEST_P(StorageConformance, InTransactionRollsBackOnError) {
  create("CREATE TABLE t (id @ID@, n @INT@)");
  Status r = in_transaction(*s_, [](Session& s) -> Status {
    SAMLA_TRY(s.execute("INSERT INTO t (n) VALUES (?)", {std::int64_t{1}}));
    return hidden_error(ErrorCode::invalid, "changed my mind");
  });
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message, "changed my mind");
  EXPECT_EQ(count(*s_, "t"), 0);
}

TEST_P(StorageConformance, InTransactionRollsBackOnExceptionAndStaysUsable) {
  create("CREATE TABLE t (id @ID@, n @INT@)");
  auto work = [](Session& s) -> Status {
    SAMLA_TRY(s.execute("INSERT INTO t (n) VALUES (?)", {std::int64_t{1}}));
    throw std::logic_error("a bug");
  };
  EXPECT_THROW((void)in_transaction(*s_, work), std::logic_error);
  EXPECT_EQ(count(*s_, "t"), 0);
  ASSERT_OK(in_transaction(*s_, [](Session& s) -> Status {
    SAMLA_TRY(s.execute("INSERT INTO t (n) VALUES (2)"));
    return ok_status();
  }));
  EXPECT_EQ(count(*s_, "t"), 1);
}

TEST_P(StorageConformance, FailedStatementInATransactionRollsBackCleanly) {
  create("CREATE TABLE u (id @ID@, code TEXT NOT NULL UNIQUE)");
  ASSERT_OK(s_->begin());
  ASSERT_OK(s_->execute("INSERT INTO u (code) VALUES ('a')"));
  EXPECT_FALSE(s_->execute("INSERT INTO u (code) VALUES ('a')").ok());
  ASSERT_OK(s_->rollback());
  EXPECT_EQ(count(*s_, "u"), 0);
  ASSERT_OK(s_->execute("INSERT INTO u (code) VALUES ('a')"));
}

TEST_P(StorageConformance, UniqueViolationIsConflict) {
  create("CREATE TABLE u (id @ID@, code TEXT NOT NULL UNIQUE)");
  ASSERT_OK(s_->execute("INSERT INTO u (code) VALUES (?)", {std::string{"SE"}}));
  auto r = s_->execute("INSERT INTO u (code) VALUES (?)", {std::string{"SE"}});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::conflict) << r.error().message;
  EXPECT_FALSE(r.error().message.empty());
}

TEST_P(StorageConformance, ForeignKeyViolationIsConflict) {
  create(
      "CREATE TABLE parent (id @ID@);"
      "CREATE TABLE child (id @ID@, parent_id @INT@ NOT NULL REFERENCES parent (id))");
  auto r = s_->execute("INSERT INTO child (parent_id) VALUES (?)", {std::int64_t{12345}});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::conflict) << r.error().message;
}

TEST_P(StorageConformance, NotNullAndCheckViolationsAreInvalid) {
  create("CREATE TABLE k (id @ID@, name TEXT NOT NULL, n @INT@ CHECK (n > 0))");
  auto missing = s_->execute("INSERT INTO k (name, n) VALUES (?, 1)", {nullptr});
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, ErrorCode::invalid) << missing.error().message;
  auto negative = s_->execute("INSERT INTO k (name, n) VALUES ('x', ?)", {std::int64_t{-1}});
  ASSERT_FALSE(negative.ok());
  EXPECT_EQ(negative.error().code, ErrorCode::invalid) << negative.error().message;
}

TEST_P(StorageConformance, QuestionMarkInsideLiteralsIsNotAPlaceholder) {
  Row row = get(s_->query_one("SELECT 'why?', ? /* or? */, 'it''s ?'", {std::string{"yes"}}));
  EXPECT_EQ(row.text(0), "why?");
  EXPECT_EQ(row.text(1), "yes");
  EXPECT_EQ(row.text(2), "it's ?");
}

std::vector<Migration> test_migrations() {
  return {
      {2, "items", "CREATE TABLE items (id @ID@, big @INT@ NOT NULL, note TEXT)", "", ""},
      {1, "owners", "CREATE TABLE owners (id @ID@, name TEXT NOT NULL)", "", "",
       [](Session& s) -> Status {
         SAMLA_TRY(s.execute("INSERT INTO owners (name) VALUES (?)", {std::string{"seed"}}));
         return ok_status();
       }},
  };
}

TEST_P(StorageConformance, MigrateAppliesInOrderAndIsIdempotent) {
  EXPECT_EQ(get(schema_version(*s_)), 0);
  MigrationReport first = get(migrate(*s_, test_migrations()));
  EXPECT_EQ(first.from_version, 0);
  EXPECT_EQ(first.to_version, 2);
  EXPECT_EQ(first.applied, (std::vector<std::string>{"0001 owners", "0002 items"}));
  EXPECT_EQ(count(*s_, "owners"), 1);  // the seed ran
  // @ID@ numbers rows itself and @INT@ holds 64 bits.
  ASSERT_OK(s_->execute("INSERT INTO items (big) VALUES (?)", {std::int64_t{1} << 40}));
  ASSERT_OK(
      s_->execute("INSERT INTO items (big) VALUES (?)", {std::int64_t{-(std::int64_t{1} << 40)}}));
  Rows items = get(s_->query("SELECT id, big FROM items ORDER BY id"));
  ASSERT_EQ(items.size(), 2u);
  EXPECT_LT(items[0].integer(0), items[1].integer(0));
  EXPECT_EQ(items[0].integer(1), std::int64_t{1} << 40);

  MigrationReport second = get(migrate(*s_, test_migrations()));
  EXPECT_EQ(second.from_version, 2);
  EXPECT_EQ(second.to_version, 2);
  EXPECT_TRUE(second.applied.empty());
  EXPECT_EQ(count(*s_, "owners"), 1);
}

// Modules number their migrations from one sequence; one module's migration may land with a
// number below another's already applied. It must still run, once.
TEST_P(StorageConformance, AMigrationNumberedBelowTheNewestAppliedStillRuns) {
  auto later = test_migrations();
  later.push_back({5, "later", "CREATE TABLE later (id @ID@)", "", ""});
  later.erase(later.begin());  // without 2
  EXPECT_EQ(get(migrate(*s_, later)).to_version, 5);
  MigrationReport filled = get(migrate(*s_, test_migrations()));
  EXPECT_EQ(filled.applied, (std::vector<std::string>{"0002 items"}));
  EXPECT_EQ(count(*s_, "items"), 0);
  EXPECT_TRUE(get(migrate(*s_, later)).applied.empty());
}

TEST_P(StorageConformance, TwoMigrationsWithOneNumberStopEverything) {
  auto clash = test_migrations();
  clash.push_back({2, "other items", "CREATE TABLE other_items (id @ID@)", "", ""});
  auto r = migrate(*s_, clash);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("share the number 2"), std::string::npos) << r.error().message;
  EXPECT_EQ(get(schema_version(*s_)), 0) << "nothing ran";
  // A database whose migration 2 has another name comes from another samla.
  ASSERT_OK(migrate(*s_, test_migrations()));
  auto renamed = test_migrations();
  renamed[0].name = "renamed items";
  auto refused = migrate(*s_, renamed);
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.error().message.find("recorded as"), std::string::npos);
}

TEST_P(StorageConformance, FailingMigrationLeavesNoTrace) {
  ASSERT_OK(migrate(*s_, test_migrations()));
  auto broken = test_migrations();
  broken.push_back(
      {3, "broken", "CREATE TABLE half (id @ID@); INSERT INTO no_such_table VALUES (1)", "", ""});
  auto r = migrate(*s_, broken);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("broken"), std::string::npos) << r.error().message;
  EXPECT_EQ(get(schema_version(*s_)), 2);
  EXPECT_FALSE(s_->query("SELECT COUNT(*) FROM half").ok()) << "table of failed migration exists";

  // A seed that fails takes its migration's DDL down with it.
  auto bad_seed = test_migrations();
  bad_seed.push_back({3, "bad seed", "CREATE TABLE seeded (id @ID@)", "", "",
                      [](Session&) -> Status { return hidden_error(ErrorCode::invalid, "no"); }});
  ASSERT_FALSE(migrate(*s_, bad_seed).ok());
  EXPECT_EQ(get(schema_version(*s_)), 2);
  EXPECT_FALSE(s_->query("SELECT COUNT(*) FROM seeded").ok());
  // And the session is still good for the next, correct run.
  EXPECT_EQ(get(migrate(*s_, test_migrations())).applied.size(), 0u);
}

TEST_P(StorageConformance, BytesColumnsOrderByteWise) {
  create("CREATE TABLE names (id @ID@, name TEXT NOT NULL, sort_key @BYTES@ NOT NULL)");
  for (const char* name : {"Zorn", "Åsa", "Ärla", "Östen", "Adam"})
    ASSERT_OK(s_->execute("INSERT INTO names (name, sort_key) VALUES (?, ?)",
                          {std::string{name}, collation_key(name, Language::sv)}));
  std::vector<std::string> order;
  for (const Row& r : get(s_->query("SELECT name FROM names ORDER BY sort_key")))
    order.push_back(r.text(0));
  EXPECT_EQ(order, (std::vector<std::string>{"Adam", "Zorn", "Åsa", "Ärla", "Östen"}));
  if (dialect() == Dialect::postgres) {
    // Whatever the database's own collation, @BYTES@ must compare bytes.
    Row c =
        get(s_->query_one("SELECT collation_name FROM information_schema.columns "
                          "WHERE table_schema = current_schema() AND table_name = 'names' "
                          "AND column_name = 'sort_key'"));
    EXPECT_EQ(c.text(0), "C");
  }
}

TEST_P(StorageConformance, SessionsSeeEachOthersCommittedWritesOnly) {
  create("CREATE TABLE shared (id @ID@, n @INT@)");
  auto other = get(db_->open_session());
  ASSERT_OK(s_->execute("INSERT INTO shared (n) VALUES (1)"));
  EXPECT_EQ(count(*other, "shared"), 1);
  ASSERT_OK(other->begin());
  ASSERT_OK(other->execute("INSERT INTO shared (n) VALUES (2)"));
  EXPECT_EQ(count(*s_, "shared"), 1) << "an uncommitted write leaked";
  ASSERT_OK(other->commit());
  EXPECT_EQ(count(*s_, "shared"), 2);
}

// The backend behaviour versioned writes rely on, and the check they all go through: a write
// naming the version it read changes no row when another transaction replaced that version
// meanwhile, even when it read the version before the other committed (PostgreSQL: it waits
// for the other's lock, then finds its condition false), and that is a 412, never a success.
TEST_P(StorageConformance, AVersionedWriteThatLostTheRaceIsAPreconditionFailure) {
  create("CREATE TABLE rec (id @INT@ PRIMARY KEY, n @INT@ NOT NULL, version @INT@ NOT NULL)");
  const std::string update =
      "UPDATE rec SET n = ?, version = version + 1 WHERE id = 1 AND version = ?";
  const std::string insert =
      "INSERT INTO rec (id, n, version) VALUES (1, ?, 1) ON CONFLICT (id) DO NOTHING";
  auto other = get(db_->open_session());
  auto watcher = get(db_->open_session());
  std::int64_t other_pid = dialect() == Dialect::postgres
                               ? get(other->query_one("SELECT pg_backend_pid()")).integer(0)
                               : 0;
  // `first` runs in an open transaction of s_; `second` in `other`, from its read of the
  // version to its write, started before the first commits.
  auto race = [&](const std::string& first_sql, const Params& first_params,
                  const std::string& second_sql, const Params& second_params) {
    expect_ok(s_->begin(), "begin");
    expect_ok(execute_versioned(*s_, first_sql, first_params, "record"), "first write");
    std::optional<Status> second;
    std::thread racer([&] {
      second = in_transaction(*other, [&](Session& s) -> Status {
        SAMLA_TRY(s.query("SELECT version FROM rec WHERE id = 1"));
        return execute_versioned(s, second_sql, second_params, "record");
      });
    });
    for (int waited = 0; other_pid && waited < 1000; ++waited) {  // PostgreSQL: until it waits
      auto waiting = watcher->query_one(
          "SELECT COUNT(*) FROM pg_locks WHERE pid = ? AND NOT granted", {other_pid});
      if (!waiting.ok() || waiting->integer(0) > 0) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    Status committed = s_->commit();
    racer.join();
    expect_ok(committed, "commit");
    return *second;
  };
  // Both found no record and insert it: the second inserts nothing.
  Status lost = race(insert, {std::int64_t{10}}, insert, {std::int64_t{20}});
  ASSERT_FALSE(lost.ok());
  EXPECT_EQ(lost.error().code, ErrorCode::precondition_failed) << lost.error().message;
  // Both read version 1 and update it: the second updates nothing.
  lost = race(update, {std::int64_t{11}, std::int64_t{1}}, update,
              {std::int64_t{21}, std::int64_t{1}});
  ASSERT_FALSE(lost.ok());
  EXPECT_EQ(lost.error().code, ErrorCode::precondition_failed) << lost.error().message;
  auto now = get(s_->query_one("SELECT n, version FROM rec WHERE id = 1"));
  EXPECT_EQ(now.integer(0), 11);
  EXPECT_EQ(now.integer(1), 2);
  // A current version goes through; a statement that names no single record is a bug.
  ASSERT_OK(execute_versioned(*s_, update, {std::int64_t{12}, std::int64_t{2}}, "record"));
  ASSERT_OK(s_->execute("INSERT INTO rec (id, n, version) VALUES (2, 0, 3)"));
  auto many =
      execute_versioned(*s_, "UPDATE rec SET n = 0 WHERE version = ?", {std::int64_t{3}}, "record");
  ASSERT_FALSE(many.ok());
  EXPECT_EQ(many.error().code, ErrorCode::internal);
}

TEST_P(StorageConformance, BackupWritesACopy) {
  use_own_database();
  create("CREATE TABLE backup_probe (id @ID@, name TEXT NOT NULL)");
  ASSERT_OK(s_->execute("INSERT INTO backup_probe (name) VALUES (?)", {std::string{"Ärla"}}));
  fs::path copy = dir_ / "backup.copy";
  ASSERT_OK(db_->backup_to(copy.string()));
  ASSERT_TRUE(fs::exists(copy));
  EXPECT_GT(fs::file_size(copy), 0u);
  if (dialect() == Dialect::sqlite) {
    auto restored = get(get(open_database("sqlite:" + copy.string()))->open_session());
    EXPECT_EQ(get(restored->query_one("SELECT name FROM backup_probe")).text(0), "Ärla");
  } else {
    std::ifstream in(copy, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(bytes.rfind("PGDMP", 0), 0u) << "not a pg_dump custom-format archive";
    EXPECT_NE(bytes.find("backup_probe"), std::string::npos);
  }
}

TEST_P(StorageConformance, DescribeHidesPasswords) {
  if (dialect() == Dialect::sqlite) {
    EXPECT_EQ(db_->describe(), url_);
    return;
  }
  use_own_database();
  // The test server trusts loopback, so any password connects; it must never be shown.
  std::string with_password = url_;
  with_password.insert(with_password.find('@'), ":s3cr%65t");
  auto db = get(open_database(with_password));
  EXPECT_EQ(db->describe().find("s3cr"), std::string::npos) << db->describe();
  EXPECT_NE(db->describe().find("127.0.0.1"), std::string::npos) << db->describe();
  auto db2 = get(open_database(with_param(url_, "password=s3cret")));
  EXPECT_EQ(db2->describe().find("s3cret"), std::string::npos) << db2->describe();
  ASSERT_OK(db->backup_to((dir_ / "with-password.dump").string()));
}

INSTANTIATE_TEST_SUITE_P(Backends, StorageConformance,
                         ::testing::ValuesIn(testing::test_backends()),
                         [](const auto& info) { return info.param; });

TEST(PostgresBackend, UnreachableServerIsUnavailable) {
  // Port 1 on loopback refuses at once: no server of ours listens there.
  auto r = open_database("postgresql://samla@127.0.0.1:1/none?connect_timeout=2");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::unavailable) << r.error().message;
  EXPECT_NE(r.error().message.find("127.0.0.1"), std::string::npos) << r.error().message;
}

}  // namespace
}  // namespace samla::storage
