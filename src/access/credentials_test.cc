#include "access/credentials.h"

#include <gtest/gtest.h>
#include <sodium.h>

#include <regex>

namespace samla::access::credentials {
namespace {

TEST(Credentials, PasswordHashIsArgon2idAboveOwaspMinimum) {
  auto hash = hash_password("correct horse battery staple");
  ASSERT_TRUE(hash.ok());
  std::smatch m;
  ASSERT_TRUE(
      std::regex_search(*hash, m, std::regex(R"(^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$)")))
      << *hash;
  EXPECT_GE(std::stoi(m[1]), 19456);  // KiB: OWASP's 19 MiB
  EXPECT_GE(std::stoi(m[2]), 2);
  EXPECT_EQ(std::stoi(m[1]), 65536);  // libsodium's interactive memory limit
  EXPECT_EQ(hash->find("correct horse"), std::string::npos);
}

TEST(Credentials, VerifyAcceptsOnlyTheRightPassword) {
  auto hash = hash_password("correct horse battery staple");
  ASSERT_TRUE(hash.ok());
  EXPECT_TRUE(verify_password(*hash, "correct horse battery staple"));
  EXPECT_FALSE(verify_password(*hash, "correct horse battery stapl"));
  EXPECT_FALSE(verify_password(*hash, ""));
  EXPECT_FALSE(verify_password("not a hash", "correct horse battery staple"));
  // Salted: the same password hashes differently each time.
  EXPECT_NE(*hash, *hash_password("correct horse battery staple"));
}

TEST(Credentials, WeakerHashesNeedRehash) {
  auto current = hash_password("correct horse battery staple");
  ASSERT_TRUE(current.ok());
  EXPECT_FALSE(needs_rehash(*current));
  char weak[crypto_pwhash_STRBYTES];
  ASSERT_EQ(crypto_pwhash_str_alg(weak, "pw", 2, crypto_pwhash_OPSLIMIT_MIN, 8192,
                                  crypto_pwhash_ALG_ARGON2ID13),
            0);
  EXPECT_TRUE(needs_rehash(weak));
  EXPECT_TRUE(verify_password(weak, "pw"));
}

TEST(Credentials, SecretsAreRandom256BitBase64Url) {
  std::string a = random_secret();
  std::string b = random_secret();
  EXPECT_EQ(a.size(), 43u);  // 32 bytes, unpadded base64
  EXPECT_TRUE(std::regex_match(a, std::regex("^[A-Za-z0-9_-]{43}$"))) << a;
  EXPECT_NE(a, b);
}

TEST(Credentials, Sha256HexMatchesTheStandardVector) {
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256_hex("").size(), 64u);
}

TEST(Credentials, ConstantTimeEquality) {
  EXPECT_TRUE(equal_constant_time("abc", "abc"));
  EXPECT_FALSE(equal_constant_time("abc", "abd"));
  EXPECT_FALSE(equal_constant_time("abc", "abcd"));
  EXPECT_FALSE(equal_constant_time("", "a"));
}

}  // namespace
}  // namespace samla::access::credentials
