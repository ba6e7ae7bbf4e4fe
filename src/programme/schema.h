// The programmes' tables (migration 31): programmes with their goals, workstreams and member
// organisations, phases with milestones and gate criteria, and the default programme that
// holds every record made without naming one. Later capabilities add programme_id to their
// own tables (kickoff lists, events, groups, action plans, reports).
#pragma once

#include <string>
#include <vector>

#include "storage/migrations.h"

namespace samla::programme {

std::vector<storage::Migration> migrations();

// SQL for a later capability's migration: adds programme_id to `table`, puts every existing row
// into the default programme, and indexes it.
std::string programme_column_sql(const std::string& table);

}  // namespace samla::programme
