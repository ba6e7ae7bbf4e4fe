// The dashboard's use case: one read of the programme's facts, the figures of each quarter,
// the network's as of each quarter's end (from the network service and its cache), and what
// the viewer may not see taken out before anything is answered (JSON and the file alike).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "dashboard/model.h"
#include "network/service.h"
#include "privacy/pooled_service.h"

namespace samla::dashboard {

struct DashboardRequest {
  std::optional<std::int64_t> programme_id;  // none: the default programme
  std::optional<std::string> from, to;       // YYYY-Qn; none: the four quarters up to today's
  std::string today;                         // YYYY-MM-DD; the last quarter's figures are as of it
};

class DashboardService : public privacy::PooledService {
 public:
  DashboardService(storage::SessionPool& pool, network::NetworkService& network)
      : PooledService(pool), network_(network) {}

  // 422 naming `from` or `to` (not a quarter, out of order, more than kMaxQuarters) or
  // `programme_id` (no such programme).
  Result<Dashboard> dashboard(const DashboardRequest& request, const privacy::Viewer& viewer);

 private:
  network::NetworkService& network_;
};

}  // namespace samla::dashboard
