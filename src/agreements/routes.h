// The agreements' HTTP routes: /api/v1/agreements.
#pragma once

#include <vector>

#include "agreements/service.h"
#include "http/api.h"

namespace samla::agreements {

std::vector<http::Route> routes(AgreementsService& service);

}  // namespace samla::agreements
