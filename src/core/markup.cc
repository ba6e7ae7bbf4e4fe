#include "core/markup.h"

namespace samla {

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n' || c == '\r')
          out.push_back(c);
    }
  }
  return out;
}

std::string css_string(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"':
        out += "\\22 ";
        break;
      case '\\':
        out += "\\5C ";
        break;
      case '<':
        out += "\\3C ";
        break;
      case '>':
        out += "\\3E ";
        break;
      default:
        out.push_back(static_cast<unsigned char>(c) < 0x20 || c == 0x7f ? ' ' : c);
    }
  }
  return out + "\"";
}

}  // namespace samla
