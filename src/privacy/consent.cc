#include "privacy/consent.h"

#include <algorithm>

#include "core/date.h"
#include "core/messages.h"
#include "core/text_checks.h"

namespace samla::privacy {
namespace {

bool listed(const std::vector<std::string>& values, std::string_view value) {
  return std::find(values.begin(), values.end(), value) != values.end();
}

std::string active_consent_sql(std::string_view person, std::string_view purpose) {
  return "EXISTS (SELECT 1 FROM consents cs WHERE cs.person_id = " + std::string(person) +
         " AND cs.purpose = '" + std::string(purpose) + "' AND cs.ended_at IS NULL)";
}

}  // namespace

const std::vector<std::string>& consent_purposes() {
  static const std::vector<std::string> values{
      std::string(kContactPurpose), std::string(kLivedExperiencePurpose),
      std::string(kPhotosPurpose), std::string(kNetworkPurpose), std::string(kNamedPurpose)};
  return values;
}

const std::vector<std::string>& legal_bases() {
  static const std::vector<std::string> values{"consent", "explicit_consent", "legitimate_interest",
                                               "public_task", "contract"};
  return values;
}

std::vector<std::string> bases_for(std::string_view purpose) {
  if (purpose == kLivedExperiencePurpose) return {"explicit_consent"};
  if (purpose == kPhotosPurpose || purpose == kNamedPurpose) return {"consent"};
  if (purpose == kNetworkPurpose) return {"consent", "legitimate_interest"};
  if (purpose == kContactPurpose)
    return {"consent", "legitimate_interest", "public_task", "contract"};
  return {};
}

const std::vector<std::string>& consent_channels() {
  static const std::vector<std::string> values{
      "form", "email", "paper", "verbal", "own_page", "register", "event", "import", "migration"};
  return values;
}

std::vector<FieldError> check_consent(const Consent& c, const std::string& today) {
  std::vector<FieldError> errors;
  if (!listed(consent_purposes(), c.purpose)) {
    errors.emplace_back("purpose", Msg::must_be_values,
                        MessageParams{{"values", one_per_line(consent_purposes())}});
  } else if (const auto bases = bases_for(c.purpose); !listed(bases, c.basis)) {
    errors.emplace_back("basis", Msg::basis_not_for_purpose,
                        MessageParams{{"values", one_per_line(bases)}});
  }
  if (!listed(consent_channels(), c.channel) || c.channel == "migration")
    errors.emplace_back(
        "channel", Msg::must_be_values,
        MessageParams{{"values", one_per_line(std::vector<std::string>(
                                     consent_channels().begin(), consent_channels().end() - 1))}});
  if (!parse_day(c.given_on))
    errors.emplace_back("given_on", Msg::date_format);
  else if (c.given_on > today)
    errors.emplace_back("given_on", Msg::in_the_future);
  if (c.text_version < 0) errors.emplace_back("text_version", Msg::must_be_positive_whole_number);
  return errors;
}

std::vector<FieldError> check_consent_text(const ConsentText& t) {
  std::vector<FieldError> errors;
  if (!listed(consent_purposes(), t.purpose))
    errors.emplace_back("purpose", Msg::must_be_values,
                        MessageParams{{"values", one_per_line(consent_purposes())}});
  check_text("text_en", t.text_en, kMaxConsentText, errors);
  check_text("text_sv", t.text_sv, kMaxConsentText, errors);
  return errors;
}

std::string contact_basis_sql(std::string_view person) {
  return active_consent_sql(person, kContactPurpose);
}

std::string network_withdrawn_sql(std::string_view person) {
  return "(EXISTS (SELECT 1 FROM consents cw WHERE cw.person_id = " + std::string(person) +
         " AND cw.purpose = '" + std::string(kNetworkPurpose) +
         "' AND cw.ended_how = 'withdrawn') AND NOT " +
         active_consent_sql(person, kNetworkPurpose) + ")";
}

std::string named_consent_sql(std::string_view person) {
  return active_consent_sql(person, kNamedPurpose);
}

}  // namespace samla::privacy
