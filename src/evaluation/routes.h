// The evaluation's HTTP routes: an event's form and results, the follow-up messages, and the
// participant's side through the personal link (X-RSVP-Token, no account).
#pragma once

#include <vector>

#include "evaluation/service.h"
#include "http/api.h"

namespace samla::evaluation {

std::vector<http::Route> routes(EvaluationService& service);

}  // namespace samla::evaluation
