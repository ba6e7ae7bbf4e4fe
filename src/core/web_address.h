// Addresses samla stores and later shows as links (an event's online link, its materials, an
// organisation's website): only http and https, so that no stored `javascript:` or `data:`
// address ever becomes a link on a page, whatever field or format it came in through.
#pragma once

#include <string_view>

namespace samla {

// Whether `text` is an absolute http:// or https:// address with a host, no whitespace or
// control characters, and at most 2,000 bytes.
bool is_web_address(std::string_view text);

}  // namespace samla
