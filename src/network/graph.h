// The network as of a date, from the database: every stakeholder the query keeps as a node
// (people and organisations, of a theme or a country group), and one edge per pair that
// has reported ties of the chosen types holding that day and/or met at events held by then.
#pragma once

#include <cstdint>
#include <functional>
#include <utility>
#include <vector>

#include "core/result.h"
#include "network/model.h"
#include "storage/database.h"

namespace samla::network {

// The day a query means: as_of, or today (UTC).
std::string query_day(const NetworkQuery& q);

// Other ways people gather than events, registered by their capability (the follow-up groups:
// members at the same time): (gathering, person) pairs on `day`, ordered by gathering. Each
// pair of people in one gathering counts as one co-participation, as a shared event does.
using Gathering = std::pair<std::int64_t, std::int64_t>;
using CoParticipationSource =
    std::function<Result<std::vector<Gathering>>(storage::Session&, const std::string& day)>;

Result<Graph> build_graph(storage::Session& s, const NetworkQuery& q,
                          const std::vector<CoParticipationSource>& sources = {});

// The pairs among `people` (person nodes of `g`, built for `q`) with any live tie on q's day,
// whatever q leaves out of g's edges: a reported tie of any type, conflict included, that
// holds then, or an event both attended by then.
Result<TiedPairs> tied_among(storage::Session& s, const Graph& g, const NetworkQuery& q,
                             const std::vector<std::size_t>& people,
                             const std::vector<CoParticipationSource>& sources = {});

}  // namespace samla::network
