#include "register/filter_params.h"

#include <charconv>

namespace samla::registry {
namespace {

using http::Request;

// Reads an optional integer query parameter; a malformed one is a field error.
Result<std::optional<std::int64_t>> int_param(const Request& r, const char* name) {
  auto text = r.query_param(name);
  if (!text || text->empty()) return std::optional<std::int64_t>{};
  std::int64_t value = 0;
  auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
  if (ec != std::errc() || end != text->data() + text->size())
    return invalid_field(name, Msg::must_be_integer);
  return std::optional<std::int64_t>{value};
}

std::optional<std::string> text_param(const Request& r, const char* name) {
  auto value = r.query_param(name);
  if (value && value->empty()) return std::nullopt;
  return value;
}

Result<SortOrder> sort_param(const Request& r) {
  auto sort = text_param(r, "sort");
  if (!sort || *sort == "id") return SortOrder::id;
  if (*sort == "name") return SortOrder::name;
  if (*sort == "updated") return SortOrder::updated;
  return invalid_field("sort", Msg::must_be_values, {{"values", "id\nname\nupdated"}});
}

Result<int> limit_param(const Request& r) {
  SAMLA_ASSIGN(auto limit, http::page_limit_query(r));
  return limit.value_or(kDefaultPageSize);
}

}  // namespace

Result<PersonFilter> person_filter_from(const Request& r) {
  PersonFilter f;
  read_person_criteria(f, [&](const char* name) { return text_param(r, name); });
  f.cursor = text_param(r, "cursor");
  SAMLA_ASSIGN(f.organisation_id, int_param(r, "organisation"));
  SAMLA_ASSIGN(f.sort, sort_param(r));
  SAMLA_ASSIGN(f.limit, limit_param(r));
  return f;
}

Result<OrganisationFilter> organisation_filter_from(const Request& r) {
  OrganisationFilter f;
  read_place_criteria(f, [&](const char* name) { return text_param(r, name); });
  f.level = text_param(r, "level");
  f.q = text_param(r, "q");
  f.cursor = text_param(r, "cursor");
  SAMLA_ASSIGN(f.parent_id, int_param(r, "parent"));
  SAMLA_ASSIGN(f.to_complete, http::flag_query(r, "to_complete"));
  SAMLA_ASSIGN(f.sort, sort_param(r));
  SAMLA_ASSIGN(f.limit, limit_param(r));
  return f;
}

}  // namespace samla::registry
