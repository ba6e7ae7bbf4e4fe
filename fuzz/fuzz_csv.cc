// CSV parser and importer: any bytes parse or fail with a message, never crash; whatever
// parses is imported (dry run, so the database stays empty) as people or organisations.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/fuzz_support.h"
#include "register/csv.h"
#include "register/importer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace samla;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  (void)registry::csv::detect_delimiter(text);
  auto parsed = registry::csv::parse(text);
  // A parsed table written back out parses again to the same fields.
  if (!parsed.error) {
    registry::csv::WriteOptions options;
    options.delimiter = parsed.table.delimiter;
    registry::csv::Writer writer(options);
    writer.row(parsed.table.header.fields);
    for (const auto& r : parsed.table.records) writer.row(r.fields);
    auto again = registry::csv::parse(writer.text());
    // (Unless the header changed which delimiter wins: quoting differs between writers; or
    // the first field starts with U+FEFF, which at the start of a file is a byte-order mark.)
    const auto& header = parsed.table.header.fields;
    bool leading_bom = !header.empty() && header[0].rfind("\xEF\xBB\xBF", 0) == 0;
    bool comparable =
        !again.error && again.table.delimiter == parsed.table.delimiter && !leading_bom;
    if (comparable && again.table.header.fields != parsed.table.header.fields) __builtin_trap();
    for (const auto& f : parsed.table.header.fields) (void)registry::csv::unguard(f);
  }
  registry::ImportOptions options;
  options.dry_run = true;
  options.kind =
      (size % 2 == 0) ? registry::ImportKind::people : registry::ImportKind::organisations;
  auto report = registry::import_csv(fuzz::session(), options, text, fuzz::coordinator());
  // A database failure on a dry run of any text is a bug: bad data belongs in the report.
  if (!report.ok()) __builtin_trap();
  for (const auto& p : report->problems) (void)registry::format_problem("fuzz.csv", p);
  (void)registry::summary_line(*report);
  return 0;
}
