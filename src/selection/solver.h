// Solves a selection exactly as an integer program with GLPK (presolve, time limit).
//
//   maximise   Σ score_i · x_i  −  M · Σ_r Σ_u u · s_{r,u}
//   subject to Σ x_i = seats;  pinned x_i = 1;  excluded x_i = 0
//              Σ_{i ∈ row} x_i + Σ_u s_{r,u} ≥ bound   (at-least rows)
//              Σ_{i ∈ row} x_i − Σ_u s_{r,u} ≤ bound   (at-most rows)
//              x_i, s_{r,u} ∈ {0, 1}
//
// M exceeds any possible score total, so the solver first comes as close to the quotas as it
// can and only then maximises the score. A row missed by s costs M·s(s+1)/2 (its u-th unit
// of slack costs u·M), so misses spread over conflicting quotas instead of piling onto one:
// the answer is the closest selection, and each row's slack says by how much it is missed.
#pragma once

#include "core/result.h"
#include "selection/model.h"

namespace samla::selection {

// The score parts of one candidate under `w`.
ChosenCandidate score_of(const Candidate& c, const Weights& w);

// The quota rows `problem` expands to (one per country of a group, per organisation, …).
std::vector<QuotaRow> expand(const Problem& problem);

// 422 naming the field for a problem that cannot be posed: seats below 1 or above the pool,
// more pinned than seats, a pinned or excluded id not in the pool, a person both pinned and
// excluded, a share outside 0–1, negative counts.
std::vector<FieldError> check(const Problem& problem);

Result<Selection> solve(const Problem& problem);

}  // namespace samla::selection
