// The columns of register spreadsheets (import and export share them, so an export imports
// again) and the words people type in them: English or Swedish headers, vocabulary values
// as stored ("civil_society"), as written ("Civil society") or in Swedish ("civilsamhälle").
// Pure functions; docs/import.md lists every accepted word.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/language.h"

namespace samla::registry {

enum class ImportKind { organisations, people };

// "organisations" or "people".
std::string_view kind_name(ImportKind kind);
// Parses "organisations"/"organizations" or "people".
std::optional<ImportKind> parse_kind(std::string_view text);

enum class Column {
  name,
  email,
  title,
  organisation,
  country,
  perspectives,
  themes,
  languages,
  tags,
  notes,
  notes_special,  // people: the notes hold health details ("yes" / "no")
  phone,
  mapped_by,
  mapping_reason,
  sector,
  level,
  parent,
  website,
  lived_experience_consent_on,  // people: the day of explicit consent to lived experience
};

// The columns of `kind` in export order (the English header names of column_name()).
const std::vector<Column>& columns_of(ImportKind kind);
// Every column an import of `kind` reads: the export's, and for people the sector and level of
// an organisation to create.
std::vector<Column> accepted_columns(ImportKind kind);
// The English header: "name", "mapped_by", …
std::string_view column_name(Column column);
// The column a header names for `kind`: English or Swedish, any case, surrounding space and
// the separators ' ', '-' and '_' ignored ("E-post" and "e_post" both mean email).
std::optional<Column> column_for_header(ImportKind kind, std::string_view header);
// The English headers accepted for `kind`, comma-separated, for error messages.
std::string expected_headers(ImportKind kind);

enum class Vocabulary { sector, level, perspective };

// The stored value for what a user typed: the value itself, its English label, or a
// Swedish label, any case ("Hälso- och sjukvårdspersonal" → "healthcare_professional").
std::optional<std::string> vocabulary_value(Vocabulary vocabulary, std::string_view text);
// The label the web shows for a stored value, in `language` ("community_leader" → "Lokal
// ledare"); the value itself when it has none. Import accepts every label again.
std::string vocabulary_label(Vocabulary vocabulary, std::string_view value, Language language);
// A column's header for people reading a workbook ("E-post", "Kartlagd av"); import accepts it.
std::string column_label(Column column, Language language);

// The stored values of `vocabulary`, comma-separated, for error messages.
std::string vocabulary_list(Vocabulary vocabulary);

// The values of a multi-value cell: split at `separator` ('|' unless the import chose ';' or
// ','), trimmed, blanks dropped.
std::vector<std::string> split_values(std::string_view cell, char separator = '|');
// The separators a multi-value cell may use.
bool is_value_separator(char c);
// The column of `kind` whose English name is `name` ("email"), for a mapping chosen by hand.
std::optional<Column> column_named(ImportKind kind, std::string_view name);
// The inverse, for export.
std::string join_values(const std::vector<std::string>& values);

// Lower-case (full Unicode, through ICU), trimmed, inner runs of space, '-' and '_' turned
// into one '_'.
std::string fold_label(std::string_view text);

}  // namespace samla::registry
