#include "reports/converters.h"

#include "core/child_process.h"

namespace samla::reports {
namespace {

// Proxies that lead nowhere: the HTML is self-contained, and a converter must not fetch
// anything even if a text held an address.
const std::vector<std::string> kNoNetwork{"http_proxy=http://127.0.0.1:9",
                                          "https_proxy=http://127.0.0.1:9",
                                          "HTTP_PROXY=http://127.0.0.1:9",
                                          "HTTPS_PROXY=http://127.0.0.1:9",
                                          "no_proxy=",
                                          "NO_PROXY="};

Result<std::string> convert(ChildRun run, const char* what) {
  run.environment = kNoNetwork;
  SAMLA_ASSIGN(ChildResult done, run_child(run));
  if (done.exit_code != 0 || done.out.empty()) {
    // The client reads that the file could not be made; the log and the CLI read why.
    Error error = make_error(ErrorCode::unavailable, Msg::document_not_made, {{"format", what}});
    error.message = std::string("The ") + what + " could not be made: " + run.argv.at(0) +
                    " failed (exit " + std::to_string(done.exit_code) + ").";
    return error;
  }
  return std::move(done.out);
}

}  // namespace

Result<std::string> weasyprint_pdf(const std::string& html, const ConverterLimits& limits) {
  return convert(
      {{"weasyprint", "--quiet", "--pdf-variant", "pdf/ua-1", "-", "-"}, html, limits.pdf}, "PDF");
}

Result<std::string> html_to_docx(const std::string& html, const ConverterLimits& limits) {
  return convert({{"pandoc", "--from", "html", "--to", "docx", "--output", "-"}, html, limits.docx},
                 "DOCX");
}

}  // namespace samla::reports
