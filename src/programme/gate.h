// A gate's criteria checked against the data now: each check's finding, and whether the gate
// may pass (every criterion met or signed off).
#pragma once

#include <vector>

#include "core/result.h"
#include "programme/model.h"
#include "storage/database.h"

namespace samla::programme {

// Fills each criterion's label (for a check), `met` and finding, and the phase's gate_ready.
Status evaluate_gate(storage::Session& s, const Programme& programme, Phase& phase);

// The criteria that stop the gate from passing, as field errors ("criteria[2]"), in
// `swedish` or English words.
std::vector<FieldError> unmet_criteria(const Phase& evaluated, bool swedish);

}  // namespace samla::programme
