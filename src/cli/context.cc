#include "cli/context.h"

#include <iostream>

namespace samla::cli {

std::string database_url(const Context& context) {
  return app::resolve_database_url(context.db_flag);
}

std::unique_ptr<app::App> open_app_or_report(const Context& context) {
  auto opened = app::open_app(database_url(context));
  if (!opened.ok()) {
    report(opened.error());
    return nullptr;
  }
  return std::move(opened).value();
}

int report(const Error& error) {
  std::cerr << "samla: " << error.message << "\n";
  for (const auto& field : error.fields)
    std::cerr << "  " << field.field << ": " << field.message << "\n";
  return kFailed;
}

int usage_error(const std::string& message) {
  std::cerr << "samla: " << message << "\n";
  return kUsage;
}

CLI::App* add_command(CLI::App& parent, const std::string& name, const std::string& description) {
  CLI::App* command = parent.add_subcommand(name, description);
  command->fallthrough();
  command->footer(
      "Every command also takes --db URL (default: $SAMLA_DB, else sqlite:data/samla.db).");
  return command;
}

}  // namespace samla::cli
