// What the connection layer (server.cc) decides about a request before any route sees it,
// Beast-free so that each rule has a table test: how the body is framed, what the access log
// may print of what a client sent, and which address a request comes from behind proxies.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/messages.h"

namespace samla::http {

// Why a request's body framing must be refused, or nothing when it is sound (RFC 9112 §6):
// a Transfer-Encoding whose codings are not exactly "chunked" (a final coding other than
// chunked leaves the body's end unknown, and a request then smuggles a second one), or
// Transfer-Encoding beside Content-Length. `transfer_encodings` holds every Transfer-Encoding
// field's value as received. The answer is 400 and the connection is closed.
std::optional<Msg> framing_problem(const std::vector<std::string>& transfer_encodings,
                                   bool has_content_length);

// `text` as the access log may print it: control characters (line breaks, terminal escapes),
// backslashes and bytes that are not UTF-8 become \xNN, so a client cannot forge or colour
// log lines. Longer texts are cut at `max_bytes` and end in "…".
std::string log_safe(std::string_view text, std::size_t max_bytes = 2048);

// An address or a CIDR block ("203.0.113.7", "10.0.0.0/8", "2001:db8::/32") that
// `serve --trusted-proxy` names; nullopt when it is neither.
struct AddressBlock {
  int family = 0;                 // AF_INET or AF_INET6
  unsigned char bytes[16] = {0};  // network order
  int prefix = 0;                 // bits that must match
};
std::optional<AddressBlock> parse_address_block(std::string_view text);

// Whether `address` (as text) lies in one of `blocks`.
bool in_blocks(std::string_view address, const std::vector<AddressBlock>& blocks);

// The address a request comes from: the peer, unless the peer is a trusted proxy; then the
// rightmost X-Forwarded-For entry that is not itself a trusted proxy (entries to its left
// were written by the client and prove nothing). A malformed entry stops the walk there and
// the last trusted hop's view is kept.
std::string client_address(std::string_view peer, std::string_view forwarded_for,
                           const std::vector<AddressBlock>& trusted);

}  // namespace samla::http
