#include "cli/context.h"

#include <cstdlib>
#include <iostream>
#include <string_view>

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

Language terminal_language() {
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(name);
    if (value == nullptr || *value == '\0') continue;
    return std::string_view(value).starts_with("sv") ? Language::sv : Language::en;
  }
  return Language::en;
}

int report(const Error& error) {
  const Language language = terminal_language();
  // An error made from a message reads as that message; a hidden one keeps its own text.
  const bool worded =
      error.message == render_message(error.detail.code, error.detail.params, Language::en);
  std::cerr << "samla: "
            << (worded ? render_message(error.detail.code, error.detail.params, language)
                       : error.message)
            << "\n";
  for (const auto& field : error.fields)
    std::cerr << "  " << field.field << ": " << render_message(field.code, field.params, language)
              << "\n";
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
