// How many of each thing an operation added, by the plural a person reads ("people": 30):
// what the demo loaders report, printed by the CLI and summed by app::load_demo.
#pragma once

#include <cstdint>
#include <map>
#include <string>

namespace samla {

using Counts = std::map<std::string, std::int64_t>;

}  // namespace samla
