#include "core/markup.h"

#include <gtest/gtest.h>

namespace samla {
namespace {

TEST(Markup, XmlEscapeEscapesTheFiveAndDropsForbiddenControls) {
  EXPECT_EQ(xml_escape("a<b>&\"c'\x01\td"), "a&lt;b&gt;&amp;&quot;c&apos;\td");
}

TEST(Markup, CssStringCannotEndTheStringNorTheStyleElement) {
  EXPECT_EQ(css_string("Kickoff i Örebro"), "\"Kickoff i Örebro\"");
  EXPECT_EQ(css_string("a\"b\\c"), "\"a\\22 b\\5C c\"");
  const std::string hostile = css_string("</style><script>x</script>");
  EXPECT_EQ(hostile.find('<'), std::string::npos);
  EXPECT_EQ(hostile.find('>'), std::string::npos);
  EXPECT_EQ(css_string("line\nbreak\x7f"), "\"line break \"");
}

}  // namespace
}  // namespace samla
