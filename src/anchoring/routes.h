// The anchoring records' HTTP routes: /api/v1/anchoring.
#pragma once

#include <vector>

#include "anchoring/service.h"
#include "http/api.h"

namespace samla::anchoring {

std::vector<http::Route> routes(AnchoringService& service);

}  // namespace samla::anchoring
