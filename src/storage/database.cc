#include "storage/database.h"

#include <charconv>
#include <mutex>

#include "storage/postgres/postgres_database.h"
#include "storage/sqlite/sqlite_database.h"

namespace samla::storage {

std::string Row::text(std::size_t i) const {
  const Value& v = values_.at(i);
  if (auto* s = std::get_if<std::string>(&v)) return *s;
  if (auto* n = std::get_if<std::int64_t>(&v)) return std::to_string(*n);
  if (auto* d = std::get_if<double>(&v)) return std::to_string(*d);
  return "";
}

std::int64_t Row::integer(std::size_t i) const {
  const Value& v = values_.at(i);
  if (auto* n = std::get_if<std::int64_t>(&v)) return *n;
  if (auto* d = std::get_if<double>(&v)) return static_cast<std::int64_t>(*d);
  if (auto* s = std::get_if<std::string>(&v)) {
    std::int64_t out = 0;
    std::from_chars(s->data(), s->data() + s->size(), out);
    return out;
  }
  return 0;
}

double Row::real(std::size_t i) const {
  const Value& v = values_.at(i);
  if (auto* d = std::get_if<double>(&v)) return *d;
  if (auto* n = std::get_if<std::int64_t>(&v)) return static_cast<double>(*n);
  if (auto* s = std::get_if<std::string>(&v)) return std::strtod(s->c_str(), nullptr);
  return 0;
}

std::string Row::bytes(std::size_t i) const {
  const Value& v = values_.at(i);
  if (auto* b = std::get_if<Bytes>(&v)) return b->data;
  return text(i);
}

std::optional<std::string> Row::optional_text(std::size_t i) const {
  if (is_null(i)) return std::nullopt;
  return text(i);
}

std::optional<std::int64_t> Row::optional_integer(std::size_t i) const {
  if (is_null(i)) return std::nullopt;
  return integer(i);
}

// PostgreSQL's client reads the whole result anyway; SQLite steps row by row (its override).
Status Session::for_each_row(std::string_view sql, const Params& params,
                             const std::function<void(const Row&)>& visit) {
  SAMLA_ASSIGN(Rows rows, query(sql, params));
  for (const Row& row : rows) visit(row);
  return ok_status();
}

Result<Row> Session::query_one(std::string_view sql, const Params& params,
                               const Message& not_found) {
  SAMLA_ASSIGN(Rows rows, query(sql, params));
  if (rows.empty()) return Error(ErrorCode::not_found, not_found);
  return std::move(rows.front());
}

Result<std::shared_ptr<Database>> open_database(const std::string& url) {
  if (url.rfind("sqlite:", 0) == 0) {
    std::string path = url.substr(7);
    if (path.rfind("//", 0) == 0) path = path.substr(2);
    if (path.empty()) return hidden_error(ErrorCode::invalid, "sqlite: URL needs a file path");
    return open_sqlite_database(path);
  }
  if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0) {
    return open_postgres_database(url);
  }
  return hidden_error(
      ErrorCode::invalid,
      "Unknown database URL '" + url + "': use sqlite:PATH or postgresql://USER@HOST:PORT/NAME");
}

struct SessionPool::State {
  std::mutex mutex;
  std::vector<std::unique_ptr<Session>> idle;
  std::size_t max_idle = 8;
  std::size_t leased = 0;
  std::uint64_t opened = 0;
};

SessionPool::SessionPool(std::shared_ptr<Database> db, std::size_t max_idle)
    : db_(std::move(db)), state_(std::make_unique<State>()) {
  state_->max_idle = max_idle;
}

SessionPool::~SessionPool() = default;

SessionPool::Lease::~Lease() {
  if (!pool_ || !session_) return;  // moved from
  pool_->returned(broken_ ? nullptr : std::move(session_));
}

Result<SessionPool::Lease> SessionPool::acquire() {
  {
    std::lock_guard lock(state_->mutex);
    if (!state_->idle.empty()) {
      auto session = std::move(state_->idle.back());
      state_->idle.pop_back();
      ++state_->leased;
      return Lease(this, std::move(session));
    }
  }
  SAMLA_ASSIGN(auto session, db_->open_session());
  std::lock_guard lock(state_->mutex);
  ++state_->leased;
  ++state_->opened;
  return Lease(this, std::move(session));
}

void SessionPool::returned(std::unique_ptr<Session> session) {
  std::lock_guard lock(state_->mutex);
  --state_->leased;
  if (session && state_->idle.size() < state_->max_idle) state_->idle.push_back(std::move(session));
}

SessionPool::Stats SessionPool::stats() const {
  std::lock_guard lock(state_->mutex);
  return {state_->idle.size(), state_->leased, state_->opened};
}

}  // namespace samla::storage
