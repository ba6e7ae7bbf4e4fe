#include "privacy/consent_wire.h"

#include "core/json_schema.h"
#include "core/wire.h"

namespace samla::privacy {
namespace {

using nlohmann::json;

const wire::Fields<Consent>& consent_fields() {
  static const wire::Fields<Consent> fields{
      wire::id("id", &Consent::id).always(),
      wire::id("person_id", &Consent::person_id).always(),
      wire::text("purpose", &Consent::purpose)
          .one_of(consent_purposes())
          .describe("what the basis is for")
          .needed(),
      wire::text("basis", &Consent::basis)
          .one_of(legal_bases())
          .describe("the legal basis (GDPR art. 6; explicit consent for lived experience, art. 9)")
          .needed(),
      wire::kept_id("text_version", &Consent::text_version)
          .describe("the version of the wording the person was shown; none given: the newest")
          .always(),
      wire::text("channel", &Consent::channel)
          .one_of(consent_channels())
          .describe("how it was given")
          .always(),
      wire::text("given_on", &Consent::given_on)
          .with_schema({{"format", "date"}})
          .describe("the day it was given; none given: today")
          .always(),
      wire::text("recorded_by", &Consent::recorded_by).answer().always(),
      wire::text("recorded_at", &Consent::recorded_at).answer().always(),
      wire::boolean("needs_review", &Consent::needs_review)
          .describe("set for everyone already registered when consents came: a coordinator "
                    "confirms it")
          .answer()
          .always(),
      wire::custom<Consent>("active", {{"type", "boolean"}},
                            [](const Consent& c) { return json(c.active()); }, {})
          .answer()
          .always(),
      wire::optional_text("ended_at", &Consent::ended_at).answer().always(),
      wire::optional_text("ended_by", &Consent::ended_by).answer().always(),
      wire::optional_text("ended_how", &Consent::ended_how)
          .one_of({"withdrawn", "replaced"})
          .answer()
          .always(),
      wire::optional_text("ended_via", &Consent::ended_via).answer().always(),
      wire::joined_text("text_en", &Consent::text_en).always(),
      wire::joined_text("text_sv", &Consent::text_sv).always(),
      wire::id("version", &Consent::version).always()};
  return fields;
}

const wire::Fields<ConsentText>& text_fields() {
  static const wire::Fields<ConsentText> fields{
      wire::text("purpose", &ConsentText::purpose).one_of(consent_purposes()).needed(),
      wire::id("version", &ConsentText::version).always(),
      wire::text("text_en", &ConsentText::text_en).max_length(kMaxConsentText).needed(),
      wire::text("text_sv", &ConsentText::text_sv).max_length(kMaxConsentText).needed(),
      wire::text("created_at", &ConsentText::created_at).answer().always(),
      wire::text("created_by", &ConsentText::created_by).answer().always()};
  return fields;
}

}  // namespace

json to_json(const Consent& c) {
  return consent_fields().write(c);
}

Result<Consent> consent_from_json(const json& j) {
  return consent_fields().read(j);
}

json to_json(const ConsentText& t) {
  return text_fields().write(t);
}

Result<ConsentText> consent_text_from_json(const json& j) {
  return text_fields().read(j);
}

json consent_schemas() {
  json withdrawal =
      schema::object({{"channel", json{{"type", "string"},
                                       {"enum", consent_channels()},
                                       {"description", "how it was withdrawn; none given: form"}}}},
                     {});
  json review_entry = schema::object(
      {{"person_id", {{"type", "integer"}}},
       {"name", {{"type", "string"}}},
       {"consent_id", {{"type", json::array({"integer", "null"})}}},
       {"reason",
        {{"type", "string"}, {"enum", {"set_by_migration", "lived_experience_without_consent"}}}}},
      {"person_id", "name", "consent_id", "reason"});
  return {{"Consent", consent_fields().schema()},
          {"ConsentInput", consent_fields().input_schema()},
          {"ConsentList", schema::list_of("Consent")},
          {"ConsentText", text_fields().schema()},
          {"ConsentTextInput", text_fields().input_schema()},
          {"ConsentTextList", schema::list_of("ConsentText")},
          {"ConsentWithdrawal", withdrawal},
          {"ConsentReviewEntry", review_entry},
          {"ConsentReview", schema::list_of("ConsentReviewEntry")}};
}

}  // namespace samla::privacy
