// Who is asking, and what they may see of special-category data (GDPR art. 9): lived
// experience, access needs, and the free text about people that may carry health details.
// Every output that carries such data takes a Viewer, so a new output cannot forget it.
#pragma once

#include "access/principal.h"
#include "core/language.h"

namespace samla::privacy {

struct Viewer {
  access::Principal principal;
  Language language = Language::en;
  // The programme's privacy setting: every reader of the register sees free text about
  // people (notes, reasons, comments), not only those who see special-category data.
  bool free_text_open = false;

  // Lived experience, access needs, and every count or quota that could reveal them.
  bool sees_special_category() const {
    return access::can(principal, access::Action::read_special_category);
  }
  // Notes, mapping reasons, rationales, invitation comments and notes, tie notes: free text
  // about a person is where health details end up, so it is shielded like them by default.
  bool sees_free_text() const { return sees_special_category() || free_text_open; }
};

}  // namespace samla::privacy
