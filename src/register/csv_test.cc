#include "register/csv.h"

#include <gtest/gtest.h>

namespace samla::registry::csv {
namespace {

using Fields = std::vector<std::string>;

TEST(Csv, ParsesCommaSeparatedWithHeader) {
  Parsed p = parse("name,country\nAnna,SE\nBo,NO\n");
  ASSERT_FALSE(p.error);
  EXPECT_EQ(p.table.delimiter, ',');
  EXPECT_EQ(p.table.header.fields, (Fields{"name", "country"}));
  ASSERT_EQ(p.table.records.size(), 2u);
  EXPECT_EQ(p.table.records[0].fields, (Fields{"Anna", "SE"}));
  EXPECT_EQ(p.table.records[1].line, 3u);
}

TEST(Csv, StripsByteOrderMarkAndDetectsSemicolons) {
  // What Excel in a Swedish locale writes for "CSV UTF-8": BOM, semicolons, CRLF.
  Parsed p =
      parse("\xEF\xBB\xBFnamn;land;anteckningar\r\nÅsa Öberg;Sverige;Bor i Malmö, Skåne\r\n");
  ASSERT_FALSE(p.error);
  EXPECT_EQ(p.table.delimiter, ';');
  EXPECT_EQ(p.table.header.fields[0], "namn");  // no BOM left on the first header
  ASSERT_EQ(p.table.records.size(), 1u);
  EXPECT_EQ(p.table.records[0].fields, (Fields{"Åsa Öberg", "Sverige", "Bor i Malmö, Skåne"}));
  EXPECT_EQ(p.table.records[0].line, 2u);
}

TEST(Csv, DetectsDelimiterFromHeaderOnly) {
  EXPECT_EQ(detect_delimiter("a;b;c\nx,y,z,w,v\n"), ';');
  EXPECT_EQ(detect_delimiter("a,b\n"), ',');
  EXPECT_EQ(detect_delimiter("a\tb\tc\n"), '\t');
  EXPECT_EQ(detect_delimiter("\"a;b\",c\n"), ',');  // a quoted ; does not count
  EXPECT_EQ(detect_delimiter("name\n"), ',');
}

TEST(Csv, QuotedFieldsWithEscapesAndDelimiters) {
  Parsed p = parse("a,b,c\n\"say \"\"hej\"\"\",\"x,y\",\"\"\n");
  ASSERT_FALSE(p.error);
  ASSERT_EQ(p.table.records.size(), 1u);
  EXPECT_EQ(p.table.records[0].fields, (Fields{"say \"hej\"", "x,y", ""}));
}

TEST(Csv, EmbeddedNewlinesKeepPhysicalLineNumbers) {
  Parsed p =
      parse("name,notes\nA,\"line one\nline two\nline three\"\nB,plain\r\nC,\"x\r\ny\"\r\nD,d\n");
  ASSERT_FALSE(p.error);
  ASSERT_EQ(p.table.records.size(), 4u);
  EXPECT_EQ(p.table.records[0].line, 2u);
  EXPECT_EQ(p.table.records[0].fields[1], "line one\nline two\nline three");
  EXPECT_EQ(p.table.records[1].line, 5u);
  EXPECT_EQ(p.table.records[2].line, 6u);
  EXPECT_EQ(p.table.records[2].fields[1], "x\ny");  // CRLF inside a field becomes LF
  EXPECT_EQ(p.table.records[3].line, 8u);
}

TEST(Csv, SkipsBlankLinesButCountsThem) {
  Parsed p = parse("name\n\nA\n\r\n\nB");  // no final newline either
  ASSERT_FALSE(p.error);
  ASSERT_EQ(p.table.records.size(), 2u);
  EXPECT_EQ(p.table.records[0].line, 3u);
  EXPECT_EQ(p.table.records[1].line, 6u);
  EXPECT_EQ(p.table.records[1].fields, (Fields{"B"}));
}

TEST(Csv, QuotedEmptyLineIsARecord) {
  Parsed p = parse("name\n\"\"\n");
  ASSERT_FALSE(p.error);
  ASSERT_EQ(p.table.records.size(), 1u);
  EXPECT_EQ(p.table.records[0].fields, (Fields{""}));
}

TEST(Csv, UnterminatedQuoteNamesItsLine) {
  Parsed p = parse("name,notes\nA,ok\nB,\"never closed\nmore\n");
  ASSERT_TRUE(p.error);
  EXPECT_EQ(p.error->line, 3u);
}

TEST(Csv, RejectsLatin1WithLine) {
  Parsed p = parse("name\nAnna\nJ\xF6rgen\n");  // ö in Windows-1252
  ASSERT_TRUE(p.error);
  EXPECT_EQ(p.error->line, 3u);
  EXPECT_EQ(p.error->what.code, Msg::file_not_utf8);
}

TEST(Csv, RejectsEmptyFile) {
  EXPECT_TRUE(parse("").error);
  EXPECT_TRUE(parse("\xEF\xBB\xBF\n\n").error);
}

TEST(Csv, WriterQuotesOnlyWhenNeeded) {
  WriteOptions o;
  EXPECT_EQ(format_field("plain åäö", o), "plain åäö");
  EXPECT_EQ(format_field("a,b", o), "\"a,b\"");
  EXPECT_EQ(format_field("a;b", o), "a;b");
  EXPECT_EQ(format_field("say \"x\"", o), "\"say \"\"x\"\"\"");
  EXPECT_EQ(format_field("two\nlines", o), "\"two\nlines\"");
  EXPECT_EQ(format_field(" padded", o), "\" padded\"");
  o.delimiter = ';';
  EXPECT_EQ(format_field("a;b", o), "\"a;b\"");
}

TEST(Csv, WriterExcelOptionsAndFormulaGuard) {
  Writer w(WriteOptions{';', true, true, true});
  w.row({"name", "phone"});
  w.row({"=HYPERLINK(\"x\")", "+46 8 123 456"});
  EXPECT_EQ(w.text(), "\xEF\xBB\xBFname;phone\r\n\"'=HYPERLINK(\"\"x\"\")\";'+46 8 123 456\r\n");
  EXPECT_EQ(unguard("'+46 8 123 456"), "+46 8 123 456");
  EXPECT_EQ(unguard("'quoted'"), "'quoted'");
}

TEST(Csv, RoundTripsThroughWriterAndParser) {
  std::vector<Fields> rows{{"name", "notes", "tags"},
                           {"Åsa \"Åsk\" Öberg", "first\nsecond; third", "a|b"},
                           {"", " lead space", "x,y"}};
  for (bool excel : {false, true}) {
    Writer w(WriteOptions{excel ? ';' : ',', excel, excel, false});
    for (const auto& r : rows) w.row(r);
    Parsed p = parse(w.text());
    ASSERT_FALSE(p.error);
    EXPECT_EQ(p.table.header.fields, rows[0]);
    ASSERT_EQ(p.table.records.size(), 2u);
    EXPECT_EQ(p.table.records[0].fields, rows[1]);
    EXPECT_EQ(p.table.records[1].fields, rows[2]);
    EXPECT_EQ(p.table.records[1].line, 4u);  // the embedded newline moved it down a line
  }
}

// Found by the fuzzer: a row of one empty field written bare is a blank line, which the
// parser skips, so the next line became the header.
TEST(Csv, ARowOfOneEmptyFieldRoundTrips) {
  Writer w(WriteOptions{});
  w.row({""});
  w.row({"namn;sektor"});
  EXPECT_EQ(w.text(), "\"\"\nnamn;sektor\n");
  Parsed p = parse(w.text());
  ASSERT_FALSE(p.error);
  EXPECT_EQ(p.table.header.fields, Fields{""});
  ASSERT_EQ(p.table.records.size(), 1u);
  EXPECT_EQ(p.table.records[0].fields, Fields{"namn;sektor"});
}

}  // namespace
}  // namespace samla::registry::csv
