// The one database interface samla's modules use. Two real backends implement it:
// SQLite (sqlite/) and PostgreSQL (postgres/). SQL is written once with `?` placeholders;
// the PostgreSQL backend numbers them. Values are bound, never spliced into SQL text.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/result.h"

namespace samla::storage {

enum class Dialect { sqlite, postgres };

// Binary data, such as an uploaded file's bytes: a BLOB in SQLite, a BYTEA in PostgreSQL. Text
// columns would refuse (PostgreSQL) or reinterpret (SQLite) bytes that are not UTF-8.
struct Bytes {
  std::string data;
  friend bool operator==(const Bytes&, const Bytes&) = default;
};

// A bound parameter or a column value: NULL, integer, real, text or bytes.
using Value = std::variant<std::nullptr_t, std::int64_t, double, std::string, Bytes>;
using Params = std::vector<Value>;

// Helpers to build Params from optional fields.
inline Value nullable(const std::optional<std::string>& s) {
  return s ? Value{*s} : Value{nullptr};
}
inline Value nullable(const std::optional<std::int64_t>& i) {
  return i ? Value{*i} : Value{nullptr};
}

// One row of a query result. Accessors assert the column's type in debug builds.
class Row {
 public:
  explicit Row(std::vector<Value> values) : values_(std::move(values)) {}
  std::size_t size() const { return values_.size(); }
  bool is_null(std::size_t i) const {
    return std::holds_alternative<std::nullptr_t>(values_.at(i));
  }
  // The text of column i; "" for NULL.
  std::string text(std::size_t i) const;
  // The integer of column i; 0 for NULL. Text holding digits is converted.
  std::int64_t integer(std::size_t i) const;
  double real(std::size_t i) const;
  // The bytes of a BLOB/BYTEA column i (a text column's characters); "" for NULL.
  std::string bytes(std::size_t i) const;
  std::optional<std::string> optional_text(std::size_t i) const;
  std::optional<std::int64_t> optional_integer(std::size_t i) const;
  const Value& value(std::size_t i) const { return values_.at(i); }
  // The values, handed back so that a backend can refill them for the next row.
  std::vector<Value> take_values() && { return std::move(values_); }

 private:
  std::vector<Value> values_;
};

using Rows = std::vector<Row>;

// One connection. Not thread-safe: a session is used by one thread at a time.
class Session {
 public:
  virtual ~Session() = default;
  virtual Dialect dialect() const = 0;
  // Runs one statement and returns its rows (empty for statements without results).
  virtual Result<Rows> query(std::string_view sql, const Params& params = {}) = 0;
  // Runs one query and hands each row to `visit` as it is read instead of keeping them all:
  // for the few reads of a million rows (the network's ties). The row lives only for the call,
  // and `visit` must not use the session meanwhile (SQLite is still stepping the statement).
  virtual Status for_each_row(std::string_view sql, const Params& params,
                              const std::function<void(const Row&)>& visit);
  // Runs one statement and returns the number of rows it changed.
  virtual Result<std::int64_t> execute(std::string_view sql, const Params& params = {}) = 0;
  // Runs several statements without parameters (migrations).
  virtual Status execute_script(std::string_view sql) = 0;
  // Starts a transaction that will write; SQLite takes the write lock at once.
  virtual Status begin() = 0;
  virtual Status commit() = 0;
  virtual Status rollback() = 0;

  // The first row of a query, or not_found worded by `not_found`.
  Result<Row> query_one(std::string_view sql, const Params& params = {},
                        const Message& not_found = Msg::no_such_record);
};

// A database: a pool of sessions over one store.
class Database {
 public:
  virtual ~Database() = default;
  virtual Dialect dialect() const = 0;
  // A URL-like description with any password removed, for logs.
  virtual std::string describe() const = 0;
  // Opens a new session (connection) to the store.
  virtual Result<std::unique_ptr<Session>> open_session() = 0;
  // Writes a consistent copy of the whole database to `path` while others keep working.
  virtual Status backup_to(const std::string& path) = 0;
};

// Opens a database from `sqlite:PATH` or `postgresql://…` (also `postgres://…`).
Result<std::shared_ptr<Database>> open_database(const std::string& url);

// A small pool of sessions over a Database, safe to use from many threads.
class SessionPool {
 public:
  explicit SessionPool(std::shared_ptr<Database> db, std::size_t max_idle = 8);
  ~SessionPool();

  // A session on loan; it returns to the pool when the lease is destroyed.
  class Lease {
   public:
    Lease(SessionPool* pool, std::unique_ptr<Session> session)
        : pool_(pool), session_(std::move(session)) {}
    Lease(Lease&&) noexcept = default;
    // The session held so far goes back to its pool first (the pool counts what is on loan).
    Lease& operator=(Lease&& other) noexcept {
      if (this != &other) {
        if (pool_ && session_) pool_->returned(broken_ ? nullptr : std::move(session_));
        pool_ = other.pool_;
        session_ = std::move(other.session_);
        broken_ = other.broken_;
      }
      return *this;
    }
    ~Lease();
    Session& operator*() { return *session_; }
    Session* operator->() { return session_.get(); }
    // Marks the session broken so it is closed instead of reused.
    void discard() { broken_ = true; }

   private:
    SessionPool* pool_;
    std::unique_ptr<Session> session_;
    bool broken_ = false;
  };

  Result<Lease> acquire();
  // For /metrics: sessions waiting in the pool, on loan now, and opened since the start.
  struct Stats {
    std::size_t idle = 0;
    std::size_t leased = 0;
    std::uint64_t opened = 0;
  };
  Stats stats() const;
  Database& database() { return *db_; }
  std::shared_ptr<Database> shared_database() { return db_; }

 private:
  // A lease ended: its session back to the pool, or null when it was broken (closed).
  void returned(std::unique_ptr<Session> session);
  struct State;
  std::shared_ptr<Database> db_;
  std::unique_ptr<State> state_;
};

// Runs `work` in a transaction: commits if it returns a value, rolls back on an error or a
// thrown exception (which is rethrown). Nothing is half-written either way.
template <typename Work>
auto in_transaction(Session& session, Work&& work) -> decltype(work(session)) {
  SAMLA_TRY(session.begin());
  try {
    auto result = work(session);
    if (!result.ok()) {
      (void)session.rollback();
      return result;
    }
    Status committed = session.commit();
    if (!committed.ok()) {
      (void)session.rollback();
      return committed.error();
    }
    return result;
  } catch (...) {
    (void)session.rollback();
    throw;
  }
}

// Runs `work(session)` in a session from `pool`, inside one transaction when `write` (see
// in_transaction). The one way a use case gets its session.
template <typename Work>
auto with_session(SessionPool& pool, bool write, Work&& work)
    -> decltype(work(std::declval<Session&>())) {
  SAMLA_ASSIGN(auto lease, pool.acquire());
  if (!write) return work(*lease);
  return in_transaction(*lease, std::forward<Work>(work));
}

}  // namespace samla::storage
