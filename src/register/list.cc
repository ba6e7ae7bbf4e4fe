#include "register/list.h"

#include <cctype>

#include "register/store.h"
#include "register/store_internal.h"

namespace samla::registry {
namespace {

using storage::Params;

// A WHERE clause under construction: conditions joined by AND, with their parameters.
struct Conditions {
  std::vector<std::string> parts;
  Params params;
  std::vector<FieldError> errors;

  void add(std::string sql, storage::Value value) {
    parts.push_back(std::move(sql));
    params.push_back(std::move(value));
  }
  void add(std::string sql) { parts.push_back(std::move(sql)); }
  std::string sql() const {
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "WHERE " : " AND ") + p;
    return out;
  }
};

std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

// Cursor: "<sort letter>.<hex key>.<id>"; the sort letter must match the request's sort.
std::string to_hex(const std::string& s) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned char c : s) {
    out.push_back(kHex[c >> 4]);
    out.push_back(kHex[c & 0xf]);
  }
  return out;
}

bool from_hex(const std::string& hex, std::string& out) {
  if (hex.size() % 2) return false;
  out.clear();
  for (std::size_t i = 0; i < hex.size(); i += 2) {
    int value = 0;
    for (int k = 0; k < 2; ++k) {
      char c = hex[i + static_cast<std::size_t>(k)];
      int digit = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                  : (c >= 'a' && c <= 'f')                    ? c - 'a' + 10
                                                              : -1;
      if (digit < 0) return false;
      value = value * 16 + digit;
    }
    out.push_back(static_cast<char>(value));
  }
  return true;
}

char sort_letter(SortOrder sort) {
  return sort == SortOrder::name ? 'n' : sort == SortOrder::updated ? 'u' : 'i';
}

struct Cursor {
  std::string key;
  std::int64_t id = 0;
};

Result<std::optional<Cursor>> parse_cursor(const std::optional<std::string>& text, SortOrder sort) {
  if (!text) return std::optional<Cursor>{};
  auto bad = invalid_field("cursor", Msg::not_a_cursor);
  const std::string& c = *text;
  auto first = c.find('.');
  auto last = c.rfind('.');
  if (c.empty() || c[0] != sort_letter(sort) || first != 1 || last == first) return bad;
  Cursor cursor;
  if (!from_hex(c.substr(2, last - 2), cursor.key)) return bad;
  try {
    cursor.id = std::stoll(c.substr(last + 1));
  } catch (...) {
    return bad;
  }
  return std::optional<Cursor>{cursor};
}

std::string make_cursor(SortOrder sort, const std::string& key, std::int64_t id) {
  return std::string(1, sort_letter(sort)) + "." + to_hex(key) + "." + std::to_string(id);
}

// The ORDER BY, the keyset condition after a cursor, and the key of a row, for one sort.
struct Ordering {
  std::string column;  // "" for id order
  bool descending = false;
};

Ordering ordering(const char* alias, SortOrder sort, Language language) {
  std::string a(alias);
  if (sort == SortOrder::name)
    return {a + (language == Language::sv ? ".sort_key_sv" : ".sort_key_en"), false};
  if (sort == SortOrder::updated) return {a + ".updated_at", true};
  return {"", false};
}

void add_cursor(Conditions& where, const char* alias, const Ordering& order, const Cursor& cursor) {
  std::string id = std::string(alias) + ".id";
  if (order.column.empty()) {
    where.add(id + " > ?", cursor.id);
    return;
  }
  const char* cmp = order.descending ? " < " : " > ";
  where.parts.push_back("(" + order.column + cmp + "? OR (" + order.column + " = ? AND " + id +
                        cmp + "?))");
  where.params.insert(where.params.end(), {cursor.key, cursor.key, cursor.id});
}

std::string order_by(const char* alias, const Ordering& order) {
  std::string id = std::string(alias) + ".id";
  const char* dir = order.descending ? " DESC" : "";
  if (order.column.empty()) return " ORDER BY " + id;
  return " ORDER BY " + order.column + dir + ", " + id + dir;
}

Status check_limit(int limit) {
  if (limit < 1 || limit > kMaxPageSize)
    return invalid_field("limit", Msg::whole_number_range,
                         {{"min", "1"}, {"max", std::to_string(kMaxPageSize)}});
  return ok_status();
}

// Reads the sort key of the last row on a page, to build the next cursor.
Result<std::string> sort_key_of(storage::Session& s, const char* table, const Ordering& order,
                                std::int64_t id) {
  if (order.column.empty()) return std::string();
  std::string column = order.column.substr(order.column.find('.') + 1);
  SAMLA_ASSIGN(auto row,
               s.query_one("SELECT " + column + " FROM " + table + " WHERE id = ?", {id}));
  return row.text(0);
}

// A filter naming a group or theme that does not exist is a typo, not an empty answer.
Status check_exists(storage::Session& s, const char* table, const char* field,
                    const std::string& slug) {
  SAMLA_ASSIGN(auto rows,
               s.query(std::string("SELECT 1 FROM ") + table + " WHERE slug = ?", {slug}));
  if (rows.empty()) return invalid_field(field, Msg::unknown_slug, {{"value", slug}});
  return ok_status();
}

void add_country_group(Conditions& where, const char* alias, const std::string& slug) {
  where.add(std::string(alias) +
                ".country IN (SELECT m.country FROM country_group_members m JOIN country_groups g "
                "ON g.id = m.group_id WHERE g.slug = ?)",
            slug);
}

Result<std::int64_t> count_rows(storage::Session& s, CountCache* counts, const std::string& sql,
                                const Params& params) {
  if (counts) return counts->count(s, sql, params);
  SAMLA_ASSIGN(auto row, s.query_one(sql, params));
  return row.integer(0);
}

// The notes `viewer` may find people by.
detail::NotesSearch notes_search_for(const Viewer& viewer) {
  if (viewer.sees_special_category()) return detail::NotesSearch::all;
  return viewer.sees_free_text() ? detail::NotesSearch::unmarked : detail::NotesSearch::none;
}

}  // namespace

Result<Page<Person>> list_people(storage::Session& s, const PersonFilter& filter,
                                 const Viewer& viewer, CountCache* counts) {
  SAMLA_TRY(check_limit(filter.limit));
  Conditions where;
  if (filter.country) where.add("p.country = ?", upper(*filter.country));
  if (filter.country_group) {
    SAMLA_TRY(check_exists(s, "country_groups", "country_group", *filter.country_group));
    add_country_group(where, "p", *filter.country_group);
  }
  if (filter.sector) {
    if (!is_sector(*filter.sector))
      return invalid_field("sector", Msg::unknown_value, {{"value", *filter.sector}});
    where.add("o.sector = ?", *filter.sector);
  }
  if (filter.perspective) {
    if (!is_perspective(*filter.perspective))
      return invalid_field(
          "perspective", Msg::unknown_perspective,
          {{"value", *filter.perspective}, {"values", one_per_line(perspectives())}});
    if (*filter.perspective == kLivedExperience && !viewer.sees_special_category())
      return make_error(ErrorCode::forbidden, Msg::lived_experience_filter_refused);
    where.add(
        "EXISTS (SELECT 1 FROM person_perspectives pp WHERE pp.person_id = p.id AND pp.perspective "
        "= ?)",
        *filter.perspective);
  }
  if (filter.theme) SAMLA_TRY(check_exists(s, "themes", "theme", *filter.theme));
  if (filter.theme)
    where.add(
        "EXISTS (SELECT 1 FROM person_themes pt JOIN themes t ON t.id = pt.theme_id "
        "WHERE pt.person_id = p.id AND t.slug = ?)",
        *filter.theme);
  if (filter.tag)
    where.add("EXISTS (SELECT 1 FROM person_tags tg WHERE tg.person_id = p.id AND tg.tag = ?)",
              *filter.tag);
  if (filter.organisation_id) where.add("p.organisation_id = ?", *filter.organisation_id);
  if (filter.q) {
    std::string condition =
        detail::search_condition(s.dialect(), *filter.q, notes_search_for(viewer), where.params);
    if (!condition.empty()) where.parts.push_back(condition);
  }

  // The count joins organisations only when a condition needs them; without the join it is
  // a scan of one index.
  const std::string from =
      filter.sector ? "FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id "
                    : "FROM people p ";
  SAMLA_ASSIGN(auto total,
               count_rows(s, counts, "SELECT COUNT(*) " + from + where.sql(), where.params));

  Ordering order = ordering("p", filter.sort, viewer.language);
  SAMLA_ASSIGN(auto cursor, parse_cursor(filter.cursor, filter.sort));
  if (cursor) add_cursor(where, "p", order, *cursor);
  where.params.emplace_back(static_cast<std::int64_t>(filter.limit + 1));
  SAMLA_ASSIGN(auto people, store::select_people(s, where.sql() + order_by("p", order) + " LIMIT ?",
                                                 where.params));

  Page<Person> page;
  page.total = total;
  if (people.size() > static_cast<std::size_t>(filter.limit)) {
    people.resize(static_cast<std::size_t>(filter.limit));
    SAMLA_ASSIGN(auto key, sort_key_of(s, "people", order, people.back().meta.id));
    page.next = make_cursor(filter.sort, key, people.back().meta.id);
  }
  for (auto& p : people) redact_for(p, viewer);
  page.items = std::move(people);
  return page;
}

Result<Page<Organisation>> list_organisations(storage::Session& s, const OrganisationFilter& filter,
                                              const Viewer& viewer, CountCache* counts) {
  SAMLA_TRY(check_limit(filter.limit));
  Conditions where;
  if (filter.country) where.add("o.country = ?", upper(*filter.country));
  if (filter.country_group) {
    SAMLA_TRY(check_exists(s, "country_groups", "country_group", *filter.country_group));
    add_country_group(where, "o", *filter.country_group);
  }
  if (filter.sector) {
    if (!is_sector(*filter.sector))
      return invalid_field("sector", Msg::unknown_value, {{"value", *filter.sector}});
    where.add("o.sector = ?", *filter.sector);
  }
  if (filter.level) {
    if (!is_level(*filter.level))
      return invalid_field("level", Msg::unknown_value, {{"value", *filter.level}});
    where.add("o.level = ?", *filter.level);
  }
  if (filter.parent_id) where.add("o.parent_id = ?", *filter.parent_id);
  if (filter.to_complete) where.add("(o.sector IS NULL OR o.level IS NULL)");
  if (filter.q && !filter.q->empty()) {
    // Organisation names are short: a case-insensitive substring match is what people expect.
    std::string pattern = "%";
    for (char c : *filter.q) {
      if (c == '%' || c == '_' || c == '\\') pattern.push_back('\\');
      pattern.push_back(c);
    }
    pattern += "%";
    where.add(s.dialect() == storage::Dialect::postgres ? "o.name ILIKE ? ESCAPE '\\'"
                                                        : "o.name LIKE ? ESCAPE '\\'",
              pattern);
  }
  SAMLA_ASSIGN(
      auto total,
      count_rows(s, counts, "SELECT COUNT(*) FROM organisations o " + where.sql(), where.params));

  Ordering order = ordering("o", filter.sort, viewer.language);
  SAMLA_ASSIGN(auto cursor, parse_cursor(filter.cursor, filter.sort));
  if (cursor) add_cursor(where, "o", order, *cursor);
  where.params.emplace_back(static_cast<std::int64_t>(filter.limit + 1));
  SAMLA_ASSIGN(auto organisations,
               store::select_organisations(s, where.sql() + order_by("o", order) + " LIMIT ?",
                                           where.params));

  Page<Organisation> page;
  page.total = total;
  if (organisations.size() > static_cast<std::size_t>(filter.limit)) {
    organisations.resize(static_cast<std::size_t>(filter.limit));
    SAMLA_ASSIGN(auto key, sort_key_of(s, "organisations", order, organisations.back().meta.id));
    page.next = make_cursor(filter.sort, key, organisations.back().meta.id);
  }
  page.items = std::move(organisations);
  return page;
}

}  // namespace samla::registry
