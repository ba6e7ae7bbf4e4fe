// A suggested introduction kept in the contact history (issue 19 part 5): one contact of channel
// "note" on each of the two people, today, by the writer, with the text as its summary, written
// in one transaction — so a coordinator finds it on either person's page (and on their
// organisations'), can set a day to follow it up, and a search of the history finds it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "access/principal.h"
#include "core/result.h"
#include "storage/database.h"

namespace samla::network {

struct IntroductionNote {
  std::string text;  // as kept: trimmed
  struct Contact {
    std::int64_t person_id = 0;
    std::int64_t interaction_id = 0;
  };
  std::vector<Contact> contacts;  // in the order of the people asked for
};

inline constexpr std::size_t kMaxIntroductionNote = 2000;  // characters

// Records the introduction as a contact with each of two different existing people (else a 422
// naming person_ids; text 1–2000 characters after trimming). Any failure leaves nothing written.
// Run inside a transaction.
Result<IntroductionNote> note_introduction(storage::Session& s,
                                           const std::vector<std::int64_t>& person_ids,
                                           const std::string& text, const access::Principal& actor);

}  // namespace samla::network
