#include "agreements/rules.h"

#include <algorithm>
#include <set>

#include "core/date.h"
#include "core/messages.h"
#include "core/text_checks.h"
#include "core/web_address.h"

namespace samla::agreements {
namespace {

void one_of(std::vector<FieldError>& errors, const char* field, const std::string& value,
            const std::vector<std::string>& allowed) {
  if (std::find(allowed.begin(), allowed.end(), value) == allowed.end())
    errors.emplace_back(field, Msg::must_be_values,
                        MessageParams{{"values", one_per_line(allowed)}});
}

void check_signatories(const Agreement& a, std::vector<FieldError>& errors) {
  if (a.signatories.size() > kMaxSignatories) {
    errors.emplace_back("signatories", Msg::at_most_items,
                        MessageParams{{"max", std::to_string(kMaxSignatories)}});
    return;
  }
  std::set<std::int64_t> parties;
  for (const auto& p : a.parties) parties.insert(p.organisation_id);
  for (std::size_t i = 0; i < a.signatories.size(); ++i) {
    const Signatory& s = a.signatories[i];
    const std::string at = "signatories[" + std::to_string(i) + "].";
    if (!s.person_id && is_blank(s.name)) errors.emplace_back(at + "name", Msg::required);
    if (!s.person_id) check_optional_text(at + "name", s.name, 200, errors);
    check_optional_text(at + "role", s.role, 200, errors);
    if (!parties.count(s.organisation_id))
      errors.emplace_back(at + "organisation_id", Msg::signs_for_no_party);
    check_optional_day(errors, at + "signed_on", s.signed_on);
    if ((a.status == "signed" || a.status == "ended") && !s.signed_on)
      errors.emplace_back(at + "signed_on", Msg::signed_needs_dates);
  }
}

}  // namespace

std::vector<FieldError> check_agreement(const Agreement& a) {
  std::vector<FieldError> errors;
  check_text("title", a.title, 300, errors);
  check_optional_text("summary", a.summary, 5000, errors);
  one_of(errors, "kind", a.kind, kinds());
  one_of(errors, "status", a.status, statuses());
  if (a.parties.size() > kMaxParties)
    errors.emplace_back("parties", Msg::at_most_items,
                        MessageParams{{"max", std::to_string(kMaxParties)}});
  std::set<std::int64_t> seen;
  for (std::size_t i = 0; i < a.parties.size(); ++i)
    if (!seen.insert(a.parties[i].organisation_id).second)
      errors.emplace_back("parties[" + std::to_string(i) + "].organisation_id",
                          Msg::organisation_listed_twice);
  check_signatories(a, errors);
  check_optional_day(errors, "signed_on", a.signed_on);
  check_optional_day(errors, "starts_on", a.starts_on);
  check_optional_day(errors, "ends_on", a.ends_on);
  if (a.starts_on && a.ends_on && *a.ends_on < *a.starts_on)
    errors.emplace_back("ends_on", Msg::not_before_start_date);
  if (a.status == "signed" || a.status == "ended") {
    if (a.parties.empty()) errors.emplace_back("parties", Msg::signed_needs_parties);
    if (a.signatories.empty()) errors.emplace_back("signatories", Msg::signed_needs_parties);
    if (!a.signed_on) errors.emplace_back("signed_on", Msg::signed_needs_dates);
  }
  if (a.status == "ended" && !a.ends_on) errors.emplace_back("ends_on", Msg::ended_needs_end);
  if (a.document_url && !is_web_address(*a.document_url))
    errors.emplace_back("document_url", Msg::web_address);
  return errors;
}

}  // namespace samla::agreements
