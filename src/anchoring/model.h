// Anchoring and formalisation (issue 19 part 4): how far each organisation has committed to the
// programme, or to one of its initiatives — informed, consulted, endorsed, committed, formally
// decided — with the body that decided, when and under which reference, its contact person and
// the responsibilities it accepted (and, read from the action plans, the actions where it is
// accountable, responsible, consulted or informed). Plain data, no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace samla::anchoring {

// In order: a level later in the list is a firmer commitment.
const std::vector<std::string>& levels();
// The level's place in levels() (0 for informed), or -1.
int level_rank(const std::string& level);

// An action of the programme's plans in which the organisation has a part (RACI), read-only.
struct ActionPart {
  std::int64_t action_id = 0;
  std::string title;
  std::string role;  // accountable, responsible, consulted, informed
};

struct Anchoring {
  std::int64_t id = 0;
  std::optional<std::int64_t> programme_id;  // none given: the default programme
  std::int64_t organisation_id = 0;
  std::optional<std::string> organisation_name;  // joined
  std::optional<std::int64_t> initiative_id;     // none: the whole programme
  std::optional<std::string> initiative_title;   // joined
  std::string level = "informed";
  // Why the level went down, when a change lowers it (required then).
  std::optional<std::string> level_reason;
  std::string deciding_body;
  std::optional<std::string> decision_date;  // YYYY-MM-DD
  std::string decision_reference;
  std::optional<std::int64_t> contact_person_id;
  std::optional<std::string> contact_name;  // joined
  std::vector<std::string> responsibilities;
  std::vector<ActionPart> actions;  // answers only
  std::string created_by, created_at, updated_at;
  std::int64_t version = 1;
};

}  // namespace samla::anchoring
