// The score of an initiative from its ratings: per criterion the raters' mean, range and
// standard deviation, and the weighted mean of the criteria's means. Pure; table-tested.
#pragma once

#include <vector>

#include "initiatives/model.h"

namespace samla::initiatives {

Score score(const std::vector<Rating>& ratings, const Weights& weights);

// Initiatives by weighted score, highest first; those nobody rated last; ties by id.
void rank(std::vector<Initiative>& list);

}  // namespace samla::initiatives
