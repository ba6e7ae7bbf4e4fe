// What a programme and a phase must be before they are stored, checked without the database
// (references are checked by the store). Each returns every problem, named by its field.
#pragma once

#include <cstddef>
#include <vector>

#include "core/result.h"
#include "programme/model.h"

namespace samla::programme {

constexpr std::size_t kMaxGoals = 50;
constexpr std::size_t kMaxWorkstreams = 20;
constexpr std::size_t kMaxMembers = 2000;
constexpr std::size_t kMaxPhases = 30;
constexpr std::size_t kMaxMilestones = 50;
constexpr std::size_t kMaxCriteria = 20;

std::vector<FieldError> check_programme(const Programme& p);
std::vector<FieldError> check_phase(const Phase& p);
// The phase's planned dates against its neighbours in the programme's order (either may be
// absent): phases may overlap, but a phase does not start before the one before it starts,
// nor end after the one after it ends.
std::vector<FieldError> check_phase_order(const Phase& p, const Phase* before, const Phase* after,
                                          bool swedish);

}  // namespace samla::programme
