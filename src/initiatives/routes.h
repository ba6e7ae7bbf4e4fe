// The initiative list's HTTP routes: /api/v1/initiatives, their ratings and transitions, and
// each programme's weights.
#pragma once

#include <vector>

#include "http/api.h"
#include "initiatives/service.h"

namespace samla::initiatives {

std::vector<http::Route> routes(InitiativesService& service);

}  // namespace samla::initiatives
