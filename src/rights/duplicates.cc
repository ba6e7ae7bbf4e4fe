#include "rights/duplicates.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <set>

namespace samla::rights {
namespace {

using nlohmann::json;

std::u32string code_points(std::string_view text) {
  std::u32string out;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  for (int32_t i = 0; i < u.length();) {
    const UChar32 c = u.char32At(i);
    out.push_back(static_cast<char32_t>(c));
    i += U16_LENGTH(c);
  }
  return out;
}

struct Candidate {
  DuplicateSide side;
  std::string key;
  std::optional<std::int64_t> organisation_id;
};

Result<std::vector<Candidate>> candidates(storage::Session& s, RecordKind kind) {
  std::vector<Candidate> out;
  if (kind == RecordKind::person) {
    SAMLA_ASSIGN(auto rows, s.query("SELECT p.id, p.name, p.email, o.name, p.country, "
                                    "p.organisation_id FROM people p LEFT JOIN organisations o ON "
                                    "o.id = p.organisation_id WHERE p.erased_at IS NULL ORDER BY "
                                    "p.id"));
    for (const auto& r : rows)
      out.push_back(
          {{r.integer(0), r.text(1), r.optional_text(2), r.optional_text(3), r.optional_text(4)},
           name_key(r.text(1)),
           r.optional_integer(5)});
  } else {
    SAMLA_ASSIGN(auto rows, s.query("SELECT id, name, country FROM organisations ORDER BY id"));
    for (const auto& r : rows)
      out.push_back({{r.integer(0), r.text(1), std::nullopt, std::nullopt, r.optional_text(2)},
                     name_key(r.text(1)),
                     std::nullopt});
  }
  return out;
}

}  // namespace

std::string name_key(std::string_view name) {
  static std::once_flag once;
  static std::unique_ptr<icu::Transliterator> latin;
  std::call_once(once, [] {
    UErrorCode status = U_ZERO_ERROR;
    latin.reset(icu::Transliterator::createInstance("Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD,
                                                    status));
    if (U_FAILURE(status)) latin.reset();
  });
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  if (latin) {
    static std::mutex guard;  // a Transliterator is not safe to share between threads
    std::lock_guard<std::mutex> lock(guard);
    latin->transliterate(u);
  }
  std::string text;
  u.foldCase().toUTF8String(text);
  std::string out;
  for (char c : text) {
    const bool letter =
        std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
    if (letter)
      out.push_back(c);
    else if (!out.empty() && out.back() != ' ')
      out.push_back(' ');
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

double jaro_winkler(std::string_view a_text, std::string_view b_text) {
  const std::u32string a = code_points(a_text), b = code_points(b_text);
  if (a.empty() && b.empty()) return 1;
  if (a.empty() || b.empty()) return 0;
  const std::size_t window = std::max<std::size_t>(std::max(a.size(), b.size()) / 2, 1) - 1;
  std::vector<bool> a_matched(a.size()), b_matched(b.size());
  std::size_t matches = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const std::size_t from = i > window ? i - window : 0;
    const std::size_t to = std::min(b.size(), i + window + 1);
    for (std::size_t j = from; j < to; ++j)
      if (!b_matched[j] && a[i] == b[j]) {
        a_matched[i] = b_matched[j] = true;
        ++matches;
        break;
      }
  }
  if (matches == 0) return 0;
  std::size_t transpositions = 0;
  for (std::size_t i = 0, j = 0; i < a.size(); ++i) {
    if (!a_matched[i]) continue;
    while (!b_matched[j]) ++j;
    if (a[i] != b[j]) ++transpositions;
    ++j;
  }
  const double m = static_cast<double>(matches);
  const double jaro = (m / static_cast<double>(a.size()) + m / static_cast<double>(b.size()) +
                       (m - static_cast<double>(transpositions) / 2) / m) /
                      3;
  std::size_t prefix = 0;
  while (prefix < 4 && prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  return jaro + static_cast<double>(prefix) * 0.1 * (1 - jaro);
}

Result<std::vector<DuplicatePair>> find_duplicates(storage::Session& s, RecordKind kind,
                                                   int limit) {
  SAMLA_ASSIGN(auto all, candidates(s, kind));
  std::map<std::pair<std::int64_t, std::int64_t>, DuplicatePair> pairs;
  auto add = [&](const Candidate& x, const Candidate& y, double score, const std::string& reason) {
    const Candidate& first = x.side.id < y.side.id ? x : y;
    const Candidate& second = x.side.id < y.side.id ? y : x;
    auto& pair = pairs[{first.side.id, second.side.id}];
    pair.a = first.side;
    pair.b = second.side;
    pair.score = std::max(pair.score, score);
    if (std::find(pair.reasons.begin(), pair.reasons.end(), reason) == pair.reasons.end())
      pair.reasons.push_back(reason);
  };
  // The same address, wherever they are.
  std::map<std::string, std::vector<const Candidate*>> by_email;
  for (const auto& c : all)
    if (c.side.email && !c.side.email->empty()) {
      std::string address = *c.side.email;
      std::transform(address.begin(), address.end(), address.begin(),
                     [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
      by_email[address].push_back(&c);
    }
  for (const auto& [email, group] : by_email)
    for (std::size_t i = 0; i < group.size(); ++i)
      for (std::size_t j = i + 1; j < group.size(); ++j) add(*group[i], *group[j], 1, "same_email");
  // Alike names within the same organisation or the same country.
  std::map<std::string, std::vector<const Candidate*>> blocks;
  for (const auto& c : all) {
    if (c.key.empty()) continue;
    // Names alike by Jaro–Winkler share their first letter almost always: blocking by it keeps a
    // country of tens of thousands to pairs within each letter.
    const std::string initial = c.key.substr(0, 1);
    if (c.organisation_id) blocks["o" + std::to_string(*c.organisation_id)].push_back(&c);
    if (c.side.country) blocks["c" + *c.side.country + "/" + initial].push_back(&c);
  }
  for (const auto& [block, group] : blocks) {
    const std::string where = block[0] == 'o' ? "same_organisation" : "same_country";
    for (std::size_t i = 0; i < group.size(); ++i)
      for (std::size_t j = i + 1; j < group.size(); ++j) {
        const Candidate& x = *group[i];
        const Candidate& y = *group[j];
        if (x.key == y.key) {
          add(x, y, 1, "same_name");
          add(x, y, 1, where);
        } else if (const double score = jaro_winkler(x.key, y.key); score >= kSimilarName) {
          add(x, y, score, "similar_name");
          add(x, y, score, where);
        }
      }
  }
  std::vector<DuplicatePair> out;
  for (auto& [ids, pair] : pairs) out.push_back(std::move(pair));
  std::stable_sort(out.begin(), out.end(), [](const DuplicatePair& x, const DuplicatePair& y) {
    return x.score > y.score;
  });
  if (out.size() > static_cast<std::size_t>(limit)) out.resize(static_cast<std::size_t>(limit));
  return out;
}

json to_json(const DuplicatePair& pair) {
  auto side = [](const DuplicateSide& s) {
    return json{
        {"id", s.id},
        {"name", s.name},
        {"email", s.email ? json(*s.email) : json(nullptr)},
        {"organisation_name", s.organisation_name ? json(*s.organisation_name) : json(nullptr)},
        {"country", s.country ? json(*s.country) : json(nullptr)}};
  };
  return {
      {"a", side(pair.a)}, {"b", side(pair.b)}, {"score", pair.score}, {"reasons", pair.reasons}};
}

}  // namespace samla::rights
