// The analysis in words, in English and Swedish: column labels, coverage gaps and the
// reasons on a kickoff list. The server writes them so every API client gets the same plain
// sentences ("No one with lived experience from Lithuania").
#pragma once

#include <string>
#include <string_view>

#include "core/language.h"

namespace samla::analysis {

// "Lived experience" / "Egen erfarenhet"; the key itself for an unknown one.
std::string perspective_label(std::string_view perspective, Language language);
// "Municipality" / "Kommun".
std::string sector_label(std::string_view sector, Language language);
// "key player" / "nyckelaktör".
std::string quadrant_label(std::string_view quadrant, Language language);

// A gap in one coverage cell, in a sentence. `dimension` is "perspective" or "sector";
// `where` is the row's label (a country or a country group); `mapped` is how many
// stakeholders the cell has (0: none mapped; more: mapped, none of high priority).
std::string gap_sentence(std::string_view dimension, std::string_view column,
                         std::string_view where, int mapped, Language language);

// The short phrase a kickoff entry gives for closing a gap: "lived experience from
// Lithuania" / "egen erfarenhet från Litauen".
std::string gap_phrase(std::string_view dimension, std::string_view column, std::string_view where,
                       Language language);

}  // namespace samla::analysis
