// Versioned writes. Every record carries a version; a write names the version it read
// (`UPDATE … WHERE id = ? AND version = ?`), so a change made between our read and our write
// is caught. Only the count of changed rows tells: on PostgreSQL two transactions can read
// the same version side by side, and the second one's UPDATE waits for the first to commit
// and then changes no row without failing. So every versioned write goes through here.
#pragma once

#include <string_view>

#include "storage/database.h"

namespace samla::storage {

// Runs `sql`, a write of one record conditional on the version read before (an UPDATE or
// DELETE `… WHERE id = ? AND version = ?`, or an INSERT … ON CONFLICT DO NOTHING of a record
// read as absent), and fails unless it changed exactly one row: none is precondition_failed
// naming `what` ("event", "tie"), more than one is internal (the statement is wrong). Other
// errors of the statement come back as they are.
Status execute_versioned(Session& s, std::string_view sql, const Params& params,
                         std::string_view what);

}  // namespace samla::storage
