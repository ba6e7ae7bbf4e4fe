// Query strings: percent-decoding, parsing into pairs, the list filters read from them, and
// (when a filter is valid) running the list on an empty register, which parses the cursor.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/fuzz_support.h"
#include "http/api.h"
#include "http/router.h"
#include "register/filter_params.h"
#include "register/list.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace samla;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  (void)http::percent_decode(text, true);
  auto once = http::percent_decode(text, false);

  http::Request r;
  r.method = "GET";
  r.target = "/api/v1/people?" + std::string(text);
  r.path = "/api/v1/people";
  r.query = http::parse_query(text);
  registry::Viewer viewer{fuzz::coordinator(), Language::sv};
  if (auto filter = registry::person_filter_from(r); filter.ok()) {
    auto page = registry::list_people(fuzz::session(), filter.value(), viewer);
    // A valid filter on an empty register lists nothing or refuses with a reason; a database
    // error means the filter built bad SQL.
    if (!page.ok() && page.error().code == ErrorCode::internal) __builtin_trap();
  }
  if (auto filter = registry::organisation_filter_from(r); filter.ok()) {
    auto page = registry::list_organisations(fuzz::session(), filter.value(), viewer);
    if (!page.ok() && page.error().code == ErrorCode::internal) __builtin_trap();
  }
  (void)once;
  return 0;
}
