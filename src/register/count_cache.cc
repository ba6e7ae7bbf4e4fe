#include "register/count_cache.h"

#include <cstdio>

namespace samla::registry {
namespace {

std::string fmt_double(double d) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.17g", d);
  return buffer;
}

// The statement and its parameters as one key; each value is length-prefixed, so no value
// can pass for two.
std::string key_of(const std::string& sql, const storage::Params& params) {
  std::string key = sql;
  auto add = [&key](char type, const std::string& text) {
    key += '\x1f';
    key += type;
    key += std::to_string(text.size());
    key += ':';
    key += text;
  };
  for (const auto& value : params) {
    if (auto* n = std::get_if<std::int64_t>(&value))
      add('i', std::to_string(*n));
    else if (auto* text = std::get_if<std::string>(&value))
      add('s', *text);
    else if (auto* d = std::get_if<double>(&value))
      add('d', fmt_double(*d));
    else if (auto* b = std::get_if<storage::Bytes>(&value))
      add('b', b->data);
    else
      add('n', "");
  }
  return key;
}

}  // namespace

Result<std::optional<std::int64_t>> register_generation(storage::Session& s) {
  SAMLA_ASSIGN(auto row, s.query_one("SELECT n FROM data_generation WHERE id = 1"));
  return std::optional<std::int64_t>{row.integer(0)};
}

Result<std::int64_t> CountCache::count(storage::Session& s, const std::string& count_sql,
                                       const storage::Params& params) {
  // Read before counting: the count is then at least as new as the generation it is kept
  // under, never older.
  SAMLA_ASSIGN(auto stamp, register_generation(s));
  if (!stamp) {
    SAMLA_ASSIGN(auto row, s.query_one(count_sql, params));
    return row.integer(0);
  }
  std::int64_t generation = *stamp;
  std::string key = key_of(count_sql, params);
  {
    std::lock_guard lock(mutex_);
    if (generation == generation_)
      if (auto it = counts_.find(key); it != counts_.end()) return it->second;
  }
  SAMLA_ASSIGN(auto row, s.query_one(count_sql, params));
  std::int64_t count = row.integer(0);
  std::lock_guard lock(mutex_);
  if (generation > generation_) {
    counts_.clear();
    generation_ = generation;
  }
  if (generation == generation_) {
    if (counts_.size() >= kMaxEntries) counts_.clear();
    counts_[key] = count;
  }
  return count;
}

}  // namespace samla::registry
