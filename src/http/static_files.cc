#include "http/static_files.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace samla::http {
namespace {

std::string content_type_for(const std::filesystem::path& path) {
  static const std::map<std::string, std::string> types{
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".ico", "image/x-icon"},
      {".woff2", "font/woff2"},
      {".txt", "text/plain; charset=utf-8"},
      {".webmanifest", "application/manifest+json"},
  };
  auto found = types.find(path.extension().string());
  return found == types.end() ? "application/octet-stream" : found->second;
}

}  // namespace

StaticFiles::StaticFiles(const std::string& root) {
  std::error_code ec;
  if (root.empty() || !std::filesystem::is_directory(root, ec)) return;
  for (auto it = std::filesystem::recursive_directory_iterator(root, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_regular_file()) continue;
    std::ifstream in(it->path(), std::ios::binary);
    std::ostringstream body;
    body << in.rdbuf();
    std::string url = "/" + std::filesystem::relative(it->path(), root).generic_string();
    files_[url] = File{content_type_for(it->path()), body.str()};
  }
}

std::optional<Response> StaticFiles::serve(const Request& request) const {
  if (files_.empty() || (request.method != "GET" && request.method != "HEAD")) return std::nullopt;
  // The API and the server's own pages are never the web app's.
  if (request.path.rfind("/api/", 0) == 0 || request.path == "/metrics") return std::nullopt;
  std::string path = request.path == "/" ? "/index.html" : request.path;
  auto found = files_.find(path);
  bool is_asset = found != files_.end() && path != "/index.html";
  if (found == files_.end()) {
    // A client-side route (no file extension in its last segment) gets the app.
    auto last = path.substr(path.rfind('/') + 1);
    if (last.find('.') != std::string::npos) return std::nullopt;
    found = files_.find("/index.html");
    if (found == files_.end()) return std::nullopt;
  }
  Response response;
  response.content_type = found->second.content_type;
  response.body = found->second.body;
  // Vite names built assets by their content hash, so they never change under one name.
  response.set_header("Cache-Control", is_asset && path.rfind("/assets/", 0) == 0
                                           ? "public, max-age=31536000, immutable"
                                           : "no-cache");
  return response;
}

}  // namespace samla::http
