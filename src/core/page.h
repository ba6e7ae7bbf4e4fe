// One page of a list: the items, the total matching the filter, and the cursor of the next page.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace samla {

template <typename T>
struct Page {
  std::vector<T> items;
  std::int64_t total = 0;
  std::optional<std::string> next;  // opaque cursor, absent on the last page
};

// Page sizes: the default, and the most a client may ask for.
inline constexpr int kDefaultPageSize = 50;
inline constexpr int kMaxPageSize = 500;

}  // namespace samla
