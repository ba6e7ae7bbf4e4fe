// What a user name, a password and a login attempt may be. Pure functions; the errors name
// the field as the client sent it.
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "core/result.h"

namespace samla::access {

// The longest user name, in bytes.
inline constexpr std::size_t kMaxNameBytes = 100;
// The longest password that may be set, in characters, and tried at login, in bytes
// (1000 characters of up to four bytes each).
inline constexpr std::size_t kMaxPasswordCharacters = 1000;
inline constexpr std::size_t kMaxLoginPasswordBytes = 4000;

// Why `name` cannot be a user name, or nullopt when it can.
std::optional<FieldError> user_name_problem(const std::string& name);

// Checks a new password: 12 to 1000 characters, not only spaces, not one of the most common
// passwords (case-insensitive), not a common word padded with digits and symbols, and not a
// run such as "aaaaaaaaaaaa" or "abcabcabcabc".
Status validate_password(const std::string& password);

// Checks a new account's name and password: every field error of both at once.
Status validate_new_account(const std::string& name, const std::string& password);

// Bounds what a login may send, before anything about it is stored or hashed: the name at
// most kMaxNameBytes, the password at most kMaxLoginPasswordBytes.
Status validate_login_input(const std::string& name, const std::string& password);

// A token lifetime written as a whole number and a unit: "12h", "90d", "8w"; at most ten
// years. The error names the field "expires".
Result<std::chrono::seconds> parse_token_lifetime(const std::string& text);

// True when `password`, lower-cased, is on the shipped list of common passwords.
bool is_common_password(const std::string& password);

}  // namespace samla::access
