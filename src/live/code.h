// A live session's join code: six characters a person can read off a screen and type on a phone
// without mixing them up, so the alphabet has no look-alikes (0/O, 1/I/L).
#pragma once

#include <string>
#include <string_view>

namespace samla::live {

// Upper-case letters and digits without 0, O, 1, I and L.
inline constexpr std::string_view kCodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
inline constexpr std::size_t kCodeLength = 6;

// A new random code (libsodium's uniform random numbers).
std::string new_join_code();

// What a person typed, as a code: upper case, without spaces or dashes; "" when it cannot be
// one (wrong length or a character outside the alphabet).
std::string normalise_join_code(std::string_view typed);

}  // namespace samla::live
