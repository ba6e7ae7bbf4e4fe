// A fixture that gives each register test a migrated, empty database on each backend.
#pragma once

#include <gtest/gtest.h>

#include "access/audit.h"
#include "access/service.h"
#include "app/test_support.h"
#include "register/service.h"

namespace samla::registry::testing {

class RegisterTest : public app::testing::MigratedDatabaseTest {
 protected:
  void SetUp() override {
    open_through("register");
    if (HasFatalFailure()) return;
    service_ = std::make_unique<RegisterService>(*pool_);
  }

  void TearDown() override {
    service_.reset();
    MigratedDatabaseTest::TearDown();
  }

  access::Principal coordinator() const {
    return {1, "Coordinator", access::Role::coordinator, std::nullopt};
  }
  access::Principal observer() const {
    return {2, "Observer", access::Role::observer, std::nullopt};
  }
  Viewer as_coordinator(Language language = Language::en) const {
    return {coordinator(), language};
  }
  Viewer as_observer() const { return {observer(), Language::en}; }

  Organisation make_organisation(const std::string& name, const std::string& sector = "agency",
                                 std::optional<std::string> country = "SE") {
    Organisation o;
    o.name = name;
    o.sector = sector;
    o.level = "national";
    o.country = std::move(country);
    auto created = service_->create_organisation(o, coordinator());
    EXPECT_TRUE(created.ok()) << (created.ok() ? "" : created.error().message);
    return created.ok() ? created.value() : o;
  }

  Person make_person(const std::string& name, std::optional<std::int64_t> organisation_id = {},
                     std::vector<std::string> perspectives = {"researcher"},
                     std::optional<std::string> country = "SE") {
    Person p;
    p.name = name;
    p.organisation_id = organisation_id;
    p.perspectives = std::move(perspectives);
    p.country = std::move(country);
    p.lived_experience_consent_on = "2026-01-15";  // kept only with explicit consent
    auto created = service_->create_person(p, coordinator());
    EXPECT_TRUE(created.ok()) << (created.ok() ? "" : created.error().message);
    return created.ok() ? created.value() : p;
  }

  std::int64_t audit_count(const std::string& record_type) {
    auto lease = pool_->acquire();
    access::AuditQuery q;
    q.record_type = record_type;
    auto page = access::list_audit(**lease, q);
    EXPECT_TRUE(page.ok());
    return page.ok() ? page->total : -1;
  }

  std::unique_ptr<RegisterService> service_;
};

inline std::string backend_name(const ::testing::TestParamInfo<std::string>& info) {
  return info.param;
}

}  // namespace samla::registry::testing
