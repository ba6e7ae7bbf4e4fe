// Suggested introductions: two people not yet connected who share a theme and whose meeting
// would bridge communities or countries, each with its reason in words.
#pragma once

#include <string>
#include <vector>

#include "network/metrics.h"
#include "network/model.h"

namespace samla::network {

struct Introduction {
  std::size_t a = 0, b = 0;  // node indices (people)
  double score = 0;
  std::vector<std::string> shared_themes;
  bool bridges_communities = false;
  bool bridges_countries = false;
};

// At most `limit` suggestions, best first. A pair scores one point per shared theme, one for
// joining two communities, one for joining two countries, plus the mean of their
// eigenvector centralities (well-connected people carry an introduction further). Only
// people tied to someone are considered (an isolate needs a first contact, not a bridge),
// and of them the `candidates` with the highest weighted degree, so the work stays bounded
// on a large network.
std::vector<Introduction> suggest_introductions(const Graph& g, const Metrics& m,
                                                std::size_t limit = 20,
                                                std::size_t candidates = 400);

// "Both work on stigma_reduction; they would join communities 1 and 3 and countries SE and
// FI." (theme slugs; the web UI names them).
std::string reason_of(const Graph& g, const Metrics& m, const Introduction& i);

}  // namespace samla::network
