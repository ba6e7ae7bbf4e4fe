// What an initiative, a rating and a programme's weights must be before they are stored,
// checked without the database (references are checked by the store).
#pragma once

#include <vector>

#include "core/result.h"
#include "initiatives/model.h"

namespace samla::initiatives {

std::vector<FieldError> check_initiative(const Initiative& i);
std::vector<FieldError> check_rating(const Rating& r);
std::vector<FieldError> check_weights(const Weights& w);

}  // namespace samla::initiatives
