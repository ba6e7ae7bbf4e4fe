// The network's rules, pure so each is a table test (rules_test.cc).
#pragma once

#include <vector>

#include "core/result.h"
#include "network/model.h"

namespace samla::network {

// Every check that needs no database: a known type and source, strength 1–3, real dates with
// the end not before the start, no tie to oneself. Each error names its field.
std::vector<FieldError> check_tie(const Tie& t);

// Whether `text` is a day that exists, written YYYY-MM-DD.
bool is_real_day(const std::string& text);

// Whether a tie is part of the network on `day` (YYYY-MM-DD).
bool tie_holds_on(const Tie& t, const std::string& day);

}  // namespace samla::network
