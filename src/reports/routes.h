// The reports' HTTP routes: /api/v1/reports with their formats, review, comments and public
// link, and the public reading through a link's token.
#pragma once

#include <vector>

#include "http/api.h"
#include "reports/service.h"

namespace samla::reports {

std::vector<http::Route> routes(ReportsService& service);

}  // namespace samla::reports
