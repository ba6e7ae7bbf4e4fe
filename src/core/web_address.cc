#include "core/web_address.h"

#include <algorithm>

namespace samla {

bool is_web_address(std::string_view text) {
  if (text.size() > 2000) return false;
  std::string_view rest;
  for (std::string_view scheme : {"https://", "http://"})
    if (text.starts_with(scheme)) rest = text.substr(scheme.size());
  if (rest.empty()) return false;
  // A host comes first: not empty, not another "//" or a path.
  const std::string_view host = rest.substr(0, rest.find_first_of("/?#"));
  if (host.empty() || host.front() == '.' || host.front() == ':' || host.front() == '@')
    return false;
  return std::none_of(text.begin(), text.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u <= 0x20 || u == 0x7f || c == '"' || c == '<' || c == '>' || c == '\\' || c == '`';
  });
}

}  // namespace samla
