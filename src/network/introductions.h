// Suggested introductions: two people not yet connected who share a theme and whose meeting
// would bridge communities or countries, each with its reason in words; and for someone with
// no tie at all (an isolate), a first contact: the best-connected person who shares a theme.
#pragma once

#include <functional>
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
  // `a` or `b` has no tie yet: this is their first contact (the other is well connected).
  bool first_contact = false;
};

// The people an introduction may join, in order of weighted degree, at most `limit`: people
// with a theme of expertise who are tied to someone (an isolate needs a first contact, not a
// bridge). The bound keeps the pairs to try, and the ties to read, small on a large network.
std::vector<std::size_t> introduction_candidates(const Graph& g, const Metrics& m,
                                                 std::size_t limit = 400);

// The people without any tie in `g` who have a theme of expertise, at most `limit`, in the
// graph's order: they need a first contact more than anyone.
std::vector<std::size_t> isolated_people(const Graph& g, const Metrics& m, std::size_t limit = 200);

// At most `limit` suggestions among `candidates`, best first: pairs not joined by an edge of
// `g` nor in `tied` (every live tie of any kind, which g may leave out: see tied_among), who
// share a theme and would join two communities or two countries. A pair scores one point per
// shared theme, one for joining two communities, one for joining two countries, plus the mean
// of their eigenvector centralities (well-connected people carry an introduction further).
// Each of `isolated` (isolated_people) is offered one first contact among `candidates`: the
// one with the highest eigenvector centrality who shares a theme and is not tied to them in
// `tied`; it scores one point per shared theme plus one for the first contact plus the
// contact's centrality, so it stands among the bridges rather than after them.
std::vector<Introduction> suggest_introductions(const Graph& g, const Metrics& m,
                                                const std::vector<std::size_t>& candidates,
                                                const TiedPairs& tied, std::size_t limit = 20,
                                                const std::vector<std::size_t>& isolated = {});

// The reason in words, in `language` (sv or en), with each theme by `theme_name` (slug →
// name; the slug when it has none): "Both work on Stigma reduction; they would join groups 1
// and 3 and countries SE and FI." / "Kim has no ties here yet; Alex also works on … and could be a
// first contact.".
std::string reason_of(const Graph& g, const Metrics& m, const Introduction& i,
                      const std::string& language,
                      const std::function<std::string(const std::string&)>& theme_name);

}  // namespace samla::network
