#include <cctype>

#include "register/store_internal.h"

namespace samla::registry::detail {
namespace {

// A person's PostgreSQL search document: name and organisation (weight A), notes (weight D),
// from the parameters (name, organisation, notes), or from the row `p` itself.
constexpr const char* kSearchDocument =
    "setweight(to_tsvector('simple', ? || ' ' || ?), 'A') || "
    "setweight(to_tsvector('simple', ?), 'D')";
constexpr const char* kSearchDocumentOfRow =
    "setweight(to_tsvector('simple', p.name || ' ' || coalesce((SELECT o.name FROM "
    "organisations o WHERE o.id = p.organisation_id), '')), 'A') || "
    "setweight(to_tsvector('simple', p.notes), 'D')";
constexpr const char* kSearchDocumentWithOrganisation =
    "setweight(to_tsvector('simple', p.name || ' ' || ?), 'A') || "
    "setweight(to_tsvector('simple', p.notes), 'D')";

}  // namespace

std::string placeholders(std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += i ? ", ?" : "?";
  return out;
}

RecordMeta read_meta(const storage::Row& row, std::size_t first) {
  return RecordMeta{row.integer(first), row.text(first + 1), row.text(first + 2),
                    row.integer(first + 3)};
}

Status index_person(storage::Session& s, std::int64_t id, const std::string& name,
                    const std::string& organisation, const std::string& notes, bool fresh) {
  if (s.dialect() == storage::Dialect::sqlite) {
    if (!fresh) SAMLA_TRY(s.execute("DELETE FROM people_search WHERE rowid = ?", {id}));
    SAMLA_TRY(s.execute(
        "INSERT INTO people_search (rowid, name, organisation, notes) VALUES (?, ?, ?, ?)",
        {id, name, organisation, notes}));
  } else {
    SAMLA_TRY(s.execute(
        "UPDATE people SET search_document = " + std::string(kSearchDocument) + " WHERE id = ?",
        {name, organisation, notes, id}));
  }
  return ok_status();
}

Status index_people(storage::Session& s, std::int64_t first_id, std::int64_t last_id) {
  if (s.dialect() == storage::Dialect::sqlite) {
    SAMLA_TRY(s.execute(
        "INSERT INTO people_search (rowid, name, organisation, notes) "
        "SELECT p.id, p.name, coalesce(o.name, ''), p.notes FROM people p "
        "LEFT JOIN organisations o ON o.id = p.organisation_id WHERE p.id BETWEEN ? AND ?",
        {first_id, last_id}));
  } else {
    // Concurrent transactions may have taken ids inside the range; their people are indexed.
    SAMLA_TRY(
        s.execute("UPDATE people p SET search_document = " + std::string(kSearchDocumentOfRow) +
                      " WHERE p.id BETWEEN ? AND ? AND p.search_document IS NULL",
                  {first_id, last_id}));
  }
  return ok_status();
}

Status reindex_organisation_people(storage::Session& s, std::int64_t organisation_id,
                                   const std::string& organisation_name) {
  if (s.dialect() == storage::Dialect::sqlite) {
    SAMLA_TRY(
        s.execute("DELETE FROM people_search WHERE rowid IN (SELECT id FROM people WHERE "
                  "organisation_id = ?)",
                  {organisation_id}));
    SAMLA_TRY(
        s.execute("INSERT INTO people_search (rowid, name, organisation, notes) "
                  "SELECT id, name, ?, notes FROM people WHERE organisation_id = ?",
                  {organisation_name, organisation_id}));
  } else {
    SAMLA_TRY(s.execute(
        "UPDATE people p SET search_document = " + std::string(kSearchDocumentWithOrganisation) +
            " WHERE organisation_id = ?",
        {organisation_name, organisation_id}));
  }
  return ok_status();
}

Status unindex_person(storage::Session& s, std::int64_t id) {
  if (s.dialect() == storage::Dialect::sqlite)
    SAMLA_TRY(s.execute("DELETE FROM people_search WHERE rowid = ?", {id}));
  return ok_status();
}

std::string search_condition(storage::Dialect dialect, const std::string& q, NotesSearch notes,
                             storage::Params& params) {
  // Words are runs of letters and digits (any non-ASCII byte counts as a letter, so åäö and
  // other scripts stay whole); everything else separates words. Each word matches as a
  // prefix and all words must match. Only these words reach the search syntax, so no user
  // input can inject FTS5 or tsquery operators.
  std::vector<std::string> words;
  std::string word;
  for (char c : q) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80) {
      word.push_back(c);
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  if (words.empty()) return "";
  // Notes are free text about a person, where health details end up: only viewers who see
  // free text find people by them (SQLite: a column filter; PostgreSQL: names and
  // organisations carry weight A, notes weight D), and notes marked special only those who
  // see special-category data.
  auto condition = [&](bool with_notes) {
    std::string expr;
    if (dialect == storage::Dialect::sqlite) {
      const char* columns = with_notes ? "" : "{name organisation} : ";
      for (auto& w : words)
        expr += (expr.empty() ? "" : " ") + std::string(columns) + "\"" + w + "\"*";
      params.emplace_back(expr);
      return std::string("p.id IN (SELECT rowid FROM people_search WHERE people_search MATCH ?)");
    }
    for (auto& w : words) expr += (expr.empty() ? "" : " & ") + w + (with_notes ? ":*" : ":*A");
    params.emplace_back(expr);
    return std::string("p.search_document @@ to_tsquery('simple', ?)");
  };
  if (notes != NotesSearch::unmarked) return condition(notes == NotesSearch::all);
  const std::string by_name = condition(false);
  return "(" + by_name + " OR (p.notes_special = 0 AND " + condition(true) + "))";
}

}  // namespace samla::registry::detail
