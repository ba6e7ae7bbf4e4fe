// Text made safe inside XML and HTML (GraphML, GEXF, reports): the five special characters
// escaped, and the control characters XML 1.0 forbids even escaped dropped.
#pragma once

#include <string>
#include <string_view>

namespace samla {

std::string xml_escape(std::string_view text);

}  // namespace samla
