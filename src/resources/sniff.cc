#include "resources/sniff.h"

#include <magic.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <mutex>
#include <string_view>
#include <utility>
#include <vector>

#include "core/messages.h"

namespace samla::resources {
namespace {

constexpr std::array<std::string_view, 13> kAccepted{
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "application/vnd.oasis.opendocument.text",
    "application/vnd.oasis.opendocument.spreadsheet",
    "application/vnd.oasis.opendocument.presentation",
    "text/plain",
    "text/csv",
    "image/png",
    "image/jpeg",
    "image/gif",
    "image/webp"};

// One libmagic cookie for the process: loading its database takes a while and a cookie is not
// safe to share between threads, so uses take turns (uploads are rare).
class Magic {
 public:
  Magic() : cookie_(magic_open(MAGIC_MIME_TYPE | MAGIC_NO_CHECK_COMPRESS | MAGIC_ERROR)) {
    if (cookie_ && magic_load(cookie_, nullptr) != 0) {
      error_ = magic_error(cookie_) ? magic_error(cookie_) : "magic_load failed";
      magic_close(cookie_);
      cookie_ = nullptr;
    } else if (!cookie_) {
      error_ = "magic_open failed";
    }
  }
  ~Magic() {
    if (cookie_) magic_close(cookie_);
  }
  Magic(const Magic&) = delete;
  Magic& operator=(const Magic&) = delete;

  // The MIME type and the charset of `bytes` ("text/plain", "utf-8").
  Result<std::pair<std::string, std::string>> identify(std::string_view bytes) {
    std::lock_guard lock(mutex_);
    if (!cookie_) return hidden_error(ErrorCode::internal, "libmagic: " + error_);
    const char* type = magic_buffer(cookie_, bytes.data(), bytes.size());
    if (!type)
      return hidden_error(ErrorCode::internal, std::string("libmagic: ") + magic_error(cookie_));
    std::string mime = type;
    magic_setflags(cookie_, MAGIC_MIME_ENCODING | MAGIC_NO_CHECK_COMPRESS | MAGIC_ERROR);
    const char* encoding = magic_buffer(cookie_, bytes.data(), bytes.size());
    std::string charset = encoding ? encoding : "";
    magic_setflags(cookie_, MAGIC_MIME_TYPE | MAGIC_NO_CHECK_COMPRESS | MAGIC_ERROR);
    return std::pair{std::move(mime), std::move(charset)};
  }

 private:
  std::mutex mutex_;
  magic_t cookie_ = nullptr;
  std::string error_;
};

std::string lower_extension(const std::string& filename) {
  const auto dot = filename.find_last_of('.');
  std::string out = dot == std::string::npos ? std::string() : filename.substr(dot + 1);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// The extensions of each kept type, the usual one first.
const std::vector<std::pair<std::string_view, std::vector<std::string_view>>>& extensions() {
  static const std::vector<std::pair<std::string_view, std::vector<std::string_view>>> list{
      {"application/pdf", {"pdf"}},
      {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", {"docx"}},
      {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", {"xlsx"}},
      {"application/vnd.openxmlformats-officedocument.presentationml.presentation", {"pptx"}},
      {"application/vnd.oasis.opendocument.text", {"odt"}},
      {"application/vnd.oasis.opendocument.spreadsheet", {"ods"}},
      {"application/vnd.oasis.opendocument.presentation", {"odp"}},
      {"text/plain", {"txt", "text"}},
      {"text/csv", {"csv"}},
      {"text/markdown", {"md", "markdown"}},
      {"image/png", {"png"}},
      {"image/jpeg", {"jpg", "jpeg"}},
      {"image/gif", {"gif"}},
      {"image/webp", {"webp"}}};
  return list;
}

}  // namespace

std::string named_for_type(const std::string& filename, const std::string& content_type) {
  const std::string_view type = std::string_view(content_type).substr(0, content_type.find(';'));
  const std::string extension = lower_extension(filename);
  for (const auto& [known, names] : extensions()) {
    if (known != type) continue;
    if (std::find(names.begin(), names.end(), extension) != names.end()) return filename;
    return filename + "." + std::string(names.front());
  }
  return filename;
}

Result<std::string> sniff_content_type(std::string_view bytes, const std::string& filename) {
  static Magic magic;
  SAMLA_ASSIGN(auto found, magic.identify(bytes));
  auto [mime, charset] = std::move(found);
  if (std::find(kAccepted.begin(), kAccepted.end(), mime) == kAccepted.end()) {
    const MessageParams type{{"type", mime}};
    return Error(ErrorCode::unsupported_media_type, Message{Msg::file_type_refused, type},
                 {FieldError("file", Msg::file_type_refused, type)});
  }
  if (!mime.starts_with("text/")) return mime;
  const std::string extension = lower_extension(filename);
  if (extension == "csv") mime = "text/csv";
  if (extension == "md") mime = "text/markdown";
  // us-ascii is a part of UTF-8; a few other encodings are named as libmagic read them, and for
  // anything it cannot name (unknown-8bit, binary) no charset is claimed.
  if (charset.empty() || charset == "us-ascii") charset = "utf-8";
  static const std::vector<std::string> named{"utf-8", "utf-16le", "utf-16be", "iso-8859-1"};
  if (std::find(named.begin(), named.end(), charset) == named.end()) return mime;
  return mime + "; charset=" + charset;
}

}  // namespace samla::resources
