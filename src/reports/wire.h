// Reports on the wire: one field table gives the writer, the reader and the Report,
// ReportInput and ReportPatch schemas; comments and the public link beside them.
#pragma once

#include <nlohmann/json.hpp>

#include "core/result.h"
#include "reports/model.h"

namespace samla::reports {

nlohmann::json to_json(const Report& r);
nlohmann::json to_json(const Comment& c);
// `j` read onto `start` (a PATCH: what it leaves out stays as in `start`).
Result<Report> report_from_json(const nlohmann::json& j, Report start = {});

// components.schemas: Report, ReportInput, ReportPatch, ReportList, ReportTransition,
// ReportComment, ReportCommentInput, ReportCommentList, ReportPublicLink.
nlohmann::json openapi_schemas();

}  // namespace samla::reports
