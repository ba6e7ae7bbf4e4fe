// samla import and samla export: organisations and people as spreadsheets.
#include <unistd.h>

#include <fstream>
#include <iostream>
#include <sstream>

#include "access/principal.h"
#include "analysis/import_assessments.h"
#include "cli/context.h"
#include "register/exporter.h"
#include "register/importer.h"
#include "register/validation.h"

namespace samla::cli {
namespace {

struct ImportOptions {
  std::string kind;
  std::string file;
  bool dry_run = false;
  std::vector<std::string> columns;  // "Header=field", or "Header=" to leave it out
  std::string separator = "|";
  std::string assessor;  // whose judgement a sheet's assessment columns are: an account's name
};

struct ExportOptions {
  std::string kind;
  std::string format = "csv";
  std::string output;
  bool excel = false;
  std::string language = "en";
};

// On a terminal, a large import shows how far it has come on one line of stderr ("checking
// 12000 of 100000 rows"), rewritten in place and cleared at the end; in a pipe, nothing.
ProgressCallback terminal_progress() {
  if (!::isatty(STDERR_FILENO)) return {};
  return [](std::string_view stage, std::int64_t done, std::int64_t total) {
    if (total < 1000 || (done % 1000 != 0 && done != total)) return;
    std::cerr << "\r" << stage << " " << done << " of " << total << " rows" << std::flush;
  };
}

int run_import(const Context& context, const ImportOptions& options) {
  std::ifstream in(options.file, std::ios::binary);
  if (!in) return usage_error("cannot read " + options.file);
  std::ostringstream text;
  text << in.rdbuf();
  auto app = open_app_or_report(context);
  if (!app) return kFailed;
  auto lease = app->pool->acquire();
  if (!lease.ok()) return report(lease.error());
  registry::ImportOptions import_options{*registry::parse_kind(options.kind), options.dry_run};
  import_options.value_separator = options.separator.front();
  import_options.progress = terminal_progress();
  for (const auto& mapping : options.columns) {
    auto equals = mapping.rfind('=');
    if (equals == std::string::npos)
      return usage_error("--column takes HEADER=FIELD (or HEADER= to leave it out): " + mapping);
    import_options.columns[registry::trim(mapping.substr(0, equals))] = mapping.substr(equals + 1);
  }
  // Assessment columns are someone's judgement: the account named by --assessor. Without it,
  // a sheet that has such columns is refused (the extension says so, naming the column).
  std::optional<access::Principal> assessor;
  if (!options.assessor.empty()) {
    auto user = app->access->find_user(options.assessor);
    if (!user.ok()) return report(user.error());
    if (user->disabled) return usage_error("the account " + user->name + " is disabled");
    assessor = access::Principal{user->id, user->name, user->role, std::nullopt};
  }
  import_options.extensions.push_back(analysis::assessment_columns(assessor));
  if (auto checked = registry::check_import_options(import_options); !checked.ok())
    return report(checked.error());
  auto result = registry::import_csv(**lease, import_options, text.str(),
                                     access::system_principal("cli:import"));
  if (import_options.progress) std::cerr << "\r\033[K" << std::flush;  // however it ended
  if (!result.ok()) return report(result.error());
  for (const auto& problem : result->problems)
    std::cerr << registry::format_problem(options.file, problem, terminal_language()) << "\n";
  // Notices (an ignored column) do not fail the import: exit status 0 when nothing else is wrong.
  for (const auto& warning : result->warnings)
    std::cerr << registry::format_problem(options.file, warning, terminal_language(), true) << "\n";
  if (!result->ok()) {
    const auto count = result->problems.size();
    if (terminal_language() == Language::sv)
      std::cerr << "samla: " << count << " fel; inget importerades\n";
    else
      std::cerr << "samla: " << count << (count == 1 ? " problem" : " problems")
                << "; nothing was imported\n";
    return kFailed;
  }
  for (const auto& o : result->organisations_created)
    std::cerr << options.file << ":" << o.line << ": "
              << (result->dry_run ? "would create" : "created") << " organisation " << o.name
              << (o.country ? " (" + *o.country + ")" : "") << ", "
              << (o.sector && o.level ? *o.sector + ", " + *o.level
                                      : std::string("to complete: sector and level unknown"))
              << "\n";
  std::cout << registry::summary_line(*result) << "\n";
  return kOk;
}

int run_export(const Context& context, const ExportOptions& options) {
  auto format = *registry::parse_export_format(options.format);
  if (format == registry::ExportFormat::xlsx && options.output.empty())
    return usage_error("xlsx is a binary format: give a file with -o");
  auto app = open_app_or_report(context);
  if (!app) return kFailed;
  auto lease = app->pool->acquire();
  if (!lease.ok()) return report(lease.error());
  // The command line is trusted like an administrator: it sees everything.
  registry::Viewer viewer{access::system_principal("cli:export"),
                          options.language == "sv" ? Language::sv : Language::en};
  registry::csv::WriteOptions csv_options;
  if (options.excel)
    csv_options = {';', true, true, true};
  else
    csv_options.guard_formulas = true;
  auto bytes = registry::export_register(**lease, *registry::parse_kind(options.kind), format,
                                         viewer, csv_options);
  if (!bytes.ok()) return report(bytes.error());
  if (options.output.empty()) {
    std::cout << *bytes << std::flush;
    return kOk;
  }
  std::ofstream out(options.output, std::ios::binary | std::ios::trunc);
  out << *bytes;
  out.close();
  if (!out) return report(hidden_error(ErrorCode::unavailable, "cannot write " + options.output));
  std::cerr << "samla: wrote " << options.output << "\n";
  return kOk;
}

}  // namespace

void add_import_export_commands(CLI::App& app, Context& context) {
  const std::vector<std::string> kinds{"organisations", "people"};
  auto in = std::make_shared<ImportOptions>();
  CLI::App* import_command = add_command(
      app, "import",
      "Import organisations or people from a CSV file or an Excel sheet (see docs/import.md)");
  import_command->add_option("KIND", in->kind, "organisations or people")
      ->required()
      ->check(CLI::IsMember(kinds));
  import_command
      ->add_option("FILE", in->file,
                   "A CSV file (UTF-8, comma or semicolon separated) or an Excel "
                   "workbook (.xlsx, its first sheet)")
      ->required()
      ->check(CLI::ExistingFile);
  import_command->add_flag("--dry-run", in->dry_run,
                           "Check the file and report, but write nothing");
  import_command
      ->add_option("--column", in->columns,
                   "HEADER=FIELD reads the column HEADER as FIELD (e.g. \"Mejl=email\"); "
                   "HEADER= leaves it out. Repeatable")
      ->take_all();
  import_command
      ->add_option("--separator", in->separator,
                   "What separates several values in one cell: | (default), ; or ,")
      ->check(CLI::IsMember({"|", ";", ","}));
  import_command->add_option(
      "--assessor", in->assessor,
      "The account whose judgement the sheet's assessment columns are (Inflytande, Intresse, …); "
      "required when the file has such columns");
  import_command->callback(
      [&context, in] { context.action = [&context, in] { return run_import(context, *in); }; });

  auto out = std::make_shared<ExportOptions>();
  CLI::App* export_command = add_command(app, "export", "Export organisations or people");
  export_command->add_option("KIND", out->kind, "organisations or people")
      ->required()
      ->check(CLI::IsMember(kinds));
  export_command->add_option("--format", out->format, "csv, json or xlsx")
      ->check(CLI::IsMember({"csv", "json", "xlsx"}))
      ->capture_default_str();
  export_command->add_option("-o,--output", out->output, "The file to write (default: stdout)");
  export_command->add_flag("--excel", out->excel,
                           "CSV for Excel in a Swedish locale: semicolons, UTF-8 BOM, CRLF");
  export_command->add_option("--lang", out->language, "Sort names as in en or sv")
      ->check(CLI::IsMember({"en", "sv"}))
      ->capture_default_str();
  export_command->callback(
      [&context, out] { context.action = [&context, out] { return run_export(context, *out); }; });
}

}  // namespace samla::cli
