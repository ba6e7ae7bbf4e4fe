#include "live/code.h"

#include <gtest/gtest.h>

#include <set>

#include "live/qr.h"

namespace samla::live {
namespace {

TEST(JoinCode, HasSixCharactersWithoutLookAlikes) {
  std::set<std::string> seen;
  for (int i = 0; i < 2000; ++i) {
    const std::string code = new_join_code();
    ASSERT_EQ(code.size(), kCodeLength);
    for (char c : code) {
      EXPECT_EQ(std::string("0O1IL").find(c), std::string::npos) << code;
      EXPECT_NE(kCodeAlphabet.find(c), std::string_view::npos) << code;
    }
    seen.insert(code);
  }
  // 31^6 codes: 2,000 draws almost never repeat; a broken generator (one code) would.
  EXPECT_GT(seen.size(), 1990u);
}

TEST(JoinCode, ReadsWhatPeopleTypeAndRefusesWhatCannotBeACode) {
  const struct {
    const char* typed;
    const char* code;
  } cases[] = {
      {"ABC234", "ABC234"},   {"abc234", "ABC234"}, {" abc-234 ", "ABC234"},
      {"AB C2 34", "ABC234"}, {"ABC23", ""},        {"ABC2345", ""},
      {"ABCO34", ""},         {"ABC134", ""},       {"", ""},
      {"ÅBC234", ""},         {"ABC2344\n", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(normalise_join_code(c.typed), c.code) << c.typed;
}

TEST(QrCode, IsAnSvgWithAQuietZoneAndModules) {
  auto svg = qr_svg("https://samla.example.org/live?code=ABC234");
  ASSERT_TRUE(svg.ok());
  EXPECT_EQ(svg->rfind("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ", 0), 0u);
  // Version 3 for this length: 29 modules and 4 of quiet zone on each side.
  EXPECT_NE(svg->find("viewBox=\"0 0 37 37\""), std::string::npos) << *svg;
  // The finder pattern's top row starts at the quiet zone: seven dark modules.
  EXPECT_NE(svg->find("M4 4h7v1h-7z"), std::string::npos);
  EXPECT_FALSE(qr_svg(std::string(8000, 'x')).ok());
}

}  // namespace
}  // namespace samla::live
