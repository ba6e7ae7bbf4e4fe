// samla report event and samla report programme: a report rendered to a file (or stdout) in
// any format and language, as an admin sees it or, with --as, as another role would.
#include <fstream>
#include <iostream>

#include "access/principal.h"
#include "cli/context.h"

namespace samla::cli {
namespace {

struct ReportOptions {
  std::int64_t event_id = 0;
  std::string format, lang, output, as = "admin", theme, from, to;
};

// The viewer the report is rendered for: an admin, or the role named by --as.
Result<privacy::Viewer> viewer_for(const ReportOptions& o) {
  auto role = access::parse_role(o.as);
  if (!role)
    return hidden_error(ErrorCode::invalid, "--as: unknown role '" + o.as +
                                                "'; use admin, coordinator, facilitator, "
                                                "participant or observer");
  return privacy::Viewer{{0, "cli:report", *role, std::nullopt},
                         o.lang == "sv" ? Language::sv : Language::en};
}

// What is missing from the command line, if anything.
std::optional<std::string> missing(const ReportOptions& o) {
  if (o.format.empty()) return "--format is missing: give pdf, docx, html or md";
  if (o.lang.empty()) return "--lang is missing: give sv or en";
  return std::nullopt;
}

int write_out(const reports::Rendered& rendered, const std::string& path) {
  if (path.empty() || path == "-") {
    std::cout << rendered.body;
    return kOk;
  }
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  file << rendered.body;
  if (!file.good()) {
    std::cerr << "samla: could not write " << path << "\n";
    return kFailed;
  }
  std::cerr << "samla: wrote " << path << " (" << rendered.body.size() << " bytes)\n";
  return kOk;
}

int report_event(const Context& context, const ReportOptions& o) {
  if (auto what = missing(o)) return report(hidden_error(ErrorCode::invalid, *what));
  auto app = open_app_or_report(context);
  if (!app) return kFailed;
  auto viewer = viewer_for(o);
  if (!viewer.ok()) return report(viewer.error());
  auto made =
      app->reports->latest_or_new_for_event(o.event_id, access::system_principal("cli:report"));
  if (!made.ok()) return report(made.error());
  auto rendered = app->reports->render(made->id, o.format, o.lang, *viewer);
  if (!rendered.ok()) return report(rendered.error());
  return write_out(*rendered, o.output);
}

int report_programme(const Context& context, const ReportOptions& o) {
  if (auto what = missing(o)) return report(hidden_error(ErrorCode::invalid, *what));
  auto app = open_app_or_report(context);
  if (!app) return kFailed;
  auto viewer = viewer_for(o);
  if (!viewer.ok()) return report(viewer.error());
  reports::Report scope;
  if (!o.theme.empty()) scope.theme = o.theme;
  if (!o.from.empty()) scope.from = o.from;
  if (!o.to.empty()) scope.to = o.to;
  if (!scope.theme && !scope.from && !scope.to)
    return report(
        hidden_error(ErrorCode::invalid,
                     "give --theme, or --from and --to, or both: which events to report on"));
  auto rendered = app->reports->render_unsaved(scope, o.format, o.lang, *viewer);
  if (!rendered.ok()) return report(rendered.error());
  return write_out(*rendered, o.output);
}

void add_common_options(CLI::App* command, ReportOptions& o) {
  command->add_option("--format", o.format, "pdf, docx, html or md");
  command->add_option("--lang", o.lang, "sv or en");
  command->add_option("-o,--output", o.output, "The file to write (default: standard output)");
  command->add_option("--as", o.as, "Render as this role would see it (default: admin)");
}

}  // namespace

void add_report_commands(CLI::App& app, Context& context) {
  CLI::App* report_command = add_command(app, "report", "Render reports");
  report_command->require_subcommand(1);
  auto options = std::make_shared<ReportOptions>();
  CLI::App* event =
      add_command(*report_command, "event", "The event's newest report, or a fresh draft of it");
  event->add_option("ID", options->event_id, "The event's id")->required();
  add_common_options(event, *options);
  event->callback([&context, options] {
    context.action = [&context, options] { return report_event(context, *options); };
  });
  CLI::App* programme =
      add_command(*report_command, "programme", "A report over the events of a theme and/or dates");
  programme->add_option("--theme", options->theme, "A theme's slug");
  programme->add_option("--from", options->from, "First day, YYYY-MM-DD");
  programme->add_option("--to", options->to, "Last day, YYYY-MM-DD");
  add_common_options(programme, *options);
  programme->callback([&context, options] {
    context.action = [&context, options] { return report_programme(context, *options); };
  });
}

}  // namespace samla::cli
