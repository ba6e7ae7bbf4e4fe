#include "register/table_download.h"

namespace samla::registry {

std::optional<http::Response> bad_table_format(const std::string& format) {
  if (format == "csv" || format == "xlsx") return std::nullopt;
  return http::problem_response(
      invalid_field("format", Msg::must_be_values, {{"values", "csv\nxlsx"}}));
}

http::Response table_download(const ExportTable& table, const std::string& format,
                              const std::string& stem, const std::string& sheet,
                              bool byte_order_mark) {
  const std::string filename = stem + "." + format;
  if (format == "csv") {
    csv::WriteOptions options;
    options.guard_formulas = true;
    options.byte_order_mark = byte_order_mark;
    return http::file_response("text/csv; charset=utf-8", filename, to_csv(table, options));
  }
  auto xlsx = to_xlsx(table, sheet);
  if (!xlsx.ok()) return http::problem_response(xlsx.error());
  return http::file_response("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                             filename, std::move(xlsx).value());
}

}  // namespace samla::registry
