// The follow-up groups' HTTP routes: /api/v1/groups (CRUD) and /api/v1/groups/{id}/meetings.
#pragma once

#include <vector>

#include "groups/service.h"
#include "http/api.h"

namespace samla::groups {

std::vector<http::Route> routes(GroupsService& service);

}  // namespace samla::groups
