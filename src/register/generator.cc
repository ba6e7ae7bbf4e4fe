#include "register/generator.h"

#include <algorithm>
#include <chrono>
#include <set>

#include "register/generator_lists.h"
#include "register/store.h"

namespace samla::registry {
namespace {

using namespace generator_lists;

// Separate streams, so the organisations do not shift when only the people change.
constexpr std::uint64_t kPeopleStream = 0x9e3779b97f4a7c15ULL;

template <typename T>
const T& pick_from(std::mt19937_64& rng, const std::vector<T>& values) {
  return values[uniform_below(rng, values.size())];
}

// True with probability percent/100.
bool chance(std::mt19937_64& rng, std::uint64_t percent) {
  return uniform_below(rng, 100) < percent;
}

const WeightedPick& country_pick() {
  static const WeightedPick pick = WeightedPick::zipf(countries().size());
  return pick;
}

// Sector sizes are skewed too: many municipalities and associations, few agencies.
const std::vector<std::string>& sector_order() {
  static const std::vector<std::string> order{
      "municipality", "civil_society", "healthcare_provider", "business", "region",
      "academia",     "agency",        "international_body"};
  return order;
}

std::string level_for(std::mt19937_64& rng, const std::string& sector) {
  if (sector == "municipality") return "local";
  if (sector == "region") return "regional";
  if (sector == "agency") return "national";
  if (sector == "international_body") return "international";
  static const WeightedPick levels_pick({40, 25, 25, 10});
  return levels()[levels_pick(rng)];
}

Organisation make_organisation(std::mt19937_64& rng, std::int64_t index,
                               const std::vector<Organisation>& earlier,
                               std::set<std::string>& used) {
  static const WeightedPick sector_pick = WeightedPick::zipf(sector_order().size());
  Organisation o;
  // One in ten is a unit of an earlier organisation, in the same country.
  if (index > 0 && chance(rng, 10)) {
    auto parent = uniform_below(rng, static_cast<std::uint64_t>(index));
    o.parent_id = static_cast<std::int64_t>(parent);
    o.country = earlier[parent].country;
  } else {
    o.country = countries()[country_pick()(rng)].code;
  }
  const std::string& sector = sector_order()[sector_pick(rng)];
  o.sector = sector;
  o.level = level_for(rng, sector);
  const auto& pattern = pick_from(rng, organisation_patterns(sector));
  std::string base = pattern.prefix + pick_from(rng, places()) + pattern.suffix;
  // Names are unique, so an export of the people names each one's organisation without doubt
  // and imports again; later namesakes get a number.
  std::string name = base;
  for (int n = 2; !used.insert(name).second; ++n) name = base + " " + std::to_string(n);
  o.name = name;
  if (chance(rng, 60)) o.website = "https://org" + std::to_string(index + 1) + ".example.org";
  return o;
}

std::vector<std::uint64_t> organisation_weights(std::size_t n) {
  // Zipf over a per-seed shuffled order would cost another pass; index order is random enough
  // because organisations themselves are drawn at random.
  std::vector<std::uint64_t> weights(n);
  for (std::size_t k = 0; k < n; ++k) weights[k] = (std::uint64_t{1} << 40) / (k + 1);
  return weights;
}

// `count` distinct values of `from`, drawn by `pick`, sorted.
std::vector<std::string> distinct(std::mt19937_64& rng, const std::vector<std::string>& from,
                                  const WeightedPick& pick, std::size_t count) {
  std::set<std::string> chosen;
  while (chosen.size() < std::min(count, from.size())) chosen.insert(from[pick(rng)]);
  return {chosen.begin(), chosen.end()};
}

std::string phone_for(std::mt19937_64& rng, const CountryInfo& c) {
  std::string phone = std::string("+") + c.calling_code + " ";
  for (int i = 0; i < 9; ++i) {
    if (i == 2 || i == 5) phone += ' ';
    phone += static_cast<char>('0' + uniform_below(rng, 10));
  }
  return phone;
}

}  // namespace

std::uint64_t uniform_below(std::mt19937_64& rng, std::uint64_t n) {
  return static_cast<std::uint64_t>((static_cast<unsigned __int128>(rng()) * n) >> 64);
}

WeightedPick::WeightedPick(const std::vector<std::uint64_t>& weights) {
  std::uint64_t total = 0;
  cumulative_.reserve(weights.size());
  for (auto w : weights) cumulative_.push_back(total += w);
}

WeightedPick WeightedPick::zipf(std::size_t n) {
  return WeightedPick(organisation_weights(n));
}

std::size_t WeightedPick::operator()(std::mt19937_64& rng) const {
  auto x = uniform_below(rng, cumulative_.back());
  return static_cast<std::size_t>(std::upper_bound(cumulative_.begin(), cumulative_.end(), x) -
                                  cumulative_.begin());
}

Generator::Generator(std::uint64_t seed, std::int64_t organisations)
    : seed_(seed),
      rng_(seed ^ kPeopleStream),
      organisation_pick_(organisation_weights(
          static_cast<std::size_t>(std::max<std::int64_t>(organisations, 1)))) {
  std::mt19937_64 rng(seed);
  std::set<std::string> used;
  organisations_.reserve(static_cast<std::size_t>(organisations));
  for (std::int64_t i = 0; i < organisations; ++i)
    organisations_.push_back(make_organisation(rng, i, organisations_, used));
}

Person Generator::next_person() {
  static const WeightedPick perspective_count({40, 40, 20});             // 1, 2 or 3
  static const WeightedPick perspective_pick({30, 25, 20, 10, 10, 15});  // as perspectives()
  static const WeightedPick theme_count({20, 40, 30, 10});               // 0–3
  static const WeightedPick tag_count({50, 35, 15});                     // 0–2
  auto& rng = rng_;
  std::int64_t index = people_made_++;
  Person p;
  const CountryInfo* country = &countries()[country_pick()(rng)];
  // Most people belong to an organisation, usually in its country.
  if (!organisations_.empty() && chance(rng, 85)) {
    auto org = organisation_pick_(rng);
    p.organisation_id = static_cast<std::int64_t>(org);
    if (chance(rng, 90)) country = &country_info(*organisations_[org].country);
  }
  p.country = country->code;
  const auto& names = name_group(country->names);
  p.name = pick_from(rng, names.first) + " " + pick_from(rng, names.last);
  if (chance(rng, 70)) p.title = pick_from(rng, titles());
  p.perspectives = distinct(rng, perspectives(), perspective_pick, perspective_count(rng) + 1);
  static const WeightedPick theme_pick = WeightedPick::zipf(theme_slugs().size());
  p.themes = distinct(rng, theme_slugs(), theme_pick, theme_count(rng));
  std::set<std::string> languages{country->language};
  if (chance(rng, 60)) languages.insert("en");
  if (chance(rng, 10)) languages.insert(pick_from(rng, countries()).language);
  p.languages.assign(languages.begin(), languages.end());
  static const WeightedPick tag_pick = WeightedPick::zipf(tags().size());
  p.tags = distinct(rng, tags(), tag_pick, tag_count(rng));
  bool with_email = chance(rng, 60);
  // The importer takes people without e-mail who share name and organisation for one person,
  // so such a namesake gets an address, and an export of the register imports again.
  // (A row without e-mail matches a registered person of the same name and organisation even
  // when that person has an address, so the key must be free among everyone made so far.)
  std::string key = p.name + "\n" + std::to_string(p.organisation_id.value_or(-1));
  if (!name_keys_.insert(std::move(key)).second) with_email = true;
  if (with_email)
    p.email = "person" + std::to_string(index + 1) + ".s" + std::to_string(seed_) + "@example.org";
  if (chance(rng, 40)) p.phone = phone_for(rng, *country);
  if (chance(rng, 30)) p.notes = pick_from(rng, notes());
  p.mapped_by = "samla demo generate";
  p.mapping_reason = "Generated test data (seed " + std::to_string(seed_) + ")";
  return p;
}

Result<GenerateSummary> write_generated(storage::Session& session, const GenerateOptions& options,
                                        const access::Principal& actor,
                                        const std::function<void(std::int64_t)>& progress) {
  using Clock = std::chrono::steady_clock;
  auto seconds_since = [](Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
  };
  GenerateSummary summary;
  Generator generator(options.seed, options.organisations);
  const auto batch = std::max<std::int64_t>(options.batch_size, 1);
  std::vector<std::int64_t> ids;
  ids.reserve(generator.organisations().size());

  auto start = Clock::now();
  const auto& orgs = generator.organisations();
  for (std::size_t done = 0; done < orgs.size();) {
    auto end = std::min(orgs.size(), done + static_cast<std::size_t>(batch));
    SAMLA_TRY(storage::in_transaction(session, [&](storage::Session& s) -> Status {
      for (std::size_t i = done; i < end; ++i) {
        Organisation o = orgs[i];
        if (o.parent_id) o.parent_id = ids[static_cast<std::size_t>(*o.parent_id)];
        SAMLA_ASSIGN(auto created, store::insert_organisation(s, std::move(o), actor));
        ids.push_back(created.meta.id);
      }
      return ok_status();
    }));
    done = end;
  }
  summary.organisations_created = static_cast<std::int64_t>(ids.size());
  summary.organisation_seconds = seconds_since(start);

  start = Clock::now();
  for (std::int64_t done = 0; done < options.people;) {
    auto end = std::min(options.people, done + batch);
    SAMLA_TRY(storage::in_transaction(session, [&](storage::Session& s) -> Status {
      std::optional<std::int64_t> first_id, last_id;
      for (std::int64_t i = done; i < end; ++i) {
        Person p = generator.next_person();
        if (p.organisation_id)
          p.organisation_id = ids[static_cast<std::size_t>(*p.organisation_id)];
        SAMLA_ASSIGN(auto created,
                     store::insert_person(s, std::move(p), actor, store::SearchIndex::later));
        if (!first_id) first_id = created.meta.id;
        last_id = created.meta.id;
      }
      if (first_id)
        SAMLA_TRY(store::complete_new_people(s, *first_id, *last_id, actor, "register"));
      return ok_status();
    }));
    done = end;
    summary.people_created = done;
    if (progress) progress(done);
  }
  summary.people_seconds = seconds_since(start);
  // Fresh statistics for the query planner after a bulk load (PostgreSQL also gets its
  // visibility map, without which counting cannot use an index alone); autovacuum would
  // come to it only later.
  SAMLA_TRY(session.execute_script(
      session.dialect() == storage::Dialect::postgres ? "VACUUM ANALYZE" : "ANALYZE"));
  return summary;
}

}  // namespace samla::registry
