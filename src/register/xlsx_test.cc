// The .xlsx reader against workbooks written by libxlsxwriter (what samla's own exports use,
// and a different code base from the reader): text, Swedish letters, numbers, booleans, gaps
// between rows and columns, several sheets; and files that are not workbooks.
#include "register/xlsx.h"

#include <gtest/gtest.h>
#include <xlsxwriter.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>

namespace samla::registry::xlsx {
namespace {

// Writes a workbook with `fill`, returns its bytes.
std::string workbook(const std::function<void(lxw_workbook*)>& fill) {
  auto path = std::filesystem::temp_directory_path() /
              ("samla-xlsx-test-" + std::to_string(::getpid()) + ".xlsx");
  lxw_workbook* book = workbook_new(path.c_str());
  fill(book);
  EXPECT_EQ(workbook_close(book), LXW_NO_ERROR);
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  std::filesystem::remove(path);
  return bytes.str();
}

TEST(Xlsx, ReadsTheFirstSheetAsHeaderAndRowsNumberedAsExcelShowsThem) {
  std::string bytes = workbook([](lxw_workbook* book) {
    lxw_worksheet* s = workbook_add_worksheet(book, "Aktörer");
    worksheet_write_string(s, 0, 0, "Namn", nullptr);
    worksheet_write_string(s, 0, 1, "Inflytande", nullptr);
    worksheet_write_string(s, 0, 3, "Aktiv", nullptr);  // column C has no header
    worksheet_write_string(s, 1, 0, "Åsa Öberg", nullptr);
    worksheet_write_number(s, 1, 1, 4, nullptr);
    worksheet_write_boolean(s, 1, 3, 1, nullptr);
    // Row 3 is empty; row 4 has a value in column B only.
    worksheet_write_number(s, 3, 1, 2.5, nullptr);
    lxw_worksheet* second = workbook_add_worksheet(book, "Annat");
    worksheet_write_string(second, 0, 0, "inte detta", nullptr);
  });
  ASSERT_TRUE(looks_like_xlsx(bytes));
  csv::Parsed parsed = parse(bytes);
  ASSERT_FALSE(parsed.error);
  EXPECT_EQ(parsed.table.header.line, 1u);
  EXPECT_EQ(parsed.table.header.fields,
            (std::vector<std::string>{"Namn", "Inflytande", "", "Aktiv"}));
  ASSERT_EQ(parsed.table.records.size(), 2u);
  EXPECT_EQ(parsed.table.records[0].line, 2u);
  EXPECT_EQ(parsed.table.records[0].fields,
            (std::vector<std::string>{"Åsa Öberg", "4", "", "TRUE"}));
  EXPECT_EQ(parsed.table.records[1].line, 4u);
  EXPECT_EQ(parsed.table.records[1].fields, (std::vector<std::string>{"", "2.5"}));
}

TEST(Xlsx, TheHeaderIsTheFirstRowWithAValue) {
  std::string bytes = workbook([](lxw_workbook* book) {
    lxw_worksheet* s = workbook_add_worksheet(book, nullptr);
    worksheet_write_string(s, 2, 0, "name", nullptr);
    worksheet_write_string(s, 3, 0, "Anna", nullptr);
  });
  csv::Parsed parsed = parse(bytes);
  ASSERT_FALSE(parsed.error);
  EXPECT_EQ(parsed.table.header.line, 3u);
  ASSERT_EQ(parsed.table.records.size(), 1u);
  EXPECT_EQ(parsed.table.records[0].line, 4u);
}

TEST(Xlsx, AnEmptySheetIsAnEmptyFile) {
  std::string bytes = workbook([](lxw_workbook* book) { workbook_add_worksheet(book, nullptr); });
  csv::Parsed parsed = parse(bytes);
  ASSERT_TRUE(parsed.error);
  EXPECT_EQ(parsed.error->what.code, Msg::file_empty);
}

// A few hundred values in the last column would make a table of millions of cells: refused
// before the memory goes.
TEST(Xlsx, ASheetTooWideToHoldIsRefused) {
  std::string bytes = workbook([](lxw_workbook* book) {
    lxw_worksheet* s = workbook_add_worksheet(book, nullptr);
    for (lxw_row_t r = 0; r < 200; ++r) worksheet_write_string(s, r, 16383, "x", nullptr);
  });
  csv::Parsed parsed = parse(bytes);
  ASSERT_TRUE(parsed.error);
  EXPECT_EQ(parsed.error->what.code, Msg::sheet_too_large);
}

TEST(Xlsx, WhatIsNotAWorkbookIsRefusedOnLineOne) {
  for (std::string bytes :
       {std::string("PK\x03\x04") + " not really a zip", std::string("name\nAnna\n")}) {
    csv::Parsed parsed = parse(bytes);
    ASSERT_TRUE(parsed.error);
    EXPECT_EQ(parsed.error->line, 1u);
    EXPECT_EQ(parsed.error->what.code, Msg::not_a_workbook);
  }
  EXPECT_FALSE(looks_like_xlsx("name;email\n"));
}

}  // namespace
}  // namespace samla::registry::xlsx
