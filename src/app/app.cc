#include "app/app.h"

#include <algorithm>
#include <cstdlib>

#include <nlohmann/json.hpp>

#include "actions/store.h"
#include "analysis/import_assessments.h"
#include "app/capability.h"
#include "app/operations.h"
#include "groups/store.h"
#include "register/store.h"
#include "reports/store.h"

namespace samla::app {

std::string resolve_database_url(const std::string& flag_value) {
  if (!flag_value.empty()) return flag_value;
  if (const char* env = std::getenv("SAMLA_DB"); env && *env) return env;
  return "sqlite:data/samla.db";
}

std::vector<storage::Migration> all_migrations() {
  return migrations_through("");
}

std::vector<http::Route> App::routes() {
  std::vector<http::Route> out;
  for (const auto& capability : capabilities())
    for (auto& route : capability.routes(*this)) out.push_back(std::move(route));
  out.push_back(http::progress_route(*progress));
  out.push_back(metrics_route(*this));
  return out;
}

nlohmann::json App::component_schemas() {
  nlohmann::json schemas = nlohmann::json::object();
  for (const auto& capability : capabilities()) schemas.update(capability.schemas());
  return schemas;
}

bool App::healthy() {
  auto lease = pool->acquire();
  if (!lease.ok()) return false;
  return (*lease)->query("SELECT 1").ok();
}

Result<std::unique_ptr<App>> open_app(const std::string& url) {
  auto app = std::make_unique<App>();
  SAMLA_ASSIGN(app->database, storage::open_database(url));
  app->pool = std::make_unique<storage::SessionPool>(app->database);
  {
    SAMLA_ASSIGN(auto lease, app->pool->acquire());
    const auto migrations = all_migrations();
    SAMLA_TRY(storage::migrate(*lease, migrations));
    for (const auto& m : migrations) app->schema_version = std::max(app->schema_version, m.version);
  }
  app->access = std::make_unique<access::AccessService>(*app->pool);
  app->consents = std::make_unique<privacy::ConsentService>(*app->pool);
  app->registry = std::make_unique<registry::RegisterService>(*app->pool);
  app->access->set_person_check(registry::store::check_person_exists);
  app->programmes = std::make_unique<programme::ProgrammeService>(*app->pool);
  app->analysis = std::make_unique<analysis::AnalysisService>(*app->pool);
  // A register sheet may carry assessments: the importing user's judgement.
  app->registry->set_import_extensions([](const access::Principal& actor) {
    return std::vector<std::shared_ptr<const registry::ImportExtension>>{
        analysis::assessment_columns(actor)};
  });
  app->events = std::make_unique<events::EventsService>(*app->pool);
  app->network = std::make_unique<network::NetworkService>(*app->pool);
  app->outcomes = std::make_unique<outcomes::OutcomesService>(*app->pool);
  app->evaluation = std::make_unique<evaluation::EvaluationService>(*app->pool, *app->events);
  app->reports = std::make_unique<reports::ReportsService>(*app->pool);
  app->rights = std::make_unique<rights::RightsService>(*app->pool, *app->events, *app->reports);
  app->groups = std::make_unique<groups::GroupsService>(*app->pool);
  app->actions = std::make_unique<actions::ActionsService>(*app->pool);
  app->initiatives = std::make_unique<initiatives::InitiativesService>(*app->pool);
  app->anchoring = std::make_unique<anchoring::AnchoringService>(*app->pool);
  app->agreements = std::make_unique<agreements::AgreementsService>(*app->pool);
  app->interactions = std::make_unique<interactions::InteractionsService>(*app->pool);
  app->resources = std::make_unique<resources::ResourcesService>(*app->pool);
  app->live = std::make_unique<live::LiveService>(*app->pool);
  // Join links and QR codes point where the events' links do (serve's --public-url).
  app->live->set_public_url([events = app->events.get()] { return events->public_url(); });
  app->dashboard = std::make_unique<dashboard::DashboardService>(*app->pool, *app->network);
  app->groups->set_in_use_check(actions::store::check_group_unused);
  app->network->add_co_participation_source(groups::store::members_on);
  app->events->set_reported_gate(reports::store::has_approved_report);
  std::vector<jobs::Job> scheduled;
  for (const auto& capability : capabilities())
    if (capability.jobs)
      for (auto& job : capability.jobs(*app)) scheduled.push_back(std::move(job));
  app->jobs = std::make_unique<jobs::JobRunner>(*app->pool, std::move(scheduled));
  return app;
}

}  // namespace samla::app
