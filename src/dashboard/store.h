// The dashboard's one read: a programme's facts (store.cc), inside a caller's session.
#pragma once

#include <cstdint>

#include "core/result.h"
#include "dashboard/model.h"
#include "storage/database.h"

namespace samla::dashboard::store {

// Everything figures_for needs about programme `programme_id`: its events held and their
// attendance, groups and members, actions with their status changes and the people and
// organisations named on them, the organisations' commitment to the programme over time (not to
// its initiatives: one count per organisation), every country group, and the people these name
// (country, organisation, perspectives).
Result<Facts> read_facts(storage::Session& s, std::int64_t programme_id);

}  // namespace samla::dashboard::store
