// CSV as people actually exchange it (RFC 4180 plus what Excel writes): UTF-8 with or
// without a byte-order mark, comma, semicolon (Excel in a Swedish locale) or tab separated,
// quoted fields with "" escapes and embedded delimiters or line breaks, CRLF or LF.
// Records remember the physical line they start on, so errors can point into the file.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/messages.h"

namespace samla::registry::csv {

struct Record {
  std::size_t line = 0;  // physical line (1-based) where the record starts
  std::vector<std::string> fields;
};

struct Table {
  char delimiter = ',';
  Record header;                // the first record
  std::vector<Record> records;  // the records after the header; blank lines are skipped
};

struct SyntaxError {
  std::size_t line = 0;
  Message what;
};

// What parse() found: the table, or the first syntax error and where it is.
struct Parsed {
  Table table;
  std::optional<SyntaxError> error;
};

// The delimiter the header line uses: the most frequent of ';', ',' and '\t' outside quotes
// (',' when none occurs).
char detect_delimiter(std::string_view text);

// Parses a whole file. Fails on invalid UTF-8 (naming the line, since a file saved as
// Windows-1252 is the common mistake), on an unterminated quoted field, and on an empty file.
Parsed parse(std::string_view text);

struct WriteOptions {
  char delimiter = ',';
  bool byte_order_mark = false;  // Excel needs it to read UTF-8
  bool crlf = false;             // RFC 4180 and Excel line endings
  // Prefixes ' to cells starting with = + - @ so a spreadsheet does not run them as
  // formulas (CSV injection); the importer strips that ' again.
  bool guard_formulas = false;
};

// One field, quoted only when needed (delimiter, quote, line break, edge white space).
std::string format_field(std::string_view field, const WriteOptions& options);

// Writes rows into a string.
class Writer {
 public:
  explicit Writer(WriteOptions options = {});
  // Appends one row with its line ending.
  void row(const std::vector<std::string>& fields);
  // Everything written so far (with the byte-order mark first when asked for).
  const std::string& text() const { return out_; }

 private:
  WriteOptions options_;
  std::string out_;
};

// Undoes guard_formulas: "'=1" → "=1"; other text is returned unchanged.
std::string unguard(std::string_view field);

}  // namespace samla::registry::csv
