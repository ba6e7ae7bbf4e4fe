// A table (ExportTable) to download as CSV or XLSX: the one way the attendance, the kickoff list
// and the actions are answered as files, with the format checked first.
#pragma once

#include <optional>
#include <string>

#include "http/api.h"
#include "register/exporter.h"

namespace samla::registry {

// The problem answer when `format` is neither csv nor xlsx (422 naming `format`), or nothing.
std::optional<http::Response> bad_table_format(const std::string& format);

// `table` as `{stem}.{format}`: CSV with spreadsheet formulas guarded (and a byte-order mark
// when asked, for Excel), or XLSX with the sheet `sheet`. `format` was checked.
http::Response table_download(const ExportTable& table, const std::string& format,
                              const std::string& stem, const std::string& sheet,
                              bool byte_order_mark = false);

}  // namespace samla::registry
