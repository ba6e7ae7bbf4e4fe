// Shared by the access module's tests: a real, migrated database in a temporary folder (or a
// fresh PostgreSQL schema), an AccessService over it with a clock the test moves by hand,
// and helpers to build requests.
#pragma once

#include <gtest/gtest.h>
#include <stdlib.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <random>
#include <stdexcept>

#include "access/service.h"
#include "http/api.h"
#include "storage/database.h"
#include "storage/migrations.h"

namespace samla::access::testing {

namespace fs = std::filesystem;

#define ASSERT_OK(expr)                                                          \
  do {                                                                           \
    auto&& assert_ok_ = (expr);                                                  \
    ASSERT_TRUE(assert_ok_.ok()) << #expr << ": " << assert_ok_.error().message; \
  } while (0)

// The value of `r`, or a failed test: the exception ends the test body and gtest reports it.
template <typename T>
T get(Result<T> r, const char* what = "operation") {
  if (!r.ok()) {
    ADD_FAILURE() << what << " failed: " << r.error().message;
    throw std::runtime_error(r.error().message);
  }
  return std::move(r).value();
}

inline const char* env(const char* name) {
  const char* v = std::getenv(name);
  return v && *v ? v : nullptr;
}

inline constexpr const char* kPassword = "correct horse battery staple";

// A migrated database and an AccessService on `backend` ("sqlite" or "postgres").
class AccessFixture {
 protected:
  void open(const std::string& backend, SessionPolicy policy = {}) {
    std::string pattern = (fs::temp_directory_path() / "samla-access-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
    dir_ = pattern;
    std::string url = "sqlite:" + (dir_ / "access.db").string();
    if (backend == "postgres") {
      const char* base = env("SAMLA_TEST_POSTGRES_URL");
      if (!base) {
        const char* allow = env("SAMLA_ALLOW_NO_POSTGRES");
        if (allow && std::string(allow) == "1") {
          GTEST_SKIP() << "SAMLA_TEST_POSTGRES_URL is unset and SAMLA_ALLOW_NO_POSTGRES=1";
        }
        FAIL() << "SAMLA_TEST_POSTGRES_URL is not set. Run the tests through "
                  "scripts/with-postgres.sh, or set SAMLA_ALLOW_NO_POSTGRES=1 to skip PostgreSQL.";
      }
      // A fresh schema per test, reached through the connection's search_path.
      static std::atomic<int> counter{0};
      schema_ = "access_" + std::to_string(getpid()) + "_" + std::to_string(++counter) + "_" +
                std::to_string(std::random_device{}() % 100000);
      admin_ = get(get(storage::open_database(base), "connect")->open_session(), "admin");
      ASSERT_OK(admin_->execute_script("CREATE SCHEMA " + schema_));
      url = std::string(base) + (std::string(base).find('?') == std::string::npos ? "?" : "&") +
            "options=-csearch_path%3D" + schema_;
    }
    db_ = get(storage::open_database(url), "open_database");
    pool_ = std::make_unique<storage::SessionPool>(db_);
    session_ = get(db_->open_session(), "open_session");
    get(storage::migrate(*session_, migrations()), "migrate");
    service_ = std::make_unique<AccessService>(*pool_, policy);
    now_ = samla::now();
    service_->set_clock([this] { return now_; });
  }

  void close() {
    service_.reset();
    session_.reset();
    pool_.reset();
    db_.reset();
    if (admin_ && !schema_.empty())
      (void)admin_->execute_script("DROP SCHEMA IF EXISTS " + schema_ + " CASCADE");
    admin_.reset();
    std::error_code ec;
    if (!dir_.empty()) fs::remove_all(dir_, ec);
  }

  // Moves the service's clock forward.
  void advance(std::chrono::seconds by) { now_ += by; }

  User make_user(const std::string& name, Role role = Role::coordinator) {
    return get(service_->create_user(name, role, kPassword, system_principal()), "create_user");
  }

  std::int64_t count(const std::string& sql, const storage::Params& params = {}) {
    return get(session_->query_one(sql, params), "count").integer(0);
  }

  static http::Request request(std::string method,
                               std::map<std::string, std::string> headers = {}) {
    http::Request r;
    r.method = std::move(method);
    r.path = r.target = "/api/v1/session";
    r.headers = std::move(headers);
    r.remote_address = "127.0.0.1";
    return r;
  }
  static http::Request with_cookie(std::string method, const LoginResult& login,
                                   std::optional<std::string> csrf = std::nullopt) {
    std::map<std::string, std::string> headers{
        {"cookie", "theme=dark; samla_session=" + login.session_secret}};
    if (csrf) headers["x-csrf-token"] = *csrf;
    return request(std::move(method), std::move(headers));
  }
  static http::Request with_bearer(std::string method, const std::string& secret) {
    return request(std::move(method), {{"authorization", "Bearer " + secret}});
  }

  fs::path dir_;
  std::string schema_;
  std::unique_ptr<storage::Session> admin_;
  std::shared_ptr<storage::Database> db_;
  std::unique_ptr<storage::SessionPool> pool_;
  std::unique_ptr<storage::Session> session_;  // for the tests' own checks
  std::unique_ptr<AccessService> service_;
  TimePoint now_;
};

// A fixture on SQLite.
class AccessTest : public ::testing::Test, protected AccessFixture {
 protected:
  void SetUp() override { open("sqlite"); }
  void TearDown() override { close(); }
};

// A fixture run once per backend.
class AccessBackendTest : public ::testing::TestWithParam<std::string>, protected AccessFixture {
 protected:
  void SetUp() override { open(GetParam()); }
  void TearDown() override { close(); }
};

}  // namespace samla::access::testing
