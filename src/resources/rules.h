// What a resource must be before it is stored, checked without the database: a title, a kind
// and audience from the lists, a real language code, at most 20 distinct themes, bounded texts
// and, when it links somewhere, an http(s) address. And what an uploaded file's name and size
// must be.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/result.h"
#include "resources/model.h"

namespace samla::resources {

inline constexpr std::size_t kMaxTitle = 200, kMaxDescription = 4000, kMaxThemes = 20;
// The largest file the library keeps: enough for a report with pictures, small enough that a
// server holds a few uploads in memory at once.
inline constexpr std::size_t kMaxFileBytes = 10 * 1024 * 1024;
inline constexpr std::size_t kMaxFileName = 200;  // characters

std::vector<FieldError> check_resource(const Resource& r);

// The name a file is kept under: the last part of `given` (a browser may send a whole path),
// trimmed; or a 422 naming `filename` when that is empty, too long or has control characters.
Result<std::string> kept_file_name(const std::string& given);

// A 413 naming `file` when the upload is larger than kMaxFileBytes, a 422 when it is empty.
Status check_file_size(std::size_t bytes);

}  // namespace samla::resources
