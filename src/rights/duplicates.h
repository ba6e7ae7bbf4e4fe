// Duplicates in the register (issue 20 part 6): candidates found by e-mail address and by names
// that match once transliterated and case-folded (Åsa Öberg = Asa Oberg = АСА ОБЕРГ), with a
// Jaro–Winkler similarity within the same organisation or country; and their merge, which
// chooses field by field, moves every reference to the survivor in one transaction (walking the
// schema's foreign keys, as the export does) and is audited.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "access/principal.h"
#include "core/result.h"
#include "storage/database.h"

namespace samla::rights {

enum class RecordKind { person, organisation };

// The key names are compared by: any script in Latin letters without accents, lower case, one
// space between words ("Åsa  ÖBERG" → "asa oberg").
std::string name_key(std::string_view name);
// The Jaro–Winkler similarity of two texts (0: nothing in common, 1: the same), by code points.
double jaro_winkler(std::string_view a, std::string_view b);

struct DuplicateSide {
  std::int64_t id = 0;
  std::string name;
  std::optional<std::string> email, organisation_name, country;
};

struct DuplicatePair {
  DuplicateSide a, b;  // a.id < b.id
  double score = 0;    // 1 for the same address or the same name key
  std::vector<std::string>
      reasons;  // same_email, same_name, similar_name, same_organisation, same_country
};

inline constexpr double kSimilarName = 0.92;

// The candidate pairs, most alike first, at most `limit`. Erased people are never candidates.
Result<std::vector<DuplicatePair>> find_duplicates(storage::Session& s, RecordKind kind, int limit);

nlohmann::json to_json(const DuplicatePair& pair);

struct MergeRequest {
  std::int64_t survivor = 0, other = 0;
  std::vector<std::string> take;        // the fields whose value comes from the other record
  std::optional<std::int64_t> version;  // the survivor's, as read (If-Match)
};

struct MergeReport {
  std::int64_t survivor = 0, merged = 0;
  std::vector<std::string> taken;
  std::map<std::string, std::int64_t> moved;    // references moved, by table
  std::map<std::string, std::int64_t> dropped;  // rows the survivor already had, by table
};

nlohmann::json to_json(const MergeReport& report);

// The fields a merge may take from the other record, by kind.
const std::vector<std::string>& mergeable_fields(RecordKind kind);

// Merges `request.other` into `request.survivor`. 422 naming other_id (the same record) or take
// (an unknown field), 404 when either is missing, 409 when a person was erased or both people
// have accounts, 412 when the survivor changed since it was read.
Result<MergeReport> merge_records(storage::Session& s, RecordKind kind, MergeRequest request,
                                  const access::Principal& actor);

}  // namespace samla::rights
