// The resource library's HTTP routes: /api/v1/resources and each resource's file.
#pragma once

#include <vector>

#include "http/api.h"
#include "resources/service.h"

namespace samla::resources {

std::vector<http::Route> routes(ResourcesService& service);

}  // namespace samla::resources
