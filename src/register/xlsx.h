// Reading the first sheet of an Excel workbook (.xlsx, Office Open XML) as the CSV reader's
// table, so that an import takes a sheet as people keep it. The ZIP container is read by libzip
// and the XML by expat (both maintained Debian libraries); nothing here unpacks or parses by
// hand. A record's line is the sheet's row number, the one Excel shows beside the row.
// Bounded: the parts read are at most kMaxPartBytes each once unpacked (a ZIP bomb is refused,
// not expanded), and a sheet has at most kMaxCells cells, counting the empty ones to the left of
// each value (what the table holds).
#pragma once

#include <cstddef>
#include <string_view>

#include "register/csv.h"

namespace samla::registry::xlsx {

inline constexpr std::size_t kMaxPartBytes = 256u * 1024 * 1024;
inline constexpr std::size_t kMaxCells = 3'000'000;

// Whether `bytes` is a ZIP archive (an .xlsx file starts as one), by its signature.
bool looks_like_xlsx(std::string_view bytes);

// The first worksheet: its first non-empty row is the header, the rest are records; cells are
// text as Excel shows their value (shared and inline strings, numbers as stored, TRUE/FALSE).
// A file that is not a workbook, or is damaged, is a syntax error on line 1.
csv::Parsed parse(std::string_view bytes);

}  // namespace samla::registry::xlsx
