// The demo programme's analysis: invented assessments of the demo register's people and
// organisations by two invented (disabled) assessors, on two dates so the grid shows
// movement, and one kickoff list built from them.
#pragma once

#include "access/principal.h"
#include "analysis/service.h"
#include "core/counts.h"
#include "core/result.h"
#include "storage/database.h"

namespace samla::analysis {

// Adds the demo assessments and a kickoff list when no assessment exists yet (so loading
// twice adds nothing, and real assessments are never mixed with invented ones). Needs the
// demo register (registry::load_demo) first; stakeholders missing from it are skipped.
// Counts the "assessments" and "kickoff lists" it added.
Result<Counts> load_demo_analysis(storage::SessionPool& pool, AnalysisService& service,
                                  const access::Principal& actor);

}  // namespace samla::analysis
