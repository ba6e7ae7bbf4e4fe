// A suggested introduction kept as a note: the same dated line appended to both people's
// notes in one transaction, so a coordinator finds it on either record and follows it up.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "access/principal.h"
#include "core/result.h"
#include "storage/database.h"

namespace samla::network {

struct IntroductionNote {
  std::string line;  // "2026-11-24: <text>", as appended
  struct Noted {
    std::int64_t person_id = 0;
    std::int64_t version = 0;  // the person's version after the note
  };
  std::vector<Noted> people;
};

inline constexpr std::size_t kMaxIntroductionNote = 2000;  // characters

// Appends "<today>: <text>" on a line of its own to the notes of both people (two different
// existing people, else a 422 naming person_ids; text 1–2000 characters after trimming). Each
// update is audited as the person's; any failure leaves both records as they were. Run inside a
// transaction.
Result<IntroductionNote> note_introduction(storage::Session& s,
                                           const std::vector<std::int64_t>& person_ids,
                                           const std::string& text, const access::Principal& actor);

}  // namespace samla::network
