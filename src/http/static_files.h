// The web UI's built files (web/dist), held in memory and served by the same binary as the
// API. Client-side routes fall back to index.html so a reload on /people/12 works.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "http/api.h"

namespace samla::http {

class StaticFiles {
 public:
  // Reads every file below `root`; an empty or missing root serves nothing.
  explicit StaticFiles(const std::string& root);

  // The response for a GET or HEAD of `path` outside /api/, or nullopt when there is no UI
  // or the path is not the UI's. Hashed assets are cached for a year, index.html never.
  std::optional<Response> serve(const Request& request) const;

  bool empty() const { return files_.empty(); }
  std::size_t size() const { return files_.size(); }

 private:
  struct File {
    std::string content_type;
    std::string body;
  };
  std::map<std::string, File> files_;  // by URL path, e.g. "/assets/index-3f2a.js"
};

}  // namespace samla::http
