// samla demo: loads the demo programme into any database, once.
#include <iostream>

#include "access/principal.h"
#include "cli/context.h"
#include "register/demo.h"

namespace samla::cli {
namespace {

int demo(const Context& context) {
  auto app = open_app_or_report(context);
  if (!app) return kFailed;
  auto lease = app->pool->acquire();
  if (!lease.ok()) return report(lease.error());
  auto loaded = registry::load_demo(**lease, access::system_principal("cli:demo"));
  if (!loaded.ok()) return report(loaded.error());
  std::cout << "demo programme: " << loaded->organisations_created << " organisations, "
            << loaded->people_created << " people and " << loaded->country_groups_created
            << " country groups created";
  if (loaded->organisations_created + loaded->people_created + loaded->country_groups_created == 0)
    std::cout << " (already loaded)";
  std::cout << "\n";
  return kOk;
}

}  // namespace

void add_demo_command(CLI::App& app, Context& context) {
  CLI::App* command =
      add_command(app, "demo", "Load the demo programme (invented people); safe to repeat");
  command->callback([&context] { context.action = [&context] { return demo(context); }; });
}

}  // namespace samla::cli
