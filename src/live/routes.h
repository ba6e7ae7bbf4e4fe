// The live sessions' HTTP routes: /api/v1/live for facilitators (Action::run_live_sessions),
// /api/v1/live/join and /api/v1/live/me/… for participants, who send the token they got on
// joining as X-Live-Token.
#pragma once

#include <vector>

#include "http/api.h"
#include "live/service.h"

namespace samla::live {

std::vector<http::Route> routes(LiveService& service);

// Groups of ideas, opinion groups, promotion and finding a session by one's personal link
// (live/routes_record.cc).
void add_record_routes(std::vector<http::Route>& out, LiveService* svc);

}  // namespace samla::live
