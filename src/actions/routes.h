// The action plans' HTTP routes: /api/v1/action-plans, /api/v1/actions (the board, with its
// filters), /api/v1/actions/{id}/updates, /api/v1/my/actions, /api/v1/action-settings and
// POST /api/v1/events/{id}/outcomes/{outcome_id}/promote.
#pragma once

#include <vector>

#include "actions/service.h"
#include "http/api.h"

namespace samla::actions {

std::vector<http::Route> routes(ActionsService& service);
// E-mail about actions: the unsubscribe link's target and one's own setting (mail_routes.cc).
void add_mail_routes(std::vector<http::Route>& out, ActionsService& service);

}  // namespace samla::actions
