// The composition root: opens the database, applies every module's migrations, and builds
// the services and the route table. The server and every CLI command start here.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "access/service.h"
#include "actions/service.h"
#include "agreements/service.h"
#include "analysis/service.h"
#include "anchoring/service.h"
#include "core/progress.h"
#include "core/result.h"
#include "dashboard/service.h"
#include "evaluation/service.h"
#include "events/service.h"
#include "groups/service.h"
#include "http/api.h"
#include "initiatives/service.h"
#include "interactions/service.h"
#include "jobs/runner.h"
#include "live/service.h"
#include "network/service.h"
#include "outcomes/service.h"
#include "privacy/consent_service.h"
#include "programme/service.h"
#include "register/service.h"
#include "reports/service.h"
#include "resources/service.h"
#include "rights/service.h"
#include "storage/database.h"
#include "storage/migrations.h"

namespace samla::app {

// The database URL: `--db` if given, else SAMLA_DB, else sqlite:data/samla.db.
std::string resolve_database_url(const std::string& flag_value);

// Every capability's migrations (app/capabilities.cc), in the order they build on each other.
std::vector<storage::Migration> all_migrations();

struct App {
  std::shared_ptr<storage::Database> database;
  std::unique_ptr<storage::SessionPool> pool;
  std::unique_ptr<access::AccessService> access;
  std::unique_ptr<privacy::ConsentService> consents;
  std::unique_ptr<rights::RightsService> rights;
  std::unique_ptr<registry::RegisterService> registry;
  std::unique_ptr<programme::ProgrammeService> programmes;
  std::unique_ptr<analysis::AnalysisService> analysis;
  std::unique_ptr<events::EventsService> events;
  std::unique_ptr<network::NetworkService> network;
  std::unique_ptr<outcomes::OutcomesService> outcomes;
  std::unique_ptr<evaluation::EvaluationService> evaluation;
  std::unique_ptr<reports::ReportsService> reports;
  std::unique_ptr<groups::GroupsService> groups;
  std::unique_ptr<actions::ActionsService> actions;
  std::unique_ptr<initiatives::InitiativesService> initiatives;
  std::unique_ptr<anchoring::AnchoringService> anchoring;
  std::unique_ptr<agreements::AgreementsService> agreements;
  std::unique_ptr<interactions::InteractionsService> interactions;
  std::unique_ptr<resources::ResourcesService> resources;
  std::unique_ptr<live::LiveService> live;
  std::unique_ptr<dashboard::DashboardService> dashboard;
  // Every capability's scheduled jobs; the server starts its thread, the CLI runs it once.
  std::unique_ptr<jobs::JobRunner> jobs;
  // How far long work (an import) has come, for the page that waits for it.
  std::unique_ptr<ProgressBoard> progress = std::make_unique<ProgressBoard>();

  // The route table of every capability (the server adds /, health and the OpenAPI document).
  std::vector<http::Route> routes();
  // components.schemas for the OpenAPI document: every capability's wire types.
  nlohmann::json component_schemas();
  // Whether the database answers, for GET /api/v1/health.
  bool healthy();
  // The schema version this binary migrated the database to (app/operations.h, ready).
  int schema_version = 0;
};

// Opens the database at `url`, applies pending migrations, and builds the services.
Result<std::unique_ptr<App>> open_app(const std::string& url);

}  // namespace samla::app
