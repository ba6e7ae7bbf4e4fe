// What those who run samla ask of a server: whether it should be sent requests (readiness),
// and its metrics in Prometheus' text format (GET /metrics, for those who may read the audit
// log: the numbers say how busy the programme is).
#pragma once

#include "app/app.h"
#include "http/api.h"

namespace samla::app {

// The database answers and its schema is the one this binary migrates to (a server started
// before a newer one migrated further should not take requests).
bool ready(App& app);

// GET /metrics: the server's counters (http/metrics.h), the database pool, the outbox's
// messages by status.
http::Route metrics_route(App& app);

}  // namespace samla::app
