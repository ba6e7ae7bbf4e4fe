// An upload's type, read from its bytes (libmagic, the library behind file(1)) and never taken
// from the client's word: a page named report.pdf that is really HTML, or a program renamed to
// look like a picture, is refused. Only the kinds of file a programme shares are kept: PDF,
// Word/Excel/PowerPoint (without macros), OpenDocument, plain text and CSV, and pictures
// (PNG, JPEG, GIF, WebP). HTML and SVG are refused because a browser would run their scripts.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"

namespace samla::resources {

// The content type samla serves the file as ("application/pdf", "text/csv; charset=utf-8"), or
// a 415 naming `file` and the type it found. `filename` only tells text files apart (a .csv or
// .md file is plain text to libmagic).
Result<std::string> sniff_content_type(std::string_view bytes, const std::string& filename);

// `filename` with an extension of `content_type` (as sniff_content_type gives it): kept when it
// has one ("plan.docx", "Foto.JPG"), else added ("page.html" kept as text → "page.html.txt"), so
// a downloaded file opens as what it is, never as a page or a program.
std::string named_for_type(const std::string& filename, const std::string& content_type);

}  // namespace samla::resources
