// Text made safe inside XML and HTML (GraphML, GEXF, reports): the five special characters
// escaped, and the control characters XML 1.0 forbids even escaped dropped. And text as a
// quoted CSS string inside a <style> element (a report's title on each printed page).
#pragma once

#include <string>
#include <string_view>

namespace samla {

std::string xml_escape(std::string_view text);
// "…" with quotes, backslashes and angle brackets as CSS escapes (so neither the string nor
// the <style> element can be ended early) and control characters as spaces.
std::string css_string(std::string_view text);

}  // namespace samla
