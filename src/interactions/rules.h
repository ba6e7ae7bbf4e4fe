// What an interaction must be before it is stored, checked without the database: with a person
// or an organisation (or both), on a real day, through a known channel, with bounded texts and
// a real follow-up day that is not before the contact.
#pragma once

#include <vector>

#include "core/result.h"
#include "interactions/model.h"

namespace samla::interactions {

inline constexpr std::size_t kMaxSummary = 10000;  // characters

std::vector<FieldError> check_interaction(const Interaction& i);

}  // namespace samla::interactions
