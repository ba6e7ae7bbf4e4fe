// The upload sniffer as a table of real file starts: what libmagic finds in the bytes decides,
// whatever the name says; HTML, SVG, programs and plain ZIP archives are refused with a 415
// naming `file` and the type found.
#include <gtest/gtest.h>

#include "resources/sniff.h"

namespace samla::resources {
namespace {

std::string bytes(std::initializer_list<unsigned char> list) {
  return std::string(list.begin(), list.end());
}

TEST(Sniff, TheBytesDecideAndOnlyKnownKindsAreKept) {
  struct Row {
    const char* what;
    std::string bytes;
    std::string filename;
    std::optional<std::string> type;  // none: refused
  };
  const std::string png =
      bytes({0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D',
             'R',  0,   0,   0,   1,    0,    0,    0,    1, 8, 2, 0,    0,   0});
  const std::string jpeg =
      bytes({0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0});
  const std::string elf =
      bytes({0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0, 1, 0, 0, 0});
  const std::vector<Row> rows{
      {"a PDF", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<<>>\nendobj\n", "rapport.pdf",
       "application/pdf"},
      {"a PDF named as a picture", "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n", "bild.png",
       "application/pdf"},
      {"a PNG", png, "chart.png", "image/png"},
      {"a JPEG", jpeg, "photo.jpg", "image/jpeg"},
      {"a GIF", "GIF89a\x01\x00\x01\x00\x00\x00\x00", "anim.gif", "image/gif"},
      {"Swedish text", "Minnesanteckningar från workshopen i Umeå.\n", "notes.txt",
       "text/plain; charset=utf-8"},
      {"a CSV by its name", "name,organisation\nAnna,Region Norr\n", "list.csv",
       "text/csv; charset=utf-8"},
      {"Markdown by its name", "# Rubrik\n\nText.\n", "Mall.MD", "text/markdown; charset=utf-8"},
      {"Latin-1 text", "Mina anteckningar fr\xE5n m\xF6tet i Ume\xE5.\n", "notes.txt",
       "text/plain; charset=iso-8859-1"},
      {"HTML named as text", "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>",
       "notes.txt", std::nullopt},
      {"SVG", "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"></svg>", "logo.svg",
       std::nullopt},
      {"a program named as a PDF", elf, "report.pdf", std::nullopt},
      {"a shell script", "#!/bin/sh\necho hello\n", "run.txt", std::nullopt},
      {"bytes of nothing known", bytes({0x00, 0x01, 0x02, 0x03, 0xFE, 0xFF, 0x00, 0x10}), "x.pdf",
       std::nullopt},
  };
  for (const auto& row : rows) {
    auto type = sniff_content_type(row.bytes, row.filename);
    if (row.type) {
      ASSERT_TRUE(type.ok()) << row.what << ": " << type.error().message;
      EXPECT_EQ(*type, *row.type) << row.what;
    } else {
      ASSERT_FALSE(type.ok()) << row.what << " was kept as " << *type;
      EXPECT_EQ(type.error().code, ErrorCode::unsupported_media_type) << row.what;
      ASSERT_EQ(type.error().fields.size(), 1u);
      EXPECT_EQ(type.error().fields[0].field, "file");
      EXPECT_FALSE(type.error().detail.params.empty()) << "names the type it found";
    }
  }
}

TEST(Sniff, AFileIsNamedForWhatItIs) {
  struct Row {
    std::string name, type, kept;
  };
  const std::vector<Row> rows{
      {"plan.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
       "plan.docx"},
      {"Foto.JPG", "image/jpeg", "Foto.JPG"},
      {"foto.jpeg", "image/jpeg", "foto.jpeg"},
      {"page.html", "text/plain; charset=utf-8", "page.html.txt"},
      {"Översikt.pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
       "Översikt.pdf.xlsx"},
      {"notes", "text/markdown; charset=utf-8", "notes.md"},
      {"list.csv", "text/csv; charset=utf-8", "list.csv"},
  };
  for (const auto& row : rows) EXPECT_EQ(named_for_type(row.name, row.type), row.kept) << row.name;
}

}  // namespace
}  // namespace samla::resources
