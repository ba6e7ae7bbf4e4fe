// The QR code of a join link, as SVG (libqrencode): one path of dark modules on a white square
// with the quiet zone the standard asks for, so any phone camera reads it off a projector.
#pragma once

#include <string>

#include "core/result.h"

namespace samla::live {

// `text` (a URL) as an SVG QR code with error correction level M; an error when it is too long
// to encode.
Result<std::string> qr_svg(const std::string& text);

}  // namespace samla::live
