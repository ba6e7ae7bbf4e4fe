// The samla command: parses the line, then runs the one subcommand that was named.
#include <csignal>
#include <cstdlib>
#include <exception>
#include <iostream>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "cli/context.h"
#include "cli/json_log.h"

#ifndef SAMLA_VERSION
#define SAMLA_VERSION "0.0.0"
#endif

int main(int argc, char** argv) {
  using namespace samla::cli;
  // A converter or the PDF browser that exits while samla still writes to its pipe must give
  // that write an error (EPIPE), not end the server with SIGPIPE.
  std::signal(SIGPIPE, SIG_IGN);
  // Logs go to stderr: stdout carries only what a command answers (and the "samla listening
  // on …" line scripts wait for).
  spdlog::set_default_logger(spdlog::stderr_color_mt("samla"));
  Context context;
  CLI::App app{"samla: a register of stakeholders for multi-actor mental-health programmes",
               "samla"};
  app.set_version_flag("--version", std::string("samla ") + SAMLA_VERSION);
  app.add_option("--db", context.db_flag,
                 "Database: sqlite:PATH or postgresql://… (default: $SAMLA_DB, else "
                 "sqlite:data/samla.db)");
  std::string log_format = "text";
  if (const char* env = std::getenv("SAMLA_LOG_FORMAT"); env && *env) log_format = env;
  app.add_option("--log-format", log_format,
                 "Logs as plain lines (text) or JSON lines with request ids (json); default "
                 "$SAMLA_LOG_FORMAT, else text")
      ->check(CLI::IsMember({"text", "json"}));
  app.fallthrough();
  app.require_subcommand(1);
  add_serve_command(app, context);
  add_database_commands(app, context);
  add_user_commands(app, context);
  add_report_commands(app, context);
  add_token_commands(app, context);
  add_import_export_commands(app, context);
  add_demo_command(app, context);
  add_job_commands(app, context);
  add_privacy_commands(app, context);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);  // prints help, the version, or the usage error
    return code == 0 ? kOk : kUsage;
  }
  if (log_format == "json") use_json_logs();
  try {
    return context.action ? context.action() : usage_error("no command given; see samla --help");
  } catch (const std::exception& e) {
    // Exceptions are bugs; say so instead of crashing without a word.
    std::cerr << "samla: internal error: " << e.what() << "\n";
    return kFailed;
  }
}
