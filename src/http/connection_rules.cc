#include "http/connection_rules.h"

#include <arpa/inet.h>
#include <sys/socket.h>

#include <algorithm>
#include <cctype>
#include <cstring>

namespace samla::http {
namespace {

std::string trimmed_lower(std::string_view text) {
  auto begin = text.find_first_not_of(" \t");
  if (begin == std::string_view::npos) return "";
  auto end = text.find_last_not_of(" \t");
  std::string out(text.substr(begin, end - begin + 1));
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::vector<std::string> split_list(std::string_view text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    auto comma = text.find(',', start);
    if (comma == std::string_view::npos) comma = text.size();
    out.push_back(trimmed_lower(text.substr(start, comma - start)));
    start = comma + 1;
  }
  return out;
}

// The length of the UTF-8 sequence starting at text[i], or 0 when it is not one.
std::size_t utf8_length(std::string_view text, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char c = byte(i);
  std::size_t n = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
  if (n == 0 || i + n > text.size()) return 0;
  for (std::size_t k = 1; k < n; ++k)
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  unsigned char second = byte(i + 1);
  if (c == 0xE0 && second < 0xA0) return 0;   // overlong
  if (c == 0xED && second >= 0xA0) return 0;  // surrogates
  if (c == 0xF0 && second < 0x90) return 0;   // overlong
  if (c == 0xF4 && second >= 0x90) return 0;  // beyond U+10FFFF
  return n;
}

struct Parsed {
  int family = 0;
  unsigned char bytes[16] = {0};
};

std::optional<Parsed> parse_address(std::string_view text) {
  if (text.empty() || text.size() > 45) return std::nullopt;
  std::string copy(text);
  // X-Forwarded-For may bracket IPv6 addresses ("[2001:db8::1]"); ports are not expected.
  if (copy.size() > 2 && copy.front() == '[' && copy.back() == ']')
    copy = copy.substr(1, copy.size() - 2);
  Parsed p;
  if (inet_pton(AF_INET, copy.c_str(), p.bytes) == 1) {
    p.family = AF_INET;
    return p;
  }
  if (inet_pton(AF_INET6, copy.c_str(), p.bytes) == 1) {
    p.family = AF_INET6;
    // An IPv4 address mapped into IPv6 (::ffff:a.b.c.d, how a dual-stack socket reports
    // IPv4 peers) is that IPv4 address.
    static const unsigned char kMapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    if (std::memcmp(p.bytes, kMapped, 12) == 0) {
      std::memmove(p.bytes, p.bytes + 12, 4);
      std::memset(p.bytes + 4, 0, 12);
      p.family = AF_INET;
    }
    return p;
  }
  return std::nullopt;
}

std::string format_address(const Parsed& p) {
  char text[INET6_ADDRSTRLEN] = {0};
  inet_ntop(p.family, p.bytes, text, sizeof text);
  return text;
}

bool matches(const Parsed& a, const AddressBlock& block) {
  if (a.family != block.family) return false;
  int bits = block.prefix;
  for (int i = 0; bits > 0; ++i, bits -= 8) {
    unsigned char mask = bits >= 8 ? 0xFF : static_cast<unsigned char>(0xFF << (8 - bits));
    if ((a.bytes[i] & mask) != (block.bytes[i] & mask)) return false;
  }
  return true;
}

}  // namespace

std::optional<Msg> framing_problem(const std::vector<std::string>& transfer_encodings,
                                   bool has_content_length) {
  if (transfer_encodings.empty()) return std::nullopt;
  std::vector<std::string> codings;
  for (const auto& field : transfer_encodings)
    for (auto& coding : split_list(field)) codings.push_back(std::move(coding));
  if (has_content_length) return Msg::both_length_and_chunked;
  if (codings.size() != 1 || codings.front() != "chunked") return Msg::only_chunked_encoding;
  return std::nullopt;
}

std::string log_safe(std::string_view text, std::size_t max_bytes) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  out.reserve(std::min(text.size(), max_bytes) + 8);
  auto escape = [&](unsigned char c) {
    out += "\\x";
    out += kHex[c >> 4];
    out += kHex[c & 0xF];
  };
  std::size_t i = 0;
  while (i < text.size()) {
    if (out.size() >= max_bytes) {
      out += "…";
      break;
    }
    auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c == 0x7F || c == '\\') {
      escape(c);
      ++i;
    } else if (c < 0x80) {
      out += static_cast<char>(c);
      ++i;
    } else if (std::size_t n = utf8_length(text, i); n > 0) {
      // C1 control characters (U+0080–U+009F) act as escapes in some terminals too.
      if (c == 0xC2 && static_cast<unsigned char>(text[i + 1]) < 0xA0) {
        escape(c);
        escape(static_cast<unsigned char>(text[i + 1]));
      } else {
        out.append(text.substr(i, n));
      }
      i += n;
    } else {
      escape(c);
      ++i;
    }
  }
  return out;
}

std::optional<AddressBlock> parse_address_block(std::string_view text) {
  auto slash = text.find('/');
  auto parsed = parse_address(text.substr(0, slash));
  if (!parsed) return std::nullopt;
  AddressBlock block;
  block.family = parsed->family;
  std::memcpy(block.bytes, parsed->bytes, 16);
  const int width = parsed->family == AF_INET ? 32 : 128;
  block.prefix = width;
  if (slash != std::string_view::npos) {
    auto digits = text.substr(slash + 1);
    if (digits.empty() || digits.size() > 3 ||
        !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return std::nullopt;
    block.prefix = std::stoi(std::string(digits));
    if (block.prefix > width) return std::nullopt;
  }
  return block;
}

bool in_blocks(std::string_view address, const std::vector<AddressBlock>& blocks) {
  auto parsed = parse_address(address);
  return parsed && std::any_of(blocks.begin(), blocks.end(),
                               [&](const AddressBlock& b) { return matches(*parsed, b); });
}

std::string client_address(std::string_view peer, std::string_view forwarded_for,
                           const std::vector<AddressBlock>& trusted) {
  auto peer_parsed = parse_address(peer);
  std::string client = peer_parsed ? format_address(*peer_parsed) : std::string(peer);
  if (trusted.empty() || !in_blocks(peer, trusted) || forwarded_for.empty()) return client;
  // A list of at most a few hops; a longer one is someone padding it.
  auto hops = split_list(forwarded_for.substr(0, 4096));
  for (auto hop = hops.rbegin(); hop != hops.rend(); ++hop) {
    auto parsed = parse_address(*hop);
    if (!parsed) break;
    client = format_address(*parsed);
    if (!in_blocks(*hop, trusted)) break;
  }
  return client;
}

}  // namespace samla::http
