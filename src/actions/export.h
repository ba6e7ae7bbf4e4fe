// The board as a sheet (CSV or XLSX, with the same filters as the board): one row per action,
// the parties by name, the flags as yes/no, so a coordinator can take the list to a meeting.
#pragma once

#include <string>
#include <vector>

#include "actions/model.h"
#include "register/exporter.h"

namespace samla::actions {

registry::ExportTable actions_table(const std::vector<Action>& actions);

}  // namespace samla::actions
