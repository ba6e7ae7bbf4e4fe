// The events' HTTP routes under /api/v1: events with their lifecycle, and lessons learned.
#pragma once

#include <nlohmann/json.hpp>

#include <vector>

#include "events/service.h"
#include "http/api.h"

namespace samla::events {

std::vector<http::Route> routes(EventsService& service);
// The invitations', RSVP and outbox routes (invitation_routes.cc), part of routes().
void add_invitation_routes(std::vector<http::Route>& out, EventsService* service);
nlohmann::json openapi_schemas();

// The personal (RSVP) token a public request carries in X-RSVP-Token; 404 when none. The
// link carries it in its fragment, so it reaches neither logs nor Referer headers.
Result<std::string> rsvp_token(const http::Request& r);

}  // namespace samla::events
