// Agreements (issue 19 part 4): the letters of intent, partnership agreements and other
// documents that formalise a programme — the parties (organisations), who signed for each and
// when, the dates it runs, and where the document is. Plain data, no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace samla::agreements {

// letter_of_intent, partnership_agreement, memorandum_of_understanding, data_sharing_agreement,
// other.
const std::vector<std::string>& kinds();
// draft → out_for_signature → signed → ended (any step back is allowed: a draft reopened).
const std::vector<std::string>& statuses();

struct Party {
  std::int64_t organisation_id = 0;
  std::optional<std::string> name;  // joined
};

// Someone who signs for a party: a person of the register, or a name for someone who is not.
struct Signatory {
  std::optional<std::int64_t> person_id;
  std::string name;  // the person's name when person_id is set (joined), else as written
  std::int64_t organisation_id = 0;  // the party they sign for
  std::string role;                  // "Director-General"
  std::optional<std::string> signed_on;
};

struct Agreement {
  std::int64_t id = 0;
  std::optional<std::int64_t> programme_id;  // none given: the default programme
  std::string kind = "letter_of_intent";
  std::string title;
  std::string summary;
  std::string status = "draft";
  std::vector<Party> parties;
  std::vector<Signatory> signatories;
  std::optional<std::string> signed_on, starts_on, ends_on;  // YYYY-MM-DD
  std::optional<std::string> document_url;
  std::string created_by, created_at, updated_at;
  std::int64_t version = 1;
};

}  // namespace samla::agreements
