#include "app/operations.h"

#include "http/metrics.h"
#include "storage/migrations.h"

namespace samla::app {

bool ready(App& app) {
  auto lease = app.pool->acquire();
  if (!lease.ok()) return false;
  // Only reading: a load balancer sends this every few seconds.
  auto version = storage::applied_schema_version(**lease);
  return version.ok() && *version == app.schema_version;
}

namespace {

std::vector<http::GaugeSample> outbox_by_status(App& app) {
  std::vector<http::GaugeSample> out;
  auto lease = app.pool->acquire();
  if (!lease.ok()) return out;
  auto rows =
      (*lease)->query("SELECT status, COUNT(*) FROM outbox GROUP BY status ORDER BY status");
  if (!rows.ok()) return out;
  for (const auto& row : *rows)
    out.push_back({"status=\"" + row.text(0) + "\"", static_cast<double>(row.integer(1))});
  return out;
}

}  // namespace

http::Route metrics_route(App& app) {
  return http::Route{
      "GET", "/metrics", access::Action::read_audit,
      [&app](http::Request&) {
        const auto pool = app.pool->stats();
        http::Response response;
        response.content_type = "text/plain; version=0.0.4; charset=utf-8";
        response.body = http::process_metrics().prometheus(
            {{"samla_db_pool_sessions",
              {{"state=\"idle\"", static_cast<double>(pool.idle)},
               {"state=\"leased\"", static_cast<double>(pool.leased)}}},
             {"samla_db_pool_opened", {{"", static_cast<double>(pool.opened)}}},
             {"samla_outbox_messages", outbox_by_status(app)}},
            {{"samla_db_pool_sessions", "Database sessions in this server's pool, by state."},
             {"samla_db_pool_opened", "Database sessions this server has opened since it started."},
             {"samla_outbox_messages", "Messages in the outbox, by status."}});
        response.set_header("Cache-Control", "no-store");
        return response;
      },
      http::RouteDoc{"The server's metrics in Prometheus' text format (requests, latency, the "
                     "database pool, the outbox, errors)",
                     "system",
                     std::nullopt,
                     std::nullopt,
                     {},
                     200}};
}

}  // namespace samla::app
