// The network as of a date, from the database: every stakeholder the query keeps as a node
// (people and organisations, of a theme or a country group), and one edge per pair that
// has reported ties of the chosen types holding that day and/or met at events held by then.
#pragma once

#include "core/result.h"
#include "network/model.h"
#include "storage/database.h"

namespace samla::network {

// The day a query means: as_of, or today (UTC).
std::string query_day(const NetworkQuery& q);

Result<Graph> build_graph(storage::Session& s, const NetworkQuery& q);

// The pairs among `people` (person nodes of `g`, built for `q`) with any live tie on q's day,
// whatever q leaves out of g's edges: a reported tie of any type, conflict included, that
// holds then, or an event both attended by then.
Result<TiedPairs> tied_among(storage::Session& s, const Graph& g, const NetworkQuery& q,
                             const std::vector<std::size_t>& people);

}  // namespace samla::network
