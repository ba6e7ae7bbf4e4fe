#include "storage/testing.h"

#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <random>

namespace samla::storage::testing {
namespace {

std::string unique_suffix() {
  static std::atomic<int> counter{0};
  std::random_device random;
  return std::to_string(getpid()) + "_" + std::to_string(counter++) + "_" + std::to_string(random() % 100000);
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

Result<std::unique_ptr<TestDatabase>> TestDatabase::create(const std::string& backend) {
  std::unique_ptr<TestDatabase> t(new TestDatabase());
  if (backend == "sqlite") {
    auto dir = std::filesystem::temp_directory_path() / ("samla_test_" + unique_suffix());
    std::filesystem::create_directories(dir);
    t->cleanup_ = dir.string();
    t->url_ = "sqlite:" + (dir / "test.db").string();
    SAMLA_ASSIGN(t->database_, open_database(t->url_));
    return t;
  }
  const char* base = std::getenv("SAMLA_TEST_POSTGRES_URL");
  if (!base || !*base)
    return make_error(ErrorCode::unavailable,
                      "SAMLA_TEST_POSTGRES_URL is not set: run the tests through scripts/with-postgres.sh");
  t->base_url_ = base;
  std::string schema = "test_" + unique_suffix();
  {
    SAMLA_ASSIGN(auto admin, open_database(t->base_url_));
    SAMLA_ASSIGN(auto session, admin->open_session());
    SAMLA_TRY(session->execute_script("CREATE SCHEMA " + schema));
  }
  t->cleanup_ = schema;
  t->url_ = t->base_url_ + (t->base_url_.find('?') == std::string::npos ? "?" : "&") +
            "options=-csearch_path%3D" + schema;
  SAMLA_ASSIGN(t->database_, open_database(t->url_));
  return t;
}

TestDatabase::~TestDatabase() {
  database_.reset();
  if (base_url_.empty()) {
    std::error_code ec;
    std::filesystem::remove_all(cleanup_, ec);
    return;
  }
  auto admin = open_database(base_url_);
  if (!admin.ok()) return;
  auto session = admin.value()->open_session();
  if (session.ok()) (void)session.value()->execute_script("DROP SCHEMA " + cleanup_ + " CASCADE");
}

}  // namespace samla::storage::testing
