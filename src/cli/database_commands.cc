// samla migrate and samla backup: the database itself.
#include <iostream>

#include "cli/context.h"
#include "storage/migrations.h"

namespace samla::cli {
namespace {

int migrate(const Context& context) {
  std::string url = database_url(context);
  auto database = storage::open_database(url);
  if (!database.ok()) return report(database.error());
  auto session = (*database)->open_session();
  if (!session.ok()) return report(session.error());
  auto migrated = storage::migrate(**session, app::all_migrations());
  if (!migrated.ok()) return report(migrated.error());
  for (const auto& name : migrated->applied) std::cout << "applied " << name << "\n";
  std::cout << (migrated->applied.empty() ? "up to date at version " : "now at version ")
            << migrated->to_version << "\n";
  return kOk;
}

// Opens the database without migrating: a backup must not change what it copies.
int backup(const Context& context, const std::string& to) {
  auto database = storage::open_database(database_url(context));
  if (!database.ok()) return report(database.error());
  Status done = (*database)->backup_to(to);
  if (!done.ok()) return report(done.error());
  std::cout << "backed up " << (*database)->describe() << " to " << to << "\n";
  return kOk;
}

}  // namespace

void add_database_commands(CLI::App& app, Context& context) {
  CLI::App* migrate_command = add_command(app, "migrate", "Apply pending database migrations");
  migrate_command->callback(
      [&context] { context.action = [&context] { return migrate(context); }; });

  auto to = std::make_shared<std::string>();
  CLI::App* backup_command =
      add_command(app, "backup", "Write a consistent copy of the database (safe while serving)");
  backup_command->add_option("--to", *to, "The file to write (replaced if it exists)")->required();
  backup_command->callback(
      [&context, to] { context.action = [&context, to] { return backup(context, *to); }; });
}

}  // namespace samla::cli
