// samla serve: the HTTP server on the chosen address until SIGINT or SIGTERM.
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <iostream>

#include "access/principal.h"
#include "cli/context.h"
#include "http/server.h"
#include "register/demo.h"

#ifndef SAMLA_VERSION
#define SAMLA_VERSION "0.0.0"
#endif

namespace samla::cli {
namespace {

struct ServeOptions {
  std::string host = "127.0.0.1";
  unsigned short port = 8080;
  int threads = 2;
  bool demo = false;
};

// Loads the demo programme when the register is empty, so a restart never mixes it into
// real data.
int load_demo_if_empty(app::App& app) {
  auto lease = app.pool->acquire();
  if (!lease.ok()) return report(lease.error());
  auto empty = registry::register_is_empty(**lease);
  if (!empty.ok()) return report(empty.error());
  if (!empty.value()) {
    std::cerr << "samla: the register is not empty; --demo loads nothing\n";
    return kOk;
  }
  auto loaded = registry::load_demo(**lease, access::system_principal("cli:serve --demo"));
  if (!loaded.ok()) return report(loaded.error());
  std::cerr << "samla: loaded the demo programme (" << loaded->organisations_created
            << " organisations, " << loaded->people_created << " people)\n";
  return kOk;
}

int serve(const Context& context, const ServeOptions& options) {
  // Logs go to stderr: stdout carries only the "samla listening on …" line scripts wait for.
  spdlog::set_default_logger(spdlog::stderr_color_mt("samla"));
  auto app = open_app_or_report(context);
  if (!app) return kFailed;
  if (options.demo) {
    if (int status = load_demo_if_empty(*app); status != kOk) return status;
  }
  http::ServerConfig config;
  config.host = options.host;
  config.port = options.port;
  config.threads = options.threads;
  config.version = SAMLA_VERSION;
  app::App* raw = app.get();
  config.health_probe = [raw] { return raw->healthy(); };
  config.component_schemas = app->component_schemas();
  http::Server server(
      app->routes(),
      [raw](const http::Request& request) { return raw->access->authenticate(request); }, config);
  Status ran = server.run();  // prints "samla listening on http://HOST:PORT" once bound
  if (!ran.ok()) return report(ran.error());
  return kOk;
}

}  // namespace

void add_serve_command(CLI::App& app, Context& context) {
  auto options = std::make_shared<ServeOptions>();
  CLI::App* serve_command = add_command(app, "serve", "Serve the web API until interrupted");
  serve_command->add_option("--host", options->host, "Address to listen on")->capture_default_str();
  serve_command->add_option("--port", options->port, "Port to listen on (0: any free port)")
      ->capture_default_str();
  serve_command->add_option("--threads", options->threads, "Worker threads")
      ->check(CLI::Range(1, 256))
      ->capture_default_str();
  serve_command->add_flag("--demo", options->demo,
                          "Load the demo programme first if the register is empty");
  serve_command->callback([&context, options] {
    context.action = [&context, options] { return serve(context, *options); };
  });
}

}  // namespace samla::cli
