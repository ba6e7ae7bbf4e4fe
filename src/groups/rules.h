// What makes a follow-up group valid. Pure: the store checks the references (people, themes).
#pragma once

#include <vector>

#include "core/result.h"
#include "groups/model.h"

namespace samla::groups {

inline constexpr std::size_t kMaxMembers = 500;
inline constexpr std::size_t kMaxDeliverables = 100;

// Every field error of `g`: kind from its vocabulary, a name, texts within their limits, dates
// (the end not before the start), each member with a role and a membership start not after its
// end, a person at most once at a time, each deliverable with a title and a status.
std::vector<FieldError> check_group(const Group& g);

}  // namespace samla::groups
