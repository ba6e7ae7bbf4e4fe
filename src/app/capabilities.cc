#include <nlohmann/json.hpp>

#include <stdexcept>

#include "access/wire.h"
#include "actions/demo.h"
#include "actions/digests.h"
#include "actions/routes.h"
#include "actions/schema.h"
#include "actions/wire.h"
#include "agreements/demo.h"
#include "agreements/routes.h"
#include "agreements/schema.h"
#include "agreements/wire.h"
#include "analysis/demo.h"
#include "analysis/routes.h"
#include "analysis/schema.h"
#include "anchoring/demo.h"
#include "anchoring/routes.h"
#include "anchoring/schema.h"
#include "anchoring/wire.h"
#include "app/app.h"
#include "app/capability.h"
#include "dashboard/routes.h"
#include "dashboard/wire.h"
#include "evaluation/demo.h"
#include "evaluation/routes.h"
#include "evaluation/schema.h"
#include "evaluation/wire.h"
#include "events/demo.h"
#include "events/routes.h"
#include "events/schema.h"
#include "groups/demo.h"
#include "groups/routes.h"
#include "groups/schema.h"
#include "groups/wire.h"
#include "initiatives/demo.h"
#include "initiatives/routes.h"
#include "initiatives/schema.h"
#include "initiatives/wire.h"
#include "interactions/demo.h"
#include "interactions/routes.h"
#include "interactions/schema.h"
#include "interactions/wire.h"
#include "jobs/routes.h"
#include "live/routes.h"
#include "live/schema.h"
#include "live/wire.h"
#include "network/demo.h"
#include "network/routes.h"
#include "network/schema.h"
#include "outcomes/demo.h"
#include "outcomes/routes.h"
#include "outcomes/schema.h"
#include "outcomes/wire.h"
#include "privacy/routes.h"
#include "privacy/schema.h"
#include "programme/demo.h"
#include "programme/routes.h"
#include "programme/schema.h"
#include "programme/wire.h"
#include "register/demo.h"
#include "register/routes.h"
#include "register/schema.h"
#include "reports/demo.h"
#include "reports/routes.h"
#include "reports/schema.h"
#include "reports/wire.h"
#include "resources/demo.h"
#include "resources/routes.h"
#include "resources/schema.h"
#include "resources/wire.h"
#include "rights/retention.h"
#include "rights/routes.h"
#include "rights/schema.h"

namespace samla::app {
namespace {

Result<DemoCounts> register_demo(App& app, const access::Principal& actor) {
  SAMLA_ASSIGN(auto lease, app.pool->acquire());
  return registry::load_demo(*lease, actor);
}

Result<DemoCounts> programme_demo(App& app, const access::Principal& actor) {
  return programme::load_demo_programmes(*app.pool, actor);
}

Result<DemoCounts> analysis_demo(App& app, const access::Principal& actor) {
  return analysis::load_demo_analysis(*app.pool, *app.analysis, actor);
}

Result<DemoCounts> events_demo(App& app, const access::Principal& actor) {
  return events::load_demo_events(*app.pool, actor);
}

Result<DemoCounts> network_demo(App& app, const access::Principal& actor) {
  return network::load_demo_ties(*app.pool, actor);
}

Result<DemoCounts> outcomes_demo(App& app, const access::Principal& actor) {
  return outcomes::load_demo_outcomes(*app.pool, actor);
}

Result<DemoCounts> evaluation_demo(App& app, const access::Principal& actor) {
  return evaluation::load_demo_answers(*app.pool, actor);
}

Result<DemoCounts> groups_demo(App& app, const access::Principal& actor) {
  return groups::load_demo_groups(*app.pool, actor);
}

Result<DemoCounts> actions_demo(App& app, const access::Principal& actor) {
  return actions::load_demo_actions(*app.pool, actor);
}

Result<DemoCounts> initiatives_demo(App& app, const access::Principal& actor) {
  return initiatives::load_demo_initiatives(*app.pool, actor);
}

Result<DemoCounts> anchoring_demo(App& app, const access::Principal& actor) {
  return anchoring::load_demo_anchoring(*app.pool, actor);
}

Result<DemoCounts> agreements_demo(App& app, const access::Principal& actor) {
  return agreements::load_demo_agreements(*app.pool, actor);
}

Result<DemoCounts> interactions_demo(App& app, const access::Principal& actor) {
  return interactions::load_demo_interactions(*app.pool, actor);
}

Result<DemoCounts> resources_demo(App& app, const access::Principal& actor) {
  return resources::load_demo_resources(*app.pool, actor);
}

Result<DemoCounts> reports_demo(App& app, const access::Principal& actor) {
  return reports::load_demo_reports(*app.pool, actor);
}

std::vector<jobs::Job> access_jobs(App& app) {
  access::AccessService* access = app.access.get();
  return {{"access.retention", "Every day: forgets expired sessions and login-throttle rows",
           jobs::Cadence::daily, 3,
           [access](storage::SessionPool&, const jobs::JobContext& context) {
             return access->sweep_expired(context.now);
           }}};
}

std::vector<Capability> make_capabilities() {
  std::vector<Capability> out;
  out.push_back({.name = "access",
                 .migrations = access::migrations,
                 .schemas = access::openapi_schemas,
                 .routes =
                     [](App& app) {
                       // The set-up page may load the demo, which spans every capability.
                       return app.access->routes(
                           [&app](const access::Principal& actor) -> Result<Counts> {
                             SAMLA_ASSIGN(DemoReport report, load_demo(app, actor));
                             return report.counts;
                           });
                     },
                 .jobs = access_jobs});
  out.push_back({.name = "privacy",
                 .migrations = privacy::migrations,
                 .schemas = privacy::openapi_schemas,
                 .routes = [](App& app) { return privacy::routes(*app.pool, *app.consents); }});
  out.push_back({.name = "register",
                 .migrations = registry::migrations,
                 .schemas = registry::openapi_schemas,
                 .routes = [](App& app) { return registry::routes(*app.registry, *app.progress); },
                 .load_demo = register_demo,
                 .demo_needs_empty_register = false});
  // Before the capabilities whose records belong to a programme: their migrations add
  // programme_id to their tables.
  out.push_back({.name = "programme",
                 .migrations = programme::migrations,
                 .schemas = programme::openapi_schemas,
                 .routes = [](App& app) { return programme::routes(*app.programmes); },
                 .load_demo = programme_demo});
  out.push_back({.name = "analysis",
                 .migrations = analysis::migrations,
                 .schemas = analysis::openapi_schemas,
                 .routes = [](App& app) { return analysis::routes(*app.analysis); },
                 .load_demo = analysis_demo});
  out.push_back({.name = "events",
                 .migrations = events::migrations,
                 .schemas = events::openapi_schemas,
                 .routes = [](App& app) { return events::routes(*app.events); },
                 .load_demo = events_demo});
  out.push_back({.name = "network",
                 .migrations = network::migrations,
                 .schemas = network::openapi_schemas,
                 .routes = [](App& app) { return network::routes(*app.network); },
                 .load_demo = network_demo});
  out.push_back({.name = "outcomes",
                 .migrations = outcomes::migrations,
                 .schemas = outcomes::openapi_schemas,
                 .routes = [](App& app) { return outcomes::routes(*app.outcomes); },
                 .load_demo = outcomes_demo});
  out.push_back({.name = "evaluation",
                 .migrations = evaluation::migrations,
                 .schemas = evaluation::openapi_schemas,
                 .routes = [](App& app) { return evaluation::routes(*app.evaluation); },
                 .load_demo = evaluation_demo});
  out.push_back({.name = "groups",
                 .migrations = groups::migrations,
                 .schemas = groups::openapi_schemas,
                 .routes = [](App& app) { return groups::routes(*app.groups); },
                 .load_demo = groups_demo});
  out.push_back({.name = "actions",
                 .migrations = actions::migrations,
                 .schemas = actions::openapi_schemas,
                 .routes = [](App& app) { return actions::routes(*app.actions); },
                 .jobs = [](App&) { return actions::mail::jobs(); },
                 .load_demo = actions_demo});
  // After the action plans and groups: an accepted initiative becomes one.
  out.push_back({.name = "initiatives",
                 .migrations = initiatives::migrations,
                 .schemas = initiatives::openapi_schemas,
                 .routes = [](App& app) { return initiatives::routes(*app.initiatives); },
                 .load_demo = initiatives_demo});
  // After the initiatives: an organisation may commit to one of them.
  out.push_back({.name = "anchoring",
                 .migrations = anchoring::migrations,
                 .schemas = anchoring::openapi_schemas,
                 .routes = [](App& app) { return anchoring::routes(*app.anchoring); },
                 .load_demo = anchoring_demo});
  // After anchoring: the demo's letter of intent is signed by those that decided formally.
  out.push_back({.name = "agreements",
                 .migrations = agreements::migrations,
                 .schemas = agreements::openapi_schemas,
                 .routes = [](App& app) { return agreements::routes(*app.agreements); },
                 .load_demo = agreements_demo});
  out.push_back({.name = "interactions",
                 .migrations = interactions::migrations,
                 .schemas = interactions::openapi_schemas,
                 .routes = [](App& app) { return interactions::routes(*app.interactions); },
                 .load_demo = interactions_demo});
  out.push_back({.name = "resources",
                 .migrations = resources::migrations,
                 .schemas = resources::openapi_schemas,
                 .routes = [](App& app) { return resources::routes(*app.resources); },
                 .load_demo = resources_demo});
  // Live sessions in workshops: participants join with a code (issue 21).
  out.push_back({.name = "live",
                 .migrations = live::migrations,
                 .schemas = live::openapi_schemas,
                 .routes = [](App& app) { return live::routes(*app.live); }});
  // After the action plans: a report's content includes their state.
  out.push_back({.name = "reports",
                 .migrations = reports::migrations,
                 .schemas = reports::openapi_schemas,
                 .routes = [](App& app) { return reports::routes(*app.reports); },
                 .load_demo = reports_demo});
  // Reads what every capability before it keeps, and has no tables of its own.
  out.push_back({.name = "dashboard",
                 .migrations = [] { return std::vector<storage::Migration>{}; },
                 .schemas = dashboard::openapi_schemas,
                 .routes = [](App& app) { return dashboard::routes(*app.dashboard); }});
  // Walks every table the capabilities before it made: a person's export and erasure.
  out.push_back(
      {.name = "rights",
       .migrations = rights::migrations,
       .schemas = rights::openapi_schemas,
       .routes = [](App& app) { return rights::routes(*app.rights); },
       .jobs =
           [](App&) {
             return std::vector<jobs::Job>{
                 {"privacy.retention",
                  "Every day: empties evaluation texts past their months and counts who has "
                  "been inactive for long",
                  jobs::Cadence::daily, 3,
                  [](storage::SessionPool& pool, const jobs::JobContext& context) {
                    return storage::with_session(pool, true, [&](storage::Session& s) {
                      return rights::apply_retention(s, context.now);
                    });
                  }}};
           }});
  out.push_back({.name = "jobs",
                 .migrations = jobs::migrations,
                 .schemas = jobs::openapi_schemas,
                 .routes = [](App& app) { return jobs::routes(*app.jobs); },
                 .jobs = [](App&) { return std::vector<jobs::Job>{jobs::runs_retention_job()}; }});
  return out;
}

}  // namespace

const std::vector<Capability>& capabilities() {
  static const std::vector<Capability> list = make_capabilities();
  return list;
}

std::vector<storage::Migration> migrations_through(std::string_view name) {
  std::vector<storage::Migration> out;
  for (const auto& capability : capabilities()) {
    for (auto& m : capability.migrations()) out.push_back(std::move(m));
    if (capability.name == name) return out;
  }
  if (name.empty()) return out;
  throw std::invalid_argument("no capability named " + std::string(name));
}

Result<DemoReport> load_demo(App& app, const access::Principal& actor) {
  DemoReport report;
  {
    SAMLA_ASSIGN(auto lease, app.pool->acquire());
    SAMLA_ASSIGN(report.register_was_empty, registry::register_is_empty(*lease));
  }
  for (const auto& capability : capabilities()) {
    if (!capability.load_demo) continue;
    if (capability.demo_needs_empty_register && !report.register_was_empty) continue;
    SAMLA_ASSIGN(auto counts, capability.load_demo(app, actor));
    // Summed, not merged: two capabilities may add the same kind (events: the groups' meetings).
    for (const auto& [what, added] : counts) report.counts[what] += added;
  }
  return report;
}

}  // namespace samla::app
