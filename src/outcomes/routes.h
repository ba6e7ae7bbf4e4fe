// The outcomes' HTTP routes: /api/v1/events/{id}/outcomes and its items, and their order.
#pragma once

#include <vector>

#include "http/api.h"
#include "outcomes/service.h"

namespace samla::outcomes {

std::vector<http::Route> routes(OutcomesService& service);

}  // namespace samla::outcomes
