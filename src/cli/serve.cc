// samla serve: the HTTP server on the chosen address until SIGINT or SIGTERM.

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <vector>

#include "access/principal.h"
#include "app/capability.h"
#include "app/operations.h"
#include "cli/context.h"
#include "events/smtp.h"
#include "http/openapi.h"
#include "http/server.h"
#include "network/model.h"
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
  int workers = 4;
  std::vector<std::string> trusted_proxies;  // addresses or CIDR blocks
  bool demo = false;
  bool no_jobs = false;    // leave digests, reminders and retention to `samla jobs run` (cron)
  std::string web;         // the built web UI; empty: web/dist beside the build folder, if built
  std::string public_url;  // for links in messages; empty: http://HOST:PORT
  int half_life_days = network::kDefaultHalfLifeDays;
  std::string smtp_url;   // empty: SAMLA_SMTP_URL, else no sending (the outbox keeps them)
  std::string smtp_from;  // empty: samla@localhost as sender, and calendars ask no reply
};

// Where `make build` puts the web UI: <checkout>/web/dist, with the binary in <checkout>/build.
std::string default_web_root() {
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return "";
  auto dist = exe.parent_path().parent_path() / "web" / "dist";
  return std::filesystem::is_regular_file(dist / "index.html", ec) ? dist.string() : "";
}

// Loads the demo programme when the register is empty, so a restart never mixes it into
// real data.
int load_demo_if_empty(app::App& app) {
  {
    auto lease = app.pool->acquire();
    if (!lease.ok()) return report(lease.error());
    auto empty = registry::register_is_empty(**lease);
    if (!empty.ok()) return report(empty.error());
    if (!empty.value()) {
      std::cerr << "samla: the register is not empty; --demo loads nothing\n";
      return kOk;
    }
  }
  auto loaded = app::load_demo(app, access::system_principal("cli:serve --demo"));
  if (!loaded.ok()) return report(loaded.error());
  const app::DemoReport& r = loaded.value();
  std::cerr << "samla: loaded the demo programme (" << r.count("organisations")
            << " organisations, " << r.count("people") << " people, " << r.count("assessments")
            << " assessments, " << r.count("events") << " events)\n";
  return kOk;
}

// Without any account, the way in: a one-time link to the set-up page, on stdout after the
// "listening" line. The secret is in the fragment (#), which browsers never send, so it stays
// out of access logs and proxies.
void print_setup_link(app::App& app, const std::string& base_url) {
  auto secret = app.access->open_setup();
  if (!secret.ok()) {
    std::cerr << "samla: could not make a set-up link: " << secret.error().message << "\n";
    return;
  }
  if (!secret->has_value()) return;
  std::cout << "samla has no account yet. To create the first administrator, open this link "
               "(once, within 24 hours):\n  "
            << base_url << "/setup#" << **secret
            << "\nsamla har inget konto än. Öppna länken för att skapa den första "
               "administratören (en gång, inom 24 timmar).\n"
            << std::flush;
}

bool is_https(const std::string& url) {
  return url.rfind("https://", 0) == 0;
}

// The server over `app`: its routes, authentication, health probe and API document.
std::unique_ptr<http::Server> make_server(app::App& app, const ServeOptions& options) {
  http::ServerConfig config;
  config.host = options.host;
  config.port = options.port;
  config.threads = options.threads;
  config.workers = options.workers;
  // Checked by the option's validator, so every text parses here.
  for (const auto& proxy : options.trusted_proxies)
    if (auto block = http::parse_address_block(proxy)) config.trusted_proxies.push_back(*block);
  config.strict_transport_security = is_https(options.public_url);
  config.version = SAMLA_VERSION;
  config.static_root = options.web.empty() ? default_web_root() : options.web;
  app::App* raw = &app;
  config.health_probe = [raw] { return raw->healthy(); };
  config.ready_probe = [raw] { return app::ready(*raw); };
  config.component_schemas = app.component_schemas();
  return std::make_unique<http::Server>(
      app.routes(),
      [raw](const http::Request& request) { return raw->access->authenticate(request); }, config);
}

int serve(const Context& context, const ServeOptions& options) {
  auto app = open_app_or_report(context);
  if (!app) return kFailed;
  if (options.demo) {
    if (int status = load_demo_if_empty(*app); status != kOk) return status;
  }
  auto server = make_server(*app, options);
  app->access->set_secure_cookies(is_https(options.public_url));
  std::string public_url = options.public_url;
  while (!public_url.empty() && public_url.back() == '/') public_url.pop_back();
  http::Server* bound = server.get();
  auto reachable_at = [public_url, bound, host = options.host] {
    return public_url.empty() ? "http://" + host + ":" + std::to_string(bound->port()) : public_url;
  };
  app->events->set_public_url(reachable_at);
  app->network->set_half_life_days(options.half_life_days);
  app->jobs->set_public_url(reachable_at);
  // Sending by SMTP only when configured; the URL may carry a password, so the environment
  // (SAMLA_SMTP_URL) is the better place for it than the command line.
  std::string smtp_url = options.smtp_url;
  if (const char* env = std::getenv("SAMLA_SMTP_URL"); smtp_url.empty() && env) smtp_url = env;
  if (!options.smtp_from.empty()) app->events->set_calendar_organiser(options.smtp_from);
  std::unique_ptr<events::OutboxSender> sender;
  if (!smtp_url.empty()) {
    sender = std::make_unique<events::OutboxSender>(
        *app->pool, events::SmtpConfig{smtp_url, options.smtp_from.empty() ? "samla@localhost"
                                                                           : options.smtp_from});
    app->events->set_outbox_waker([raw = sender.get()] { raw->wake(); });
  }
  // Every server may tick: the database lets one of them run each period.
  if (!options.no_jobs) app->jobs->start();
  Status ran = server->run([&] { print_setup_link(*app, reachable_at()); });
  app->jobs->stop();  // prints "samla listening on http://HOST:PORT" once bound
  if (!ran.ok()) return report(ran.error());
  return kOk;
}

// Prints the OpenAPI document the server would serve, for tools (the web UI's types).
int print_openapi(const Context& context) {
  auto app = open_app_or_report(context);
  if (!app) return kFailed;
  auto server = make_server(*app, ServeOptions{});
  std::cout
      << http::build_openapi(server->routes(), app->component_schemas(), SAMLA_VERSION).dump(2)
      << "\n";
  return kOk;
}

}  // namespace

void add_serve_command(CLI::App& app, Context& context) {
  auto options = std::make_shared<ServeOptions>();
  CLI::App* serve_command = add_command(app, "serve", "Serve the web API until interrupted");
  serve_command->add_option("--host", options->host, "Address to listen on")->capture_default_str();
  serve_command->add_option("--port", options->port, "Port to listen on (0: any free port)")
      ->capture_default_str();
  serve_command->add_option("--threads", options->threads, "Network threads (reading, writing)")
      ->check(CLI::Range(1, 256))
      ->capture_default_str();
  serve_command
      ->add_option("--workers", options->workers,
                   "Threads that run requests, so a slow one never holds up other clients")
      ->check(CLI::Range(1, 256))
      ->capture_default_str();
  serve_command
      ->add_option("--trusted-proxy", options->trusted_proxies,
                   "A reverse proxy (address or CIDR block, repeatable) whose X-Forwarded-For "
                   "names the client; from anyone else the header is ignored")
      ->check([](const std::string& text) {
        return http::parse_address_block(text) ? std::string()
                                               : "not an IP address or CIDR block: " + text;
      });
  serve_command
      ->add_option("--web", options->web,
                   "Folder of the built web UI (default: web/dist of this checkout)")
      ->check(CLI::ExistingDirectory);
  serve_command->add_option("--public-url", options->public_url,
                            "Address people reach samla at, for the RSVP links in invitations "
                            "(default: http://HOST:PORT); https:// also makes the session cookie "
                            "Secure and sends HSTS");
  serve_command
      ->add_option("--co-participation-half-life", options->half_life_days,
                   "Days after which a shared event counts half toward how closely two people "
                   "work together in the network (default: 365; 0: never fades)")
      ->check(CLI::Range(0, 36500));
  serve_command->add_option("--smtp-url", options->smtp_url,
                            "Send the outbox by SMTP, e.g. smtp://mail.example.org:587 "
                            "(default: SAMLA_SMTP_URL; none: messages stay in the outbox)");
  serve_command->add_option("--smtp-from", options->smtp_from,
                            "The sender address of messages, and where calendar replies to "
                            "invitations go (default: samla@localhost, and calendars then ask "
                            "for no reply: people answer through their personal link)");
  serve_command->add_flag("--demo", options->demo,
                          "Load the demo programme first if the register is empty");
  serve_command->add_flag("--no-jobs", options->no_jobs,
                          "Do not run scheduled jobs (digests, reminders, retention) in this "
                          "server; run `samla jobs run` from cron instead");
  serve_command->callback([&context, options] {
    context.action = [&context, options] { return serve(context, *options); };
  });

  CLI::App* openapi_command =
      add_command(app, "openapi", "Print the OpenAPI 3.1 document of the HTTP API");
  openapi_command->callback(
      [&context] { context.action = [&context] { return print_openapi(context); }; });
}

}  // namespace samla::cli
