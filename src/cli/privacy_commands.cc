// samla privacy export PERSON and samla privacy erase PERSON_ID --reason TEXT: a person's rights
// of access and erasure (GDPR art. 15, 20, 17), the same use cases as the API's.
#include <fstream>
#include <iostream>

#include "access/principal.h"
#include "cli/context.h"
#include "rights/erasure.h"

namespace samla::cli {
namespace {

int export_person(const Context& context, std::int64_t person_id, const std::string& output) {
  auto app = open_app_or_report(context);
  if (!app) return kFailed;
  auto file = app->rights->export_person(person_id, access::system_principal("samla privacy"));
  if (!file.ok()) return report(file.error());
  const std::string path = output.empty() ? file->name : output;
  if (path == "-") {
    std::cout.write(file->bytes.data(), static_cast<std::streamsize>(file->bytes.size()));
    return kOk;
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(file->bytes.data(), static_cast<std::streamsize>(file->bytes.size()));
  if (!out) return usage_error("cannot write " + path);
  std::cerr << "wrote " << path << "\n";
  return kOk;
}

int erase_person(const Context& context, std::int64_t person_id, const std::string& reason) {
  auto app = open_app_or_report(context);
  if (!app) return kFailed;
  auto done = app->rights->erase(person_id, reason, access::system_principal("samla privacy"));
  if (!done.ok()) return report(done.error());
  std::cout << rights::to_json(done.value()).dump(2) << "\n";
  return kOk;
}

}  // namespace

void add_privacy_commands(CLI::App& app, Context& context) {
  CLI::App* privacy = add_command(app, "privacy", "A person's data: export (access) and erasure");
  privacy->require_subcommand(1);

  auto person = std::make_shared<std::int64_t>(0);
  auto output = std::make_shared<std::string>();
  CLI::App* exporting = add_command(
      *privacy, "export",
      "Write everything samla holds about a person as a ZIP (person.json and summary.html)");
  exporting->add_option("PERSON", *person, "The person's id")->required();
  exporting->add_option("-o,--output", *output,
                        "The file to write (default samla-person-ID.zip; - for standard output)");
  exporting->callback([&context, person, output] {
    context.action = [&context, person, output] {
      return export_person(context, *person, *output);
    };
  });

  auto erased = std::make_shared<std::int64_t>(0);
  auto reason = std::make_shared<std::string>();
  CLI::App* erasing = add_command(
      *privacy, "erase",
      "Erase a person: every identifying value leaves every table; a tombstone keeps the counts");
  erasing->add_option("PERSON_ID", *erased, "The person's id")->required();
  erasing->add_option("--reason", *reason, "Why (kept in the audit log)")->required();
  erasing->callback([&context, erased, reason] {
    context.action = [&context, erased, reason] { return erase_person(context, *erased, *reason); };
  });
}

}  // namespace samla::cli
