#include "http/static_files.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace samla::http {
namespace {

class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = std::filesystem::temp_directory_path() / ("samla-static-" + std::to_string(::getpid()));
    std::filesystem::create_directories(root_ / "assets");
    std::ofstream(root_ / "index.html") << "<!doctype html><title>samla</title>";
    std::ofstream(root_ / "assets" / "index-abc123.js") << "console.log(1)";
  }
  void TearDown() override { std::filesystem::remove_all(root_); }

  static Request get(std::string path, std::string method = "GET") {
    Request r;
    r.method = std::move(method);
    r.path = std::move(path);
    return r;
  }
  static std::string header(const Response& r, const std::string& name) {
    for (auto& [k, v] : r.headers)
      if (k == name) return v;
    return "";
  }

  std::filesystem::path root_;
};

TEST_F(StaticFilesTest, ServesIndexAssetsAndClientRoutes) {
  StaticFiles files(root_.string());
  ASSERT_EQ(files.size(), 2u);
  auto index = files.serve(get("/"));
  ASSERT_TRUE(index);
  EXPECT_EQ(index->content_type, "text/html; charset=utf-8");
  EXPECT_EQ(header(*index, "Cache-Control"), "no-cache");
  auto asset = files.serve(get("/assets/index-abc123.js"));
  ASSERT_TRUE(asset);
  EXPECT_EQ(asset->body, "console.log(1)");
  EXPECT_EQ(header(*asset, "Cache-Control"), "public, max-age=31536000, immutable");
  auto route = files.serve(get("/people/12"));
  ASSERT_TRUE(route);
  EXPECT_EQ(route->body, index->body);
  EXPECT_TRUE(files.serve(get("/people/12", "HEAD")));
}

TEST_F(StaticFilesTest, LeavesTheApiMissingFilesAndWritesAlone) {
  StaticFiles files(root_.string());
  EXPECT_FALSE(files.serve(get("/api/v1/people")));
  EXPECT_FALSE(files.serve(get("/assets/missing.js")));
  EXPECT_FALSE(files.serve(get("/../../etc/passwd.txt")));
  EXPECT_FALSE(files.serve(get("/", "POST")));
  EXPECT_TRUE(StaticFiles("/nonexistent/folder").empty());
}

}  // namespace
}  // namespace samla::http
