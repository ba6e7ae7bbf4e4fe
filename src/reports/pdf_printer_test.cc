#include "reports/pdf_printer.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>

#include "core/child_process.h"

namespace samla::reports {
namespace {

using namespace std::chrono_literals;

const std::string kPage =
    "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Test report</title>"
    "<style>@page { size: A4; margin: 20mm; "
    "@bottom-right { content: counter(page) \" / \" counter(pages); } }</style></head>"
    "<body><h1>Kickoff in Örebro</h1><p>Åtgärder: 3 of 4 done.</p>"
    "<h2 style=\"break-before: page\">Second page</h2></body></html>";

// The PDF's text and pdfinfo's account of it, read by poppler (an independent reader).
std::string pdf_text(const std::string& pdf) {
  auto text = run_child({{"pdftotext", "-", "-"}, pdf, 20s});
  return text.ok() ? text->out : "";
}
std::string pdf_info(const std::string& pdf) {
  auto info = run_child({{"pdfinfo", "-"}, pdf, 20s});
  return info.ok() ? info->out : "";
}

TEST(PdfPrinter, ChromiumPrintsATaggedPdfAndKeepsOneBrowserForTheNext) {
  PdfPrinter printer(PdfPrinter::Engine::chromium);
  auto first = printer.print(kPage, 30s);
  ASSERT_TRUE(first.ok()) << first.error().message;
  EXPECT_EQ(printer.engine_name(), "chromium");
  EXPECT_EQ(first->substr(0, 5), "%PDF-");
  const std::string text = pdf_text(*first);
  EXPECT_NE(text.find("Kickoff in Örebro"), std::string::npos) << text;
  EXPECT_NE(text.find("Åtgärder: 3 of 4 done."), std::string::npos) << text;
  std::string packed = text;  // pdftotext may or may not keep the spaces around the slash
  std::erase(packed, ' ');
  EXPECT_NE(packed.find("2/2"), std::string::npos) << "page numbers from @page: " << text;
  const std::string info = pdf_info(*first);
  EXPECT_NE(info.find("Tagged:          yes"), std::string::npos) << info;
  EXPECT_NE(info.find("Pages:           2"), std::string::npos) << info;

  const pid_t browser = printer.browser_pid();
  ASSERT_GT(browser, 0);
  auto second = printer.print(kPage, 30s);
  ASSERT_TRUE(second.ok()) << second.error().message;
  EXPECT_EQ(printer.browser_pid(), browser) << "the same browser prints the next document";
}

TEST(PdfPrinter, ABrowserThatDiedIsStartedAgain) {
  PdfPrinter printer(PdfPrinter::Engine::chromium);
  ASSERT_TRUE(printer.print(kPage, 30s).ok());
  const pid_t browser = printer.browser_pid();
  ASSERT_GT(browser, 0);
  kill(browser, SIGKILL);
  auto again = printer.print(kPage, 30s);
  ASSERT_TRUE(again.ok()) << again.error().message;
  EXPECT_NE(printer.browser_pid(), browser);
  EXPECT_NE(pdf_text(*again).find("Kickoff in Örebro"), std::string::npos);
}

TEST(PdfPrinter, NoTimeLeftIsUnavailableNotAHang) {
  PdfPrinter printer(PdfPrinter::Engine::chromium);
  auto late = printer.print(kPage, 1ms);
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.error().code, ErrorCode::unavailable);
  // And the printer still works afterwards.
  auto fine = printer.print(kPage, 30s);
  ASSERT_TRUE(fine.ok()) << fine.error().message;
}

TEST(PdfPrinter, WeasyPrintMakesTheSameDocumentWhenChosen) {
  PdfPrinter printer(PdfPrinter::Engine::weasyprint);
  auto pdf = printer.print(kPage, 60s);
  ASSERT_TRUE(pdf.ok()) << pdf.error().message;
  EXPECT_EQ(printer.engine_name(), "weasyprint");
  EXPECT_EQ(printer.browser_pid(), -1);
  EXPECT_NE(pdf_text(*pdf).find("Kickoff in Örebro"), std::string::npos);
  EXPECT_NE(pdf_info(*pdf).find("Tagged:          yes"), std::string::npos);
}

}  // namespace
}  // namespace samla::reports
