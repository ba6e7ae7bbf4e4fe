// The programmes' HTTP routes: /api/v1/programmes, their phases and gates, and the templates.
#pragma once

#include <vector>

#include "http/api.h"
#include "programme/service.h"

namespace samla::programme {

std::vector<http::Route> routes(ProgrammeService& service);

}  // namespace samla::programme
