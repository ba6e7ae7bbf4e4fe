// The dashboard's HTTP routes: GET /api/v1/dashboard and /api/v1/dashboard/export.
#pragma once

#include <vector>

#include "dashboard/service.h"
#include "http/api.h"

namespace samla::dashboard {

std::vector<http::Route> routes(DashboardService& service);

}  // namespace samla::dashboard
