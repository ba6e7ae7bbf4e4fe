// The connection layer's rules as tables: body framing, what the access log prints, and the
// client address behind trusted proxies.
#include "http/connection_rules.h"

#include <gtest/gtest.h>

namespace samla::http {
namespace {

TEST(Framing, OnlyChunkedAloneIsAccepted) {
  struct Row {
    std::vector<std::string> fields;
    bool content_length;
    bool refused;
  };
  const std::vector<Row> rows{
      {{}, false, false},
      {{}, true, false},
      {{"chunked"}, false, false},
      {{" Chunked "}, false, false},
      {{"chunked, identity"}, false, true},
      {{"gzip"}, false, true},
      {{"xchunked"}, false, true},
      {{"chunkedx"}, false, true},
      {{"gzip, chunked"}, false, true},
      {{"chunked, chunked"}, false, true},
      {{"chunked", "chunked"}, false, true},
      {{"identity", "chunked"}, false, true},
      {{""}, false, true},
      {{","}, false, true},
      {{"chunked"}, true, true},
  };
  for (const auto& row : rows) {
    std::string label;
    for (const auto& f : row.fields) label += "[" + f + "]";
    EXPECT_EQ(framing_problem(row.fields, row.content_length).has_value(), row.refused)
        << label << (row.content_length ? " with Content-Length" : "");
  }
}

TEST(LogSafe, EscapesWhatCouldForgeOrColourALine) {
  struct Row {
    std::string in, out;
  };
  const std::vector<Row> rows{
      {"/api/v1/people", "/api/v1/people"},
      {"/fake\n2026-12-05 GET /admin 200", "/fake\\x0A2026-12-05 GET /admin 200"},
      {"/a\r\nb", "/a\\x0D\\x0Ab"},
      {"/\x1b[31mred\x1b[0m", "/\\x1B[31mred\\x1B[0m"},
      {"/tab\there", "/tab\\x09here"},
      {"/del\x7f", "/del\\x7F"},
      {"/back\\slash", "/back\\x5Cslash"},
      {"/Göteborg/Malmö", "/Göteborg/Malmö"},
      {"/emoji/\xF0\x9F\x98\x80", "/emoji/\xF0\x9F\x98\x80"},
      {"/bad\xff\xfe", "/bad\\xFF\\xFE"},
      {"/cut\xC3", "/cut\\xC3"},
      {"/overlong\xC0\xAF", "/overlong\\xC0\\xAF"},
      {"/surrogate\xED\xA0\x80", "/surrogate\\xED\\xA0\\x80"},
      {"/c1\xC2\x9B", "/c1\\xC2\\x9B"},
      {std::string("/nul\0x", 6), "/nul\\x00x"},
  };
  for (const auto& row : rows) EXPECT_EQ(log_safe(row.in), row.out) << row.out;
  EXPECT_EQ(log_safe(std::string(5000, 'a'), 100), std::string(100, 'a') + "…");
}

TEST(AddressBlocks, ParseAddressesAndCidrBlocks) {
  EXPECT_TRUE(parse_address_block("203.0.113.7"));
  EXPECT_TRUE(parse_address_block("10.0.0.0/8"));
  EXPECT_TRUE(parse_address_block("2001:db8::/32"));
  EXPECT_TRUE(parse_address_block("::1"));
  for (const char* bad : {"", "10.0.0.0/33", "2001:db8::/129", "10.0.0.0/", "10.0.0.0/x",
                          "300.1.1.1", "example.org", "10.0.0.1/8/8", "1.2.3"})
    EXPECT_FALSE(parse_address_block(bad)) << bad;
}

TEST(ClientAddress, TrustsForwardedForOnlyFromTrustedProxies) {
  std::vector<AddressBlock> trusted{*parse_address_block("10.0.0.0/8"),
                                    *parse_address_block("2001:db8::1")};
  struct Row {
    std::string peer, forwarded, client;
  };
  const std::vector<Row> rows{
      // No proxy trusted for this peer: the header is the client's word and ignored.
      {"198.51.100.9", "203.0.113.7", "198.51.100.9"},
      // A trusted proxy: the rightmost untrusted entry.
      {"10.1.2.3", "203.0.113.7", "203.0.113.7"},
      {"10.1.2.3", "203.0.113.7, 10.9.9.9", "203.0.113.7"},
      {"10.1.2.3", "1.1.1.1, 203.0.113.7", "203.0.113.7"},
      {"10.1.2.3", " 203.0.113.7 ,10.0.0.5 ", "203.0.113.7"},
      {"2001:db8::1", "2001:db8::abcd", "2001:db8::abcd"},
      {"2001:db8::1", "[2001:db8::abcd]", "2001:db8::abcd"},
      {"::ffff:10.1.2.3", "203.0.113.7", "203.0.113.7"},
      // Every hop trusted: the leftmost.
      {"10.1.2.3", "10.4.4.4, 10.5.5.5", "10.4.4.4"},
      // Nothing, or nonsense, from the proxy: the proxy itself.
      {"10.1.2.3", "", "10.1.2.3"},
      {"10.1.2.3", "unknown", "10.1.2.3"},
      {"10.1.2.3", "203.0.113.7, garbage", "10.1.2.3"},
      {"10.1.2.3", "garbage, 203.0.113.7", "203.0.113.7"},
  };
  for (const auto& row : rows)
    EXPECT_EQ(client_address(row.peer, row.forwarded, trusted), row.client)
        << row.peer << " / " << row.forwarded;
  EXPECT_EQ(client_address("10.1.2.3", "203.0.113.7", {}), "10.1.2.3");
}

}  // namespace
}  // namespace samla::http
