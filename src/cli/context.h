// What every subcommand shares: the global --db flag, the action the parsed command runs,
// and small helpers that turn errors into messages on stderr and exit statuses.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <memory>
#include <string>

#include "app/app.h"
#include "core/language.h"
#include "core/result.h"

namespace samla::cli {

// Exit statuses: success, bad data (or a failed operation), and a usage error.
inline constexpr int kOk = 0;
inline constexpr int kFailed = 1;
inline constexpr int kUsage = 2;

struct Context {
  std::string db_flag;          // --db, anywhere on the line
  std::function<int()> action;  // set by the subcommand that was parsed
};

// The database URL the command should use (--db, else SAMLA_DB, else the default).
std::string database_url(const Context& context);

// Opens the database (applying pending migrations) and the services; prints why not.
std::unique_ptr<app::App> open_app_or_report(const Context& context);

// The language of the person at the terminal: Swedish when LC_ALL, else LC_MESSAGES, else LANG
// (the first that is set) names it (sv_SE.UTF-8, sv), else English.
Language terminal_language();

// Prints "samla: MESSAGE" on stderr, with one line per field error, in terminal_language(),
// and returns kFailed. A failure whose text describes internals (a database's message) is
// printed as it is.
int report(const Error& error);
// Prints "samla: MESSAGE" on stderr and returns kUsage.
int usage_error(const std::string& message);

// A subcommand that inherits fallthrough, so options of its parents (--db) work after it.
CLI::App* add_command(CLI::App& parent, const std::string& name, const std::string& description);

// Each file registers its commands.
void add_serve_command(CLI::App& app, Context& context);
void add_database_commands(CLI::App& app, Context& context);  // migrate, backup
void add_user_commands(CLI::App& app, Context& context);      // user add, passwd, disable, …
void add_token_commands(CLI::App& app, Context& context);     // token create, list, revoke
void add_import_export_commands(CLI::App& app, Context& context);
void add_demo_command(CLI::App& app, Context& context);
void add_report_commands(CLI::App& app, Context& context);   // report event, programme
void add_job_commands(CLI::App& app, Context& context);      // jobs list, run
void add_privacy_commands(CLI::App& app, Context& context);  // privacy export, erase

}  // namespace samla::cli
