// Days and wall-clock times: whatever parse_day or parse_local_minute accepts is exactly the
// text it writes back, so the stored text sorts as the day it names; instants never crash.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/date.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace samla;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (auto day = parse_day(text)) {
    if (format_day(*day) != text) __builtin_trap();
  }
  if (auto local = parse_local_minute(text)) {
    if (format_day(local->day) != text.substr(0, 10)) __builtin_trap();
    if (local->hour < 0 || local->hour > 23 || local->minute < 0 || local->minute > 59)
      __builtin_trap();
    (void)instant_of(*local, "Europe/Stockholm");
  }
  (void)is_clock_time(text);
  (void)is_time_zone(text);
  return 0;
}
