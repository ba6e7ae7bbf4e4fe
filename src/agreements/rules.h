// What an agreement must be before it is stored, checked without the database: a title, a kind
// and status from the lists, its parties once each, every signatory signing for one of them; a
// signed agreement has its signing date and every signature's; an ended one its end; it ends
// after it starts; its document is a web address.
#pragma once

#include <vector>

#include "agreements/model.h"
#include "core/result.h"

namespace samla::agreements {

inline constexpr std::size_t kMaxParties = 100, kMaxSignatories = 100;

std::vector<FieldError> check_agreement(const Agreement& a);

}  // namespace samla::agreements
