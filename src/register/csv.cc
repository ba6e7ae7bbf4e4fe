#include "register/csv.h"

#include <algorithm>

#include "core/utf8.h"

namespace samla::registry::csv {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

std::string_view strip_bom(std::string_view text) {
  if (text.substr(0, kBom.size()) == kBom) text.remove_prefix(kBom.size());
  return text;
}

std::size_t line_of(std::string_view s, std::size_t offset) {
  return 1 + static_cast<std::size_t>(std::count(s.begin(), s.begin() + offset, '\n'));
}

}  // namespace

char detect_delimiter(std::string_view text) {
  text = strip_bom(text);
  std::size_t semicolons = 0, commas = 0, tabs = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;  // "" inside quotes toggles twice: no net change
    if (quoted) continue;
    if (c == '\n' || c == '\r') break;
    if (c == ';') ++semicolons;
    if (c == ',') ++commas;
    if (c == '\t') ++tabs;
  }
  if (semicolons > commas && semicolons >= tabs) return ';';
  if (tabs > commas && tabs > semicolons) return '\t';
  return ',';
}

Parsed parse(std::string_view input) {
  Parsed out;
  std::string_view text = strip_bom(input);
  if (auto bad = invalid_utf8_at(text); bad != std::string_view::npos) {
    out.error = SyntaxError{line_of(text, bad), Msg::file_not_utf8};
    return out;
  }
  const char delimiter = detect_delimiter(text);
  out.table.delimiter = delimiter;

  std::vector<Record> records;
  Record current;
  std::string field;
  std::size_t line = 1;
  bool in_quotes = false;
  bool field_quoted = false;  // the field began with a quote (so it is not blank)
  current.line = 1;

  auto end_field = [&] {
    current.fields.push_back(std::move(field));
    field.clear();
    field_quoted = false;
  };
  auto end_record = [&](std::size_t next_line) {
    bool quoted = field_quoted;
    end_field();
    bool blank = current.fields.size() == 1 && current.fields[0].empty() && !quoted;
    if (!blank) records.push_back(std::move(current));
    current = Record{};
    current.line = next_line;
  };

  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_quotes) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field.push_back('"');
          ++i;
        } else {
          in_quotes = false;
        }
      } else if (c == '\r') {
        // A line break inside a field is stored as LF, whatever the file used.
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        field.push_back('\n');
        ++line;
      } else {
        if (c == '\n') ++line;
        field.push_back(c);
      }
      continue;
    }
    if (c == '"' && field.empty() && !field_quoted) {
      in_quotes = true;
      field_quoted = true;
    } else if (c == delimiter) {
      end_field();
    } else if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      ++line;
      end_record(line);
    } else {
      // Text after a closing quote is kept, as Excel does, rather than rejected.
      field.push_back(c);
    }
  }
  if (in_quotes) {
    out.error = SyntaxError{current.line, Msg::quote_never_closed};
    return out;
  }
  if (!field.empty() || field_quoted || !current.fields.empty()) end_record(line);

  if (records.empty()) {
    out.error = SyntaxError{1, Msg::file_empty};
    return out;
  }
  out.table.header = std::move(records.front());
  out.table.records.assign(std::make_move_iterator(records.begin() + 1),
                           std::make_move_iterator(records.end()));
  return out;
}

std::string format_field(std::string_view field, const WriteOptions& options) {
  std::string value;
  if (options.guard_formulas && !field.empty() &&
      (field[0] == '=' || field[0] == '+' || field[0] == '-' || field[0] == '@'))
    value = "'";
  value += field;
  bool needs_quotes =
      value.find_first_of(std::string{options.delimiter, '"', '\r', '\n'}) != std::string::npos ||
      (!value.empty() && (value.front() == ' ' || value.back() == ' ' || value.front() == '\t' ||
                          value.back() == '\t'));
  if (!needs_quotes) return value;
  std::string quoted = "\"";
  for (char c : value) {
    if (c == '"') quoted.push_back('"');
    quoted.push_back(c);
  }
  quoted.push_back('"');
  return quoted;
}

Writer::Writer(WriteOptions options) : options_(options) {
  if (options_.byte_order_mark) out_ += kBom;
}

void Writer::row(const std::vector<std::string>& fields) {
  // A row of one empty field is written "" so it is not read back as a blank line (which
  // readers skip): the fuzzer found the header [""] coming back as the next line.
  if (fields.size() == 1 && fields[0].empty()) {
    out_ += options_.crlf ? "\"\"\r\n" : "\"\"\n";
    return;
  }
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i) out_.push_back(options_.delimiter);
    std::string value = fields[i];
    // Line breaks inside a field follow the file's convention, so Excel shows them.
    if (options_.crlf) {
      std::string converted;
      for (char c : value) {
        if (c == '\n') converted.push_back('\r');
        converted.push_back(c);
      }
      value = std::move(converted);
    }
    out_ += format_field(value, options_);
  }
  out_ += options_.crlf ? "\r\n" : "\n";
}

std::string unguard(std::string_view field) {
  if (field.size() >= 2 && field[0] == '\'' &&
      (field[1] == '=' || field[1] == '+' || field[1] == '-' || field[1] == '@'))
    return std::string(field.substr(1));
  return std::string(field);
}

}  // namespace samla::registry::csv
