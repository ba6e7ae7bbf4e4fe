// JSON from outside the server (request bodies, later live-session messages) is parsed here,
// with one bound on how deeply it may nest, so that no client can make a recursive walk —
// serialising, copying, comparing — run the stack out.
#pragma once

#include <nlohmann/json.hpp>

#include <string_view>

#include "core/result.h"

namespace samla {

// How deeply a client's JSON may nest: an object or array inside another counts one level.
// samla's deepest request (an event's agenda item's sub-items) needs four.
inline constexpr int kMaxJsonDepth = 32;

// Parses `text` as one JSON value. A syntax error or nesting deeper than `max_depth` is a
// `malformed` error naming the byte where it was found; nothing deeper is ever built.
Result<nlohmann::json> parse_json(std::string_view text, int max_depth = kMaxJsonDepth);

}  // namespace samla
