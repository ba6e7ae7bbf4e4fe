// Helpers shared by the register's storage files; not part of the module's interface.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "access/audit.h"
#include "access/records.h"
#include "register/model.h"
#include "storage/database.h"

namespace samla::registry::detail {

// "?, ?, ?" for n placeholders.
std::string placeholders(std::size_t n);

// Fills RecordMeta from four columns starting at `first`: id, created_at, updated_at, version.
RecordMeta read_meta(const storage::Row& row, std::size_t first);

// The register's record types, as the record kit (access/records.h) names them.
inline constexpr access::RecordKind kPersonRecord{"people", "person", "person"};
inline constexpr access::RecordKind kOrganisationRecord{"organisations", "organisation",
                                                        "organisation"};
inline constexpr access::RecordKind kThemeRecord{"themes", "theme", "theme"};
inline constexpr access::RecordKind kCountryGroupRecord{"country_groups", "country_group",
                                                        "country group"};

// Writes the full-text entry of one person (name, organisation name, notes); `fresh` when
// the person was just created and so has no entry to replace.
Status index_person(storage::Session& s, std::int64_t id, const std::string& name,
                    const std::string& organisation, const std::string& notes, bool fresh = false);
// Writes the full-text entries of the people with ids first_id..last_id, which have none.
Status index_people(storage::Session& s, std::int64_t first_id, std::int64_t last_id);
// Re-indexes every person of an organisation after its name changed.
Status reindex_organisation_people(storage::Session& s, std::int64_t organisation_id,
                                   const std::string& organisation_name);
Status unindex_person(storage::Session& s, std::int64_t id);

// Which notes a search reads: none, all, or those not marked special (`notes_special`).
enum class NotesSearch { none, unmarked, all };

// The full-text condition on people alias `p` for search text `q`, appending its parameters.
// Returns "" when q holds no searchable word.
std::string search_condition(storage::Dialect dialect, const std::string& q, NotesSearch notes,
                             storage::Params& params);

}  // namespace samla::registry::detail
