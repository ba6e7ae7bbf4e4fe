// The resource library (issue 19 part 6): documents and links by theme, language and kind that a
// programme keeps for its people — knowledge summaries, tools, reports and policies. A document's
// bytes are kept in the database, so every samla server on it serves the same file. Plain data,
// no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace samla::resources {

// knowledge, tool, report, policy
const std::vector<std::string>& kinds();
// everyone (participants too), team (those who read the register)
const std::vector<std::string>& audiences();

// What is known of a resource's uploaded file; its bytes are read only to serve it.
struct FileFacts {
  std::string name;          // as uploaded, without any folder
  std::string content_type;  // as samla sniffed it from the bytes, never as the client said
  std::int64_t size = 0;     // bytes
  std::string sha256;        // hex
  std::string uploaded_by, uploaded_at;
};

// A theme's names, so that readers who may not read the themes themselves (participants) see
// them in their language.
struct ThemeName {
  std::string slug, name_en, name_sv;
};

struct Resource {
  std::int64_t id = 0;
  std::optional<std::int64_t> programme_id;  // none given: the default programme
  std::string title;
  std::string description;
  std::string kind = "knowledge";
  std::string language = "sv";         // ISO 639-1, the language it is written in
  std::vector<std::string> themes;     // theme slugs
  std::vector<ThemeName> theme_names;  // answers only: the same themes with their names
  std::string audience = "everyone";
  std::optional<std::string> url;  // a link; a document has its file instead (or as well)
  std::optional<FileFacts> file;   // answers only; set by uploading
  std::string created_by, created_at, updated_at;
  std::int64_t version = 1;
};

// An uploaded file on its way to be served: its facts and its bytes.
struct StoredFile {
  FileFacts facts;
  std::string bytes;
};

}  // namespace samla::resources
