// The analysis views, computed from assessments (pure: no storage).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "analysis/model.h"

namespace samla::analysis {

// One view per assessed stakeholder in `assessments` (oldest first, as all_assessments reads
// them), highest priority first (then by name). The consensus is over the latest assessment
// of each assessor (by date, then by entry); `positions` is that consensus as of each date
// on which the stakeholder was assessed.
std::vector<StakeholderView> build_views(const std::vector<Assessment>& assessments,
                                         const std::map<Subject, Profile>& profiles,
                                         const ViewOptions& options);

}  // namespace samla::analysis
