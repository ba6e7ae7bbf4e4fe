#include "access/service.h"

#include <cstdlib>
#include <string_view>
#include "access/credentials.h"
#include "access/service_state.h"
#include "http/api.h"

namespace samla::access {

AccessService::AccessService(storage::SessionPool& pool, SessionPolicy policy)
    : pool_(pool), policy_(policy), state_(std::make_unique<State>()) {
  credentials::ensure_initialized();
}

AccessService::~AccessService() = default;

void AccessService::set_clock(std::function<TimePoint()> clock) {
  state_->clock = std::move(clock);
}

bool AccessService::secure_cookies() const {
  const char* forced = std::getenv("SAMLA_COOKIE_SECURE");
  return secure_cookies_ || (forced && std::string_view(forced) == "1");
}

Result<Page<AuditEntry>> AccessService::list_audit(const AuditQuery& query) {
  SAMLA_ASSIGN(auto lease, pool_.acquire());
  return access::list_audit(*lease, query);
}

}  // namespace samla::access
