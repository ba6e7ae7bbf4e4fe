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

// The people an introduction may join, in order of weighted degree, at most `limit`: people
// with a theme of expertise who are tied to someone (an isolate needs a first contact, not a
// bridge). The bound keeps the pairs to try, and the ties to read, small on a large network.
std::vector<std::size_t> introduction_candidates(const Graph& g, const Metrics& m,
                                                 std::size_t limit = 400);

// At most `limit` suggestions among `candidates`, best first: pairs not joined by an edge of
// `g` nor in `tied` (every live tie of any kind, which g may leave out: see tied_among), who
// share a theme and would join two communities or two countries. A pair scores one point per
// shared theme, one for joining two communities, one for joining two countries, plus the mean
// of their eigenvector centralities (well-connected people carry an introduction further).
std::vector<Introduction> suggest_introductions(const Graph& g, const Metrics& m,
                                                const std::vector<std::size_t>& candidates,
                                                const TiedPairs& tied, std::size_t limit = 20);

// "Both work on stigma_reduction; they would join communities 1 and 3 and countries SE and
// FI." (theme slugs; the web UI names them).
std::string reason_of(const Graph& g, const Metrics& m, const Introduction& i);

}  // namespace samla::network
