#include "register/xlsx.h"

#include <expat.h>
#include <zip.h>

#include <cstring>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace samla::registry::xlsx {
namespace {

constexpr std::string_view kRelationships =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// ---- The ZIP container (libzip) ----

struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};
using Zip = std::unique_ptr<zip_t, ZipCloser>;

Zip open_zip(std::string_view bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (!source) return nullptr;
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (!archive) zip_source_free(source);
  zip_error_fini(&error);
  return Zip(archive);
}

// A part of the package, unpacked; nullopt when it is missing, damaged or larger than allowed.
std::optional<std::string> read_part(zip_t* archive, const std::string& name) {
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat(archive, name.c_str(), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE) ||
      stat.size > kMaxPartBytes)
    return std::nullopt;
  std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(zip_fopen(archive, name.c_str(), 0),
                                                         zip_fclose);
  if (!file) return std::nullopt;
  std::string out(static_cast<std::size_t>(stat.size), '\0');
  zip_int64_t read = zip_fread(file.get(), out.data(), out.size());
  if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size) return std::nullopt;
  return out;
}

// ---- XML (expat, with namespaces: element names are "URI localname") ----

struct XmlHandlers {
  std::function<void(std::string_view name, const char** attributes)> start;
  std::function<void(std::string_view name)> end;
  std::function<void(std::string_view text)> text;
};

// The local part of a namespaced name.
std::string_view local(std::string_view name) {
  auto space = name.rfind(' ');
  return space == std::string_view::npos ? name : name.substr(space + 1);
}

// The value of the attribute whose local name is `wanted` (and, when given, in `uri`).
std::optional<std::string_view> attribute(const char** attributes, std::string_view wanted,
                                          std::string_view uri = {}) {
  for (int i = 0; attributes[i]; i += 2) {
    std::string_view name = attributes[i];
    auto space = name.rfind(' ');
    std::string_view namespace_uri =
        space == std::string_view::npos ? std::string_view{} : name.substr(0, space);
    if (local(name) == wanted && (uri.empty() || namespace_uri == uri)) return attributes[i + 1];
  }
  return std::nullopt;
}

bool parse_xml(const std::string& text, XmlHandlers& handlers) {
  std::unique_ptr<XML_ParserStruct, void (*)(XML_Parser)> parser(XML_ParserCreateNS("UTF-8", ' '),
                                                                 XML_ParserFree);
  if (!parser) return false;
  XML_SetUserData(parser.get(), &handlers);
  XML_SetElementHandler(
      parser.get(),
      [](void* data, const XML_Char* name, const XML_Char** attributes) {
        auto* h = static_cast<XmlHandlers*>(data);
        if (h->start) h->start(name, attributes);
      },
      [](void* data, const XML_Char* name) {
        auto* h = static_cast<XmlHandlers*>(data);
        if (h->end) h->end(name);
      });
  XML_SetCharacterDataHandler(parser.get(), [](void* data, const XML_Char* s, int length) {
    auto* h = static_cast<XmlHandlers*>(data);
    if (h->text) h->text(std::string_view(s, static_cast<std::size_t>(length)));
  });
  return XML_Parse(parser.get(), text.data(), static_cast<int>(text.size()), 1) == XML_STATUS_OK;
}

// ---- The workbook's parts ----

// xl/workbook.xml names the sheets in order; the first one's relationship id.
std::optional<std::string> first_sheet_relationship(const std::string& workbook) {
  std::optional<std::string> id;
  XmlHandlers h;
  h.start = [&](std::string_view name, const char** attributes) {
    if (id || local(name) != "sheet") return;
    if (auto rid = attribute(attributes, "id", kRelationships)) id = std::string(*rid);
  };
  if (!parse_xml(workbook, h)) return std::nullopt;
  return id;
}

// The part a relationship of xl/workbook.xml points at, as a name in the package.
std::optional<std::string> relationship_target(const std::string& relationships,
                                               const std::string& id) {
  std::optional<std::string> target;
  XmlHandlers h;
  h.start = [&](std::string_view name, const char** attributes) {
    if (target || local(name) != "Relationship") return;
    if (attribute(attributes, "Id") == std::optional<std::string_view>(id))
      if (auto t = attribute(attributes, "Target")) target = std::string(*t);
  };
  if (!parse_xml(relationships, h) || !target) return std::nullopt;
  if (target->starts_with("/")) return target->substr(1);  // absolute within the package
  return "xl/" + *target;
}

// xl/sharedStrings.xml: each <si> is one string, its text the <t> elements in it (a rich
// string has several runs), leaving out phonetic guides (<rPh>).
std::optional<std::vector<std::string>> shared_strings(const std::string& xml) {
  std::vector<std::string> out;
  bool in_item = false, in_text = false;
  int phonetic = 0;
  XmlHandlers h;
  h.start = [&](std::string_view name, const char**) {
    auto n = local(name);
    if (n == "si") {
      in_item = true;
      out.emplace_back();
    } else if (n == "rPh") {
      ++phonetic;
    } else if (n == "t") {
      in_text = in_item && phonetic == 0;
    }
  };
  h.end = [&](std::string_view name) {
    auto n = local(name);
    if (n == "si") in_item = false;
    if (n == "rPh") --phonetic;
    if (n == "t") in_text = false;
  };
  h.text = [&](std::string_view s) {
    if (in_text) out.back().append(s);
  };
  if (!parse_xml(xml, h)) return std::nullopt;
  return out;
}

// "BC12" → column 54 (0-based: A is 0), or nullopt when the reference has no letters.
std::optional<std::size_t> column_of(std::string_view reference) {
  std::size_t column = 0, letters = 0;
  for (char c : reference) {
    if (c < 'A' || c > 'Z') break;
    column = column * 26 + static_cast<std::size_t>(c - 'A' + 1);
    if (++letters > 3) return std::nullopt;  // XFD is the last column Excel has
  }
  if (letters == 0) return std::nullopt;
  return column - 1;
}

struct SheetRows {
  std::map<std::size_t, std::vector<std::string>> rows;  // by row number (1-based)
  bool too_large = false;
};

// A worksheet's cells as text, by row number and column.
std::optional<SheetRows> read_sheet(const std::string& xml,
                                    const std::vector<std::string>& strings) {
  SheetRows out;
  std::size_t cells = 0;
  std::size_t row_number = 0, next_column = 0;
  std::optional<std::size_t> column;
  std::string type, value, inline_text;
  bool in_value = false, in_inline_text = false, in_cell = false;
  XmlHandlers h;
  h.start = [&](std::string_view name, const char** attributes) {
    auto n = local(name);
    if (n == "row") {
      auto r = attribute(attributes, "r");
      row_number = r ? std::strtoull(std::string(*r).c_str(), nullptr, 10) : row_number + 1;
      next_column = 0;
    } else if (n == "c") {
      in_cell = true;
      auto r = attribute(attributes, "r");
      column = r ? column_of(*r) : std::optional<std::size_t>(next_column);
      type = std::string(attribute(attributes, "t").value_or("n"));
      value.clear();
      inline_text.clear();
    } else if (n == "v" && in_cell) {
      in_value = true;
    } else if (n == "t" && in_cell) {
      in_inline_text = true;
    }
  };
  h.end = [&](std::string_view name) {
    auto n = local(name);
    if (n == "v") in_value = false;
    if (n == "t") in_inline_text = false;
    if (n != "c" || !in_cell) return;
    in_cell = false;
    if (!column || row_number == 0) return;
    next_column = *column + 1;
    std::string text;
    if (type == "s") {
      char* end = nullptr;
      unsigned long long index = std::strtoull(value.c_str(), &end, 10);
      if (end != value.c_str() && index < strings.size()) text = strings[index];
    } else if (type == "inlineStr") {
      text = inline_text;
    } else if (type == "b") {
      text = value == "1" ? "TRUE" : "FALSE";
    } else if (type != "e") {  // n, str (a formula's text), d (an ISO date): as stored
      text = value;
    }
    if (text.empty() || out.too_large) return;
    auto& row = out.rows[row_number];
    // Cells are counted with the empty ones before them in their row, which the table holds
    // too: a value in column XFD costs 16,384 of them, so a few values cannot fill the memory.
    if (row.size() <= *column) {
      cells += *column + 1 - row.size();
      if (cells > kMaxCells) {
        out.too_large = true;
        return;
      }
      row.resize(*column + 1);
    }
    row[*column] = std::move(text);
  };
  h.text = [&](std::string_view s) {
    if (in_value) value.append(s);
    if (in_inline_text) inline_text.append(s);
  };
  if (!parse_xml(xml, h)) return std::nullopt;
  return out;
}

csv::Parsed failed(Message why) {
  csv::Parsed out;
  out.error = csv::SyntaxError{1, why};
  return out;
}

}  // namespace

bool looks_like_xlsx(std::string_view bytes) {
  return bytes.size() >= 4 && bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4);
}

csv::Parsed parse(std::string_view bytes) {
  Zip archive = open_zip(bytes);
  if (!archive) return failed(Msg::not_a_workbook);
  auto workbook = read_part(archive.get(), "xl/workbook.xml");
  auto relationships = read_part(archive.get(), "xl/_rels/workbook.xml.rels");
  if (!workbook || !relationships) return failed(Msg::not_a_workbook);
  auto id = first_sheet_relationship(*workbook);
  auto target = id ? relationship_target(*relationships, *id) : std::nullopt;
  auto sheet_xml = target ? read_part(archive.get(), *target) : std::nullopt;
  if (!sheet_xml) return failed(Msg::not_a_workbook);
  std::vector<std::string> strings;
  // A workbook of numbers only has no shared strings.
  if (auto xml = read_part(archive.get(), "xl/sharedStrings.xml")) {
    auto read = shared_strings(*xml);
    if (!read) return failed(Msg::not_a_workbook);
    strings = std::move(*read);
  }
  auto sheet = read_sheet(*sheet_xml, strings);
  if (!sheet) return failed(Msg::not_a_workbook);
  if (sheet->too_large)
    return failed(Message(Msg::sheet_too_large, {{"max", std::to_string(kMaxCells)}}));
  if (sheet->rows.empty()) return failed(Msg::file_empty);

  csv::Parsed out;
  bool have_header = false;
  for (auto& [number, cells] : sheet->rows) {
    csv::Record record{number, std::move(cells)};
    if (!have_header) {
      out.table.header = std::move(record);
      have_header = true;
    } else {
      out.table.records.push_back(std::move(record));
    }
  }
  return out;
}

}  // namespace samla::registry::xlsx
