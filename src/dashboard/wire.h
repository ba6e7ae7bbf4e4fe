// The dashboard on the wire: its JSON (Dashboard in the OpenAPI document) and the same
// figures as one table, a row per quarter, for the CSV and XLSX download.
#pragma once

#include <nlohmann/json.hpp>

#include "dashboard/model.h"
#include "register/exporter.h"

namespace samla::dashboard {

nlohmann::json to_json(const Dashboard& d);
// Columns: quarter, starts_on, ends_on, to_date, the figures, then one column per country group
// (participation_country_group_SLUG) and per perspective shown (participation_perspective_KEY).
registry::ExportTable dashboard_table(const Dashboard& d);
// components.schemas: Dashboard.
nlohmann::json openapi_schemas();

}  // namespace samla::dashboard
