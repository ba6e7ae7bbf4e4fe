#include "app/app.h"

#include <cstdlib>

#include "access/openapi_schemas.h"
#include "analysis/routes.h"
#include "analysis/schema.h"
#include "events/routes.h"
#include "events/schema.h"
#include "network/routes.h"
#include "network/schema.h"
#include "privacy/routes.h"
#include "privacy/schema.h"
#include "register/routes.h"
#include "register/schema.h"

namespace samla::app {

std::string resolve_database_url(const std::string& flag_value) {
  if (!flag_value.empty()) return flag_value;
  if (const char* env = std::getenv("SAMLA_DB"); env && *env) return env;
  return "sqlite:data/samla.db";
}

std::vector<storage::Migration> all_migrations() {
  std::vector<storage::Migration> out = access::migrations();
  for (auto& m : privacy::migrations()) out.push_back(std::move(m));
  for (auto& m : registry::migrations()) out.push_back(std::move(m));
  for (auto& m : analysis::migrations()) out.push_back(std::move(m));
  for (auto& m : events::migrations()) out.push_back(std::move(m));
  for (auto& m : network::migrations()) out.push_back(std::move(m));
  return out;
}

std::vector<http::Route> App::routes() {
  std::vector<http::Route> out = access->routes();
  for (auto& route : privacy::routes(*pool)) out.push_back(std::move(route));
  for (auto& route : registry::routes(*registry)) out.push_back(std::move(route));
  for (auto& route : analysis::routes(*analysis)) out.push_back(std::move(route));
  for (auto& route : events::routes(*events)) out.push_back(std::move(route));
  for (auto& route : network::routes(*network)) out.push_back(std::move(route));
  return out;
}

nlohmann::json App::component_schemas() {
  nlohmann::json schemas = access::openapi_schemas();
  schemas.update(privacy::openapi_schemas());
  schemas.update(registry::openapi_schemas());
  schemas.update(analysis::openapi_schemas());
  schemas.update(events::openapi_schemas());
  schemas.update(network::openapi_schemas());
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
    SAMLA_TRY(storage::migrate(*lease, all_migrations()));
  }
  app->access = std::make_unique<access::AccessService>(*app->pool);
  app->registry = std::make_unique<registry::RegisterService>(*app->pool);
  app->analysis = std::make_unique<analysis::AnalysisService>(*app->pool);
  app->events = std::make_unique<events::EventsService>(*app->pool);
  app->network = std::make_unique<network::NetworkService>(*app->pool);
  return app;
}

}  // namespace samla::app
