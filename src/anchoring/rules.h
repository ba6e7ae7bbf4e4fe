// What an anchoring record must be before it is stored, checked without the database: its
// level one of levels(); a formal decision names the body and the date; a change that lowers
// the level says why.
#pragma once

#include <vector>

#include "anchoring/model.h"
#include "core/result.h"

namespace samla::anchoring {

// `before` is the stored record when `a` changes it (none for a new one).
std::vector<FieldError> check_anchoring(const Anchoring& a, const Anchoring* before);

}  // namespace samla::anchoring
