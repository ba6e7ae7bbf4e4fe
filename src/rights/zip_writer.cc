#include "rights/zip_writer.h"

#include <zip.h>

#include <memory>

namespace samla::rights {
namespace {

Error zip_failure(const char* what) {
  return hidden_error(ErrorCode::internal, std::string("zip: ") + what);
}

}  // namespace

Result<std::string> zip_files(const std::vector<std::pair<std::string, std::string>>& files) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (!buffer) return zip_failure("no buffer");
  zip_source_keep(buffer);  // read back after the archive closes
  std::unique_ptr<zip_source_t, decltype(&zip_source_free)> kept(buffer, zip_source_free);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (!archive) return zip_failure("cannot open");
  for (const auto& [name, bytes] : files) {
    zip_source_t* file = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
    if (!file || zip_file_add(archive, name.c_str(), file, ZIP_FL_ENC_UTF_8) < 0) {
      if (file) zip_source_free(file);
      zip_discard(archive);
      return zip_failure("cannot add a file");
    }
  }
  if (zip_close(archive) < 0) {
    zip_discard(archive);
    return zip_failure("cannot write");
  }
  if (zip_source_open(buffer) < 0) return zip_failure("cannot read back");
  zip_source_seek(buffer, 0, SEEK_END);
  const zip_int64_t size = zip_source_tell(buffer);
  zip_source_seek(buffer, 0, SEEK_SET);
  std::string out(static_cast<std::size_t>(size > 0 ? size : 0), '\0');
  const zip_int64_t read = size > 0 ? zip_source_read(buffer, out.data(), out.size()) : 0;
  zip_source_close(buffer);
  if (read != size) return zip_failure("short read");
  return out;
}

}  // namespace samla::rights
