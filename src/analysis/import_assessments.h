// Assessment columns in a register sheet: a sheet of 500 actors with Inflytande, Intresse,
// Inställning, Legitimitet and Brådska brings one dated assessment of each row's stakeholder,
// by the importing user (the CLI names one with --assessor), in the import's transaction.
#pragma once

#include <memory>
#include <optional>

#include "access/principal.h"
#include "register/import_extension.h"

namespace samla::analysis {

// The columns: influence, interest, attitude, legitimacy, urgency (all five or none on a row),
// and optionally assessed_on (else today) and assessment_rationale. `assessor` is whose
// judgement they are; without one, a sheet that has such columns is refused.
std::shared_ptr<const registry::ImportExtension> assessment_columns(
    std::optional<access::Principal> assessor);

}  // namespace samla::analysis
