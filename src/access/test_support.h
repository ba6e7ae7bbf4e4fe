// Shared by the access module's tests: a real, migrated database (a temporary SQLite file or a
// fresh PostgreSQL schema), an AccessService over it with a clock the test moves by hand,
// and helpers to build requests.
#pragma once

#include <gtest/gtest.h>

#include "access/service.h"
#include "app/capability.h"
#include "core/test_assertions.h"
#include "http/api.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/testing.h"

namespace samla::access::testing {

inline constexpr const char* kPassword = "correct horse battery staple";

// A migrated database and an AccessService on `backend` ("sqlite" or "postgres").
class AccessFixture {
 protected:
  void open(const std::string& backend, SessionPolicy policy = {}) {
    test_db_ = get(storage::testing::TestDatabase::create(backend), "test database");
    db_ = test_db_->database();
    pool_ = std::make_unique<storage::SessionPool>(db_);
    session_ = get(db_->open_session(), "open_session");
    get(storage::migrate(*session_, app::migrations_through("access")), "migrate");
    service_ = std::make_unique<AccessService>(*pool_, policy);
    now_ = samla::now();
    service_->set_clock([this] { return now_; });
  }

  void close() {
    service_.reset();
    session_.reset();
    pool_.reset();
    db_.reset();
    test_db_.reset();
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

  std::unique_ptr<storage::testing::TestDatabase> test_db_;
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
