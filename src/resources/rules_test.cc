// The resource rules as tables: each row changes one thing about a valid resource and names the
// fields that must then be refused (none: it stays valid); and what an upload's name and size
// may be.
#include <gtest/gtest.h>

#include <functional>
#include <set>

#include "resources/rules.h"

namespace samla::resources {
namespace {

Resource guide() {
  Resource r;
  r.title = "Guide to inclusive workshops";
  r.description = "How to plan a workshop everyone can take part in.";
  r.kind = "tool";
  r.language = "sv";
  r.themes = {"stigma_reduction", "access_to_services"};
  r.audience = "everyone";
  r.url = "https://example.org/guide";
  return r;
}

std::set<std::string> refused(const Resource& r) {
  std::set<std::string> out;
  for (const auto& e : check_resource(r)) out.insert(e.field);
  return out;
}

TEST(ResourceRules, EachRowRefusesWhatItNames) {
  struct Row {
    const char* what;
    std::function<void(Resource&)> change;
    std::set<std::string> fields;
  };
  const std::vector<Row> rows{
      {"valid as it is", [](Resource&) {}, {}},
      {"a document waiting for its file", [](Resource& r) { r.url.reset(); }, {}},
      {"Northern Sami", [](Resource& r) { r.language = "se"; }, {}},
      {"no title", [](Resource& r) { r.title = " \t"; }, {"title"}},
      {"a title too long", [](Resource& r) { r.title = std::string(201, 'a'); }, {"title"}},
      {"a title of 200 letters å",
       [](Resource& r) {
         r.title.clear();
         for (int i = 0; i < 200; ++i) r.title += "å";
       },
       {}},
      {"a description too long",
       [](Resource& r) { r.description = std::string(4001, 'a'); },
       {"description"}},
      {"an unknown kind", [](Resource& r) { r.kind = "video"; }, {"kind"}},
      {"an unknown audience", [](Resource& r) { r.audience = "public"; }, {"audience"}},
      {"a language that is no code", [](Resource& r) { r.language = "swedish"; }, {"language"}},
      {"a language ICU does not know", [](Resource& r) { r.language = "xx"; }, {"language"}},
      {"a theme twice", [](Resource& r) { r.themes.push_back("stigma_reduction"); }, {"themes"}},
      {"too many themes", [](Resource& r) { r.themes.assign(21, "t"); }, {"themes"}},
      {"a script for a link", [](Resource& r) { r.url = "javascript:alert(1)"; }, {"url"}},
      {"a link without http", [](Resource& r) { r.url = "www.example.org"; }, {"url"}},
  };
  for (const auto& row : rows) {
    Resource r = guide();
    row.change(r);
    EXPECT_EQ(refused(r), row.fields) << row.what;
  }
}

TEST(ResourceRules, KeepsTheLastPartOfAFileNameAndRefusesBadOnes) {
  struct Row {
    std::string given;
    std::optional<std::string> kept;  // none: refused, naming `filename`
  };
  const std::vector<Row> rows{
      {"rapport.pdf", "rapport.pdf"},
      {"  Lägesrapport höst 2026.pdf ", "Lägesrapport höst 2026.pdf"},
      {"C:\\Users\\anna\\Desktop\\plan.docx", "plan.docx"},
      {"../../etc/passwd", "passwd"},
      {"", std::nullopt},
      {"folder/", std::nullopt},
      {"..", std::nullopt},
      {"tab\there.txt", std::nullopt},
      {"bell\x07.txt", std::nullopt},
      {"rapport\xE2\x80\xAE"
       "fdp.exe",
       std::nullopt},  // U+202E turns the name around
      {"C1\xC2\x85.txt", std::nullopt},
      {"bad\xFF.pdf", std::nullopt},
      {"overlong\xC0\xAE.txt", std::nullopt},
      {"emoji 😀 och åäö.pdf", "emoji 😀 och åäö.pdf"},
      {std::string(201, 'n'), std::nullopt},
  };
  for (const auto& row : rows) {
    auto kept = kept_file_name(row.given);
    if (row.kept) {
      ASSERT_TRUE(kept.ok()) << row.given;
      EXPECT_EQ(*kept, *row.kept);
    } else {
      ASSERT_FALSE(kept.ok()) << row.given;
      EXPECT_EQ(kept.error().code, ErrorCode::invalid);
      ASSERT_EQ(kept.error().fields.size(), 1u) << row.given;
      EXPECT_EQ(kept.error().fields[0].field, "filename");
    }
  }
}

TEST(ResourceRules, AFileIsNeitherEmptyNorOverTheLimit) {
  EXPECT_TRUE(check_file_size(1).ok());
  EXPECT_TRUE(check_file_size(kMaxFileBytes).ok());
  auto empty = check_file_size(0);
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().code, ErrorCode::invalid);
  auto large = check_file_size(kMaxFileBytes + 1);
  ASSERT_FALSE(large.ok());
  EXPECT_EQ(large.error().code, ErrorCode::payload_too_large);
  ASSERT_EQ(large.error().fields.size(), 1u);
  EXPECT_EQ(large.error().fields[0].field, "file");
  EXPECT_NE(large.error().message.find("10 MB"), std::string::npos) << large.error().message;
}

}  // namespace
}  // namespace samla::resources
