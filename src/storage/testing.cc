#include "storage/testing.h"

#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <random>

namespace samla::storage::testing {
namespace {

// Digits and underscores only, so it may end a schema or database name unquoted.
std::string unique_suffix() {
  static std::atomic<int> counter{0};
  std::random_device random;
  return std::to_string(getpid()) + "_" + std::to_string(counter++) + "_" +
         std::to_string(random() % 100000);
}

// Runs one statement on the test server's own database.
Status administer(const std::string& base_url, const std::string& sql) {
  SAMLA_ASSIGN(auto admin, open_database(base_url));
  SAMLA_ASSIGN(auto session, admin->open_session());
  return session->execute_script(sql);
}

// `url` with its database (the URI's path) replaced by `database`, keeping the query.
std::string with_database(const std::string& url, const std::string& database) {
  std::size_t scheme = url.find("://");
  std::size_t path = url.find_first_of("/?", scheme == std::string::npos ? 0 : scheme + 3);
  if (path == std::string::npos) return url + "/" + database;
  std::size_t query = url.find('?', path);
  return url.substr(0, path) + "/" + database +
         (query == std::string::npos ? "" : url.substr(query));
}

}  // namespace

std::vector<std::string> test_backends() {
  // PostgreSQL is part of every run (make test starts a server); a developer without one
  // may opt out explicitly with SAMLA_ALLOW_NO_POSTGRES=1 instead of silently skipping.
  std::vector<std::string> out{"sqlite"};
  const char* url = std::getenv("SAMLA_TEST_POSTGRES_URL");
  const char* allow_none = std::getenv("SAMLA_ALLOW_NO_POSTGRES");
  bool opted_out = allow_none && std::string(allow_none) == "1";
  if ((url && *url) || !opted_out) out.emplace_back("postgres");
  return out;
}

Result<std::unique_ptr<TestDatabase>> TestDatabase::create(const std::string& backend,
                                                           Isolation isolation) {
  std::unique_ptr<TestDatabase> t(new TestDatabase());
  std::string name = "test_" + unique_suffix();
  t->directory_ = std::filesystem::temp_directory_path() / ("samla_" + name);
  std::error_code ec;
  std::filesystem::create_directories(t->directory_, ec);
  if (ec)
    return hidden_error(ErrorCode::internal,
                        "cannot create " + t->directory_.string() + ": " + ec.message());
  if (backend == "sqlite") {
    t->url_ = "sqlite:" + (t->directory_ / "test.db").string();
    SAMLA_ASSIGN(t->database_, open_database(t->url_));
    return t;
  }
  if (backend != "postgres")
    return hidden_error(ErrorCode::invalid, "unknown test backend: " + backend);
  const char* base = std::getenv("SAMLA_TEST_POSTGRES_URL");
  if (!base || !*base)
    return hidden_error(
        ErrorCode::unavailable,
        "SAMLA_TEST_POSTGRES_URL is not set: run the tests through scripts/with-postgres.sh");
  t->base_url_ = base;
  if (isolation == Isolation::schema) {
    SAMLA_TRY(administer(t->base_url_, "CREATE SCHEMA " + name));
    t->drop_ = "DROP SCHEMA IF EXISTS " + name + " CASCADE";
    t->url_ = t->base_url_ + (t->base_url_.find('?') == std::string::npos ? "?" : "&") +
              "options=-csearch_path%3D" + name;
  } else {
    SAMLA_TRY(administer(t->base_url_, "CREATE DATABASE " + name));
    t->drop_ = "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)";
    t->url_ = with_database(t->base_url_, name);
  }
  SAMLA_ASSIGN(t->database_, open_database(t->url_));
  return t;
}

TestDatabase::~TestDatabase() {
  database_.reset();
  if (!drop_.empty()) (void)administer(base_url_, drop_);
  std::error_code ec;
  if (!directory_.empty()) std::filesystem::remove_all(directory_, ec);
}

}  // namespace samla::storage::testing
