#include "access/credentials.h"

#include <sodium.h>

#include <array>
#include <cstdlib>
#include <semaphore>

namespace samla::access::credentials {

void ensure_initialized() {
  // A function-local static runs sodium_init exactly once, even with many threads.
  static const int initialised = sodium_init();
  if (initialised < 0) std::abort();
}

namespace {

// Each Argon2id run holds 64 MiB. Two at a time keeps a burst of logins from exhausting
// memory (the rest wait their turn; the machines samla targets have two cores anyway).
std::counting_semaphore<2> hashing_slots{2};

// Holds one hashing slot for its lifetime.
struct HashingSlot {
  HashingSlot() { hashing_slots.acquire(); }
  ~HashingSlot() { hashing_slots.release(); }
  HashingSlot(const HashingSlot&) = delete;
  HashingSlot& operator=(const HashingSlot&) = delete;
};

}  // namespace

Result<std::string> hash_password(std::string_view password) {
  ensure_initialized();
  HashingSlot slot;
  std::array<char, crypto_pwhash_STRBYTES> out{};
  if (crypto_pwhash_str_alg(out.data(), password.data(), password.size(), kOpsLimit, kMemLimit,
                            crypto_pwhash_ALG_ARGON2ID13) != 0)
    return hidden_error(ErrorCode::internal, "Not enough memory to hash the password.");
  return std::string(out.data());
}

bool verify_password(const std::string& hash, std::string_view password) {
  ensure_initialized();
  HashingSlot slot;
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

bool needs_rehash(const std::string& hash) {
  ensure_initialized();
  // 1 means other parameters, -1 a string that is not an Argon2id hash at all: both rehash.
  return crypto_pwhash_str_needs_rehash(hash.c_str(), kOpsLimit, kMemLimit) != 0;
}

std::string random_secret() {
  ensure_initialized();
  std::array<unsigned char, 32> bytes{};
  randombytes_buf(bytes.data(), bytes.size());
  constexpr int variant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;
  std::array<char, sodium_base64_ENCODED_LEN(32, variant)> text{};
  sodium_bin2base64(text.data(), text.size(), bytes.data(), bytes.size(), variant);
  sodium_memzero(bytes.data(), bytes.size());
  return std::string(text.data());
}

std::string sha256_hex(std::string_view text) {
  ensure_initialized();
  std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
  crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(text.data()),
                     text.size());
  std::array<char, crypto_hash_sha256_BYTES * 2 + 1> hex{};
  sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
  return std::string(hex.data());
}

bool equal_constant_time(std::string_view a, std::string_view b) {
  ensure_initialized();
  // Lengths are not secret (every token has the same length); contents are.
  if (a.size() != b.size()) return false;
  if (a.empty()) return true;
  return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace samla::access::credentials
