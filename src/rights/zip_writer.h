// A ZIP archive made in memory (libzip): the person's export, a JSON file and an HTML page.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/result.h"

namespace samla::rights {

// The archive of `files` (name, bytes), deflated, in the order given.
Result<std::string> zip_files(const std::vector<std::pair<std::string, std::string>>& files);

}  // namespace samla::rights
