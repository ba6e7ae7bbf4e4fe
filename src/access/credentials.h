// The cryptography behind accounts, all from libsodium: Argon2id password hashes, random
// secrets for sessions, CSRF and API tokens, their SHA-256 digests, and constant-time
// comparison. Internal to the access module.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"

namespace samla::access::credentials {

// Argon2id parameters: libsodium's "interactive" limits, above OWASP's minimum (t=2, 19 MiB).
inline constexpr unsigned long long kOpsLimit = 2;
inline constexpr std::size_t kMemLimit = 64u * 1024u * 1024u;

// Initialises libsodium once per process; aborts if the library cannot start (a bug).
void ensure_initialized();

// An Argon2id hash string ("$argon2id$v=19$m=65536,t=2,p=1$…") of `password`;
// internal when the memory for hashing cannot be obtained.
Result<std::string> hash_password(std::string_view password);
// True when `password` matches `hash` (any Argon2 hash string libsodium understands).
bool verify_password(const std::string& hash, std::string_view password);
// True when `hash` was made with other parameters than the current ones.
bool needs_rehash(const std::string& hash);

// 32 random bytes as unpadded base64url (43 characters).
std::string random_secret();
// The SHA-256 of `text` as 64 lower-case hex digits.
std::string sha256_hex(std::string_view text);
// Compares two strings in time independent of where they differ.
bool equal_constant_time(std::string_view a, std::string_view b);

}  // namespace samla::access::credentials
