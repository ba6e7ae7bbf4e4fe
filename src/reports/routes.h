// The reports' HTTP routes: /api/v1/reports with their formats, review, comments and public
// link, and the public reading through a link's token.
#pragma once

#include <vector>

#include "http/api.h"
#include "reports/service.h"

namespace samla::reports {

std::vector<http::Route> routes(ReportsService& service);
// A rendered report as an answer: HTML in place with the report's own narrow policy, the other
// formats as downloads. Also the own page's (rights) answer.
http::Response rendered_answer(const Result<Rendered>& rendered);

}  // namespace samla::reports
