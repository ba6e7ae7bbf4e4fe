// DOCX (and PDF where Chromium is missing, see pdf_printer.h) from the HTML master, by Debian's
// maintained converters run as child processes with a time limit and no way out to the
// network: pandoc (DOCX) and WeasyPrint (tagged PDF/UA-1, fonts embedded). A converter that is
// missing, fails or takes too long is a 503 problem, never a hung request.
#pragma once

#include <chrono>
#include <string>

#include "core/result.h"

namespace samla::reports {

struct ConverterLimits {
  std::chrono::milliseconds pdf{20000};
  std::chrono::milliseconds docx{20000};
};

Result<std::string> weasyprint_pdf(const std::string& html, const ConverterLimits& limits = {});
Result<std::string> html_to_docx(const std::string& html, const ConverterLimits& limits = {});

}  // namespace samla::reports
