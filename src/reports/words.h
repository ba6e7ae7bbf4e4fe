// The words and numbers of a report in Swedish or English: headings, the register's
// vocabulary, counts (with "fewer than 5"), decimals and country names through ICU.
#pragma once

#include <string>
#include <string_view>

#include "core/language.h"

namespace samla::reports {

class Words {
 public:
  explicit Words(Language language) : language_(language) {}

  // A heading or phrase by key ("who_took_part"); the key itself when unknown.
  std::string operator()(std::string_view key) const;
  // A value of a vocabulary ("sector", "civil_society"); the value itself when unknown.
  std::string label(std::string_view vocabulary, std::string_view value) const;
  // "Sverige" / "Sweden" for "SE".
  std::string country(const std::string& code) const;
  // A count; -1 (suppressed) as "fewer than 5".
  std::string count(long long n) const;
  // A number with `decimals` decimals in the language's way ("3,5" / "3.5").
  std::string number(double value, int decimals) const;
  // A signed number ("+0,8" / "−0.3").
  std::string shift(double value) const;

  Language language() const { return language_; }
  bool swedish() const { return language_ == Language::sv; }

 private:
  Language language_;
};

}  // namespace samla::reports
