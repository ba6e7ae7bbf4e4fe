// samla demo: loads the demo programme into any database, once; samla demo generate: invented
// data at any scale, for benchmarks.
#include <iomanip>
#include <iostream>

#include "access/principal.h"
#include "app/capability.h"
#include "cli/context.h"
#include "network/generator.h"
#include "register/generator.h"

namespace samla::cli {
namespace {

struct GenerateFlags {
  std::int64_t people = 1000;
  std::int64_t organisations = 100;
  std::int64_t ties = 0;
  std::uint64_t seed = 1;
  std::int64_t batch = 5000;
};

int demo(const Context& context) {
  auto app = open_app_or_report(context);
  if (!app) return kFailed;
  auto loaded = app::load_demo(*app, access::system_principal("cli:demo"));
  if (!loaded.ok()) return report(loaded.error());
  const app::DemoReport& r = loaded.value();
  std::cout << "demo programme: " << r.count("organisations") << " organisations, "
            << r.count("people") << " people, " << r.count("country groups") << " country groups, "
            << r.count("assessments") << " assessments, " << r.count("kickoff lists")
            << " kickoff lists, " << r.count("events") << " events, " << r.count("lessons learned")
            << " lessons learned, " << r.count("outcomes") << " outcomes, "
            << r.count("evaluation answers") << " evaluation answers, " << r.count("reports")
            << " reports, " << r.count("groups") << " follow-up groups, " << r.count("actions")
            << " actions and " << r.count("ties") << " ties created";
  if (r.count("organisations") + r.count("people") + r.count("country groups") +
          r.count("assessments") ==
      0)
    std::cout << " (already loaded)";
  std::cout << "\n";
  if (!r.register_was_empty && r.count("assessments") == 0)
    std::cout << "no demo assessments or events: the register was not empty\n";
  return kOk;
}

// Rows per second, or 0 for an instant.
double rate(std::int64_t rows, double seconds) {
  return seconds > 0 ? rows / seconds : 0;
}

int generate(const Context& context, const GenerateFlags& flags) {
  if (flags.people < 0 || flags.organisations < 0 || flags.batch < 1)
    return usage_error("--people and --organisations must be 0 or more, --batch 1 or more");
  auto app = open_app_or_report(context);
  if (!app) return kFailed;
  auto lease = app->pool->acquire();
  if (!lease.ok()) return report(lease.error());
  registry::GenerateOptions options{flags.people, flags.organisations, flags.seed, flags.batch};
  auto progress = [&](std::int64_t done) {
    std::cerr << "\r" << done << " / " << flags.people << " people" << std::flush;
  };
  auto summary = registry::write_generated(**lease, options,
                                           access::system_principal("cli:demo-generate"), progress);
  if (flags.people > 0) std::cerr << "\n";
  if (!summary.ok()) return report(summary.error());
  std::cout << std::fixed << std::setprecision(0) << "generated (seed " << flags.seed
            << "): " << summary->organisations_created << " organisations in "
            << std::setprecision(2) << summary->organisation_seconds << " s ("
            << std::setprecision(0)
            << rate(summary->organisations_created, summary->organisation_seconds) << " rows/s), "
            << summary->people_created << " people in " << std::setprecision(2)
            << summary->people_seconds << " s (" << std::setprecision(0)
            << rate(summary->people_created, summary->people_seconds) << " rows/s)\n";
  if (flags.ties > 0) {
    auto tied = network::write_generated_ties(
        **lease, flags.ties, flags.seed, flags.batch, access::system_principal("cli:demo-generate"),
        [&](std::int64_t done) {
          std::cerr << "\r" << done << " / " << flags.ties << " ties" << std::flush;
        });
    std::cerr << "\n";
    if (!tied.ok()) return report(tied.error());
    std::cout << "generated " << tied->created << " ties in " << std::setprecision(2)
              << tied->seconds << " s\n";
  }
  return kOk;
}

}  // namespace

void add_demo_command(CLI::App& app, Context& context) {
  CLI::App* command =
      add_command(app, "demo", "Load the demo programme (invented people); safe to repeat");
  command->callback([&context, command] {
    if (command->get_subcommands().empty()) context.action = [&context] { return demo(context); };
  });

  auto flags = std::make_shared<GenerateFlags>();
  CLI::App* generate_command = add_command(
      *command, "generate",
      "Write invented people and organisations at any scale (reproducible from --seed), for "
      "benchmarks; meant for an empty database");
  generate_command->add_option("--people", flags->people, "People to create")
      ->capture_default_str();
  generate_command->add_option("--organisations", flags->organisations, "Organisations to create")
      ->capture_default_str();
  generate_command->add_option("--seed", flags->seed, "Seed; the same seed gives the same data")
      ->capture_default_str();
  generate_command->add_option("--batch", flags->batch, "Rows per transaction")
      ->capture_default_str();
  generate_command->add_option("--ties", flags->ties,
                               "Ties between the people (after generating them), clustered");
  generate_command->callback([&context, flags] {
    context.action = [&context, flags] { return generate(context, *flags); };
  });
}

}  // namespace samla::cli
