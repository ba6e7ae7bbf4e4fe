// The .xlsx reader (libzip and expat under it) on any bytes: a workbook parses or fails with a
// message on line 1, never crashes; what parses is imported as a dry run like a CSV file. The
// seeds are real workbooks (samla's own export), so mutations reach the XML inside.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/fuzz_support.h"
#include "register/importer.h"
#include "register/xlsx.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace samla;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto parsed = registry::xlsx::parse(bytes);
  if (parsed.error && parsed.error->line != 1) __builtin_trap();  // a workbook fails as a whole
  if (!parsed.error) {
    // Rows come in order, each after the header.
    std::size_t last = parsed.table.header.line;
    for (const auto& r : parsed.table.records) {
      if (r.line <= last) __builtin_trap();
      last = r.line;
    }
  }
  if (registry::xlsx::looks_like_xlsx(bytes)) {
    registry::ImportOptions options;
    options.dry_run = true;
    auto report = registry::import_csv(fuzz::session(), options, bytes, fuzz::coordinator());
    if (!report.ok()) __builtin_trap();
  }
  return 0;
}
