#include "storage/sqlite/sqlite_database.h"

#include <sqlite3.h>

#include <filesystem>
#include <list>
#include <unordered_map>

namespace samla::storage {
namespace {

constexpr int kBusyTimeoutMs = 10000;

Error sqlite_error(sqlite3* db, int rc, std::string_view what) {
  int extended = db ? sqlite3_extended_errcode(db) : rc;
  std::string message = std::string(what) + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
  if (extended == SQLITE_CONSTRAINT_UNIQUE || extended == SQLITE_CONSTRAINT_PRIMARYKEY)
    return hidden_error(ErrorCode::conflict, message);
  if (extended == SQLITE_CONSTRAINT_FOREIGNKEY) return hidden_error(ErrorCode::conflict, message);
  if ((rc & 0xff) == SQLITE_CONSTRAINT) return hidden_error(ErrorCode::invalid, message);
  if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
    return hidden_error(ErrorCode::unavailable, message);
  return hidden_error(ErrorCode::internal, message);
}

// Prepared statements by SQL text, least recently used dropped first. Preparing costs more
// than running most of our statements (parsing, name resolution, query planning), and a
// session runs the same few dozen statements over and over: the token check and record
// reads on every request, the same inserts for every imported row.
class StatementCache {
 public:
  static constexpr std::size_t kCapacity = 96;

  ~StatementCache() {
    for (auto& entry : order_) sqlite3_finalize(entry.second);
  }

  // The cached statement for `sql`, or nullptr. It is reset and unbound, ready to bind.
  sqlite3_stmt* find(std::string_view sql) {
    auto it = index_.find(std::string(sql));
    if (it == index_.end()) return nullptr;
    order_.splice(order_.begin(), order_, it->second);
    return it->second->second;
  }

  void add(std::string_view sql, sqlite3_stmt* stmt) {
    if (order_.size() >= kCapacity) {
      sqlite3_finalize(order_.back().second);
      index_.erase(order_.back().first);
      order_.pop_back();
    }
    order_.emplace_front(std::string(sql), stmt);
    index_[order_.front().first] = order_.begin();
  }

 private:
  using Entry = std::pair<std::string, sqlite3_stmt*>;
  std::list<Entry> order_;
  std::unordered_map<std::string, std::list<Entry>::iterator> index_;
};

// Lends a cached statement for one run and returns it reset and unbound (so it holds no
// read snapshot and no copy of the parameters between runs).
struct Lease {
  sqlite3_stmt* stmt = nullptr;
  ~Lease() {
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
  }
};

class SqliteSession final : public Session {
 public:
  explicit SqliteSession(sqlite3* db) : db_(db) {}
  ~SqliteSession() override {
    cache_.reset();  // statements are finalized before their connection closes
    sqlite3_close_v2(db_);
  }

  Dialect dialect() const override { return Dialect::sqlite; }

  Result<Rows> query(std::string_view sql, const Params& params) override {
    Rows rows;
    SAMLA_TRY(run(sql, params, [&](std::vector<Value>& values) {
      rows.emplace_back(std::move(values));
      values = {};
    }));
    return rows;
  }

  Status for_each_row(std::string_view sql, const Params& params,
                      const std::function<void(const Row&)>& visit) override {
    // One row's storage serves them all: a million rows, not a million allocations.
    Row row({});
    return run(sql, params, [&](std::vector<Value>& values) {
      row = Row(std::move(values));
      visit(row);
      values = std::move(row).take_values();
    });
  }

  Result<std::int64_t> execute(std::string_view sql, const Params& params) override {
    SAMLA_TRY(run(sql, params, {}));
    return static_cast<std::int64_t>(sqlite3_changes(db_));
  }

  Status execute_script(std::string_view sql) override {
    std::string text(sql);
    char* message = nullptr;
    int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
      std::string m = message ? message : "unknown error";
      sqlite3_free(message);
      return hidden_error(ErrorCode::internal, "script failed: " + m);
    }
    return ok_status();
  }

  Status begin() override { return execute_script("BEGIN IMMEDIATE"); }
  Status commit() override { return execute_script("COMMIT"); }
  Status rollback() override {
    if (sqlite3_get_autocommit(db_)) return ok_status();
    return execute_script("ROLLBACK");
  }

 private:
  Result<sqlite3_stmt*> prepared(std::string_view sql) {
    if (sqlite3_stmt* cached = cache_->find(sql)) return cached;
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                                SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) {
      sqlite3_finalize(stmt);
      return sqlite_error(db_, rc, "prepare");
    }
    if (!stmt) return hidden_error(ErrorCode::internal, "prepare: the statement is empty");
    cache_->add(sql, stmt);
    return stmt;
  }

  // Runs a statement; `row`, when given, receives each row's values (and may keep them).
  Status run(std::string_view sql, const Params& params,
             const std::function<void(std::vector<Value>&)>& row) {
    SAMLA_ASSIGN(sqlite3_stmt * stmt, prepared(sql));
    Lease st{stmt};
    int rc = SQLITE_OK;
    for (std::size_t i = 0; i < params.size(); ++i) {
      int index = static_cast<int>(i + 1);
      const Value& v = params[i];
      if (std::holds_alternative<std::nullptr_t>(v)) {
        rc = sqlite3_bind_null(st.stmt, index);
      } else if (auto* n = std::get_if<std::int64_t>(&v)) {
        rc = sqlite3_bind_int64(st.stmt, index, *n);
      } else if (auto* d = std::get_if<double>(&v)) {
        rc = sqlite3_bind_double(st.stmt, index, *d);
      } else if (auto* b = std::get_if<Bytes>(&v)) {
        rc = sqlite3_bind_blob64(st.stmt, index, b->data.data(), b->data.size(), SQLITE_TRANSIENT);
      } else {
        const auto& s = std::get<std::string>(v);
        rc = sqlite3_bind_text(st.stmt, index, s.data(), static_cast<int>(s.size()),
                               SQLITE_TRANSIENT);
      }
      if (rc != SQLITE_OK) return sqlite_error(db_, rc, "bind");
    }
    std::vector<Value> values;
    while (true) {
      rc = sqlite3_step(st.stmt);
      if (rc == SQLITE_DONE) break;
      if (rc != SQLITE_ROW) return sqlite_error(db_, rc, "step");
      if (!row) continue;
      int columns = sqlite3_column_count(st.stmt);
      values.clear();
      values.reserve(static_cast<std::size_t>(columns));
      for (int c = 0; c < columns; ++c) {
        switch (sqlite3_column_type(st.stmt, c)) {
          case SQLITE_NULL:
            values.emplace_back(nullptr);
            break;
          case SQLITE_INTEGER:
            values.emplace_back(static_cast<std::int64_t>(sqlite3_column_int64(st.stmt, c)));
            break;
          case SQLITE_FLOAT:
            values.emplace_back(sqlite3_column_double(st.stmt, c));
            break;
          case SQLITE_BLOB: {
            const auto* blob = static_cast<const char*>(sqlite3_column_blob(st.stmt, c));
            const auto size = static_cast<std::size_t>(sqlite3_column_bytes(st.stmt, c));
            values.emplace_back(Bytes{blob ? std::string(blob, size) : std::string()});
            break;
          }
          default: {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(st.stmt, c));
            values.emplace_back(
                std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(st.stmt, c))));
          }
        }
      }
      row(values);
    }
    return ok_status();
  }

  sqlite3* db_;
  std::unique_ptr<StatementCache> cache_ = std::make_unique<StatementCache>();
};

class SqliteDatabase final : public Database {
 public:
  explicit SqliteDatabase(std::string path) : path_(std::move(path)) {}

  Dialect dialect() const override { return Dialect::sqlite; }
  std::string describe() const override { return "sqlite:" + path_; }

  Result<std::unique_ptr<Session>> open_session() override {
    sqlite3* db = nullptr;
    int rc =
        sqlite3_open_v2(path_.c_str(), &db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
      Error e = hidden_error(ErrorCode::unavailable,
                             "cannot open " + path_ + ": " + (db ? sqlite3_errmsg(db) : "?"));
      sqlite3_close_v2(db);
      return e;
    }
    sqlite3_busy_timeout(db, kBusyTimeoutMs);
    auto session = std::make_unique<SqliteSession>(db);
    // WAL lets readers go on while one writer commits; FULL makes each commit durable.
    // temp_store=MEMORY keeps statement journals (one per write statement inside a longer
    // transaction, such as an import) in memory instead of temporary files.
    SAMLA_TRY(session->execute_script(
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA "
        "temp_store=MEMORY;"));
    return std::unique_ptr<Session>(std::move(session));
  }

  Status backup_to(const std::string& path) override {
    std::error_code ec;
    std::filesystem::remove(path, ec);
    SAMLA_ASSIGN(auto session, open_session());
    // VACUUM INTO reads one snapshot, so the copy is consistent while writers go on.
    auto done = session->execute("VACUUM INTO ?", {path});
    if (!done.ok()) return done.error();
    return ok_status();
  }

 private:
  std::string path_;
};

}  // namespace

Result<std::shared_ptr<Database>> open_sqlite_database(const std::string& path) {
  std::filesystem::path p(path);
  if (p.has_parent_path()) {
    std::error_code ec;
    std::filesystem::create_directories(p.parent_path(), ec);
    if (ec)
      return hidden_error(ErrorCode::unavailable, "cannot create " + p.parent_path().string());
  }
  auto db = std::make_shared<SqliteDatabase>(path);
  // Open once now so a bad path is reported at start, not at the first request.
  SAMLA_ASSIGN(auto probe, db->open_session());
  (void)probe;
  return std::shared_ptr<Database>(db);
}

}  // namespace samla::storage
