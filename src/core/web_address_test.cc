// Only http and https addresses are stored as links, in every field that holds one.
#include "core/web_address.h"

#include <gtest/gtest.h>

#include <string>

namespace samla {
namespace {

TEST(WebAddress, AcceptsHttpAndHttps) {
  for (const char* good : {"https://example.org", "http://example.org/a?b=c#d",
                           "https://meet.example.org:8443/room/42", "https://xn--gteborg-90a.se/"})
    EXPECT_TRUE(is_web_address(good)) << good;
}

TEST(WebAddress, RefusesEverythingElse) {
  for (const char* bad :
       {"javascript:alert(1)", "JAVASCRIPT:alert(1)", "javascript://example.org/%0aalert(1)",
        "data:text/html,<script>alert(1)</script>", "vbscript:x", "ftp://example.org",
        "//example.org", "https://", "https:///path", "https://exa mple.org", "https://a.org/\n",
        " https://example.org", "https://example.org/\"onmouseover=x", "mailto:a@example.org",
        "HTTPS://example.org", "https://@evil", "example.org"})
    EXPECT_FALSE(is_web_address(bad)) << bad;
  EXPECT_FALSE(is_web_address("https://example.org/" + std::string(2000, 'a')));
}

}  // namespace
}  // namespace samla
