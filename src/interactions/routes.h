// The interactions' HTTP routes: /api/v1/interactions.
#pragma once

#include <vector>

#include "http/api.h"
#include "interactions/service.h"

namespace samla::interactions {

std::vector<http::Route> routes(InteractionsService& service);

}  // namespace samla::interactions
