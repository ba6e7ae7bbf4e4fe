#include "agreements/wire.h"

#include "core/json_schema.h"
#include "core/wire.h"
#include "programme/wire.h"

namespace samla::agreements {
namespace {

using nlohmann::json;

const wire::Fields<Party>& party_fields() {
  static const wire::Fields<Party> fields{
      wire::reference("organisation_id", &Party::organisation_id).needed(),
      wire::joined_text("name", &Party::name).always()};
  return fields;
}

const wire::Fields<Signatory>& signatory_fields() {
  static const wire::Fields<Signatory> fields{
      wire::optional_id("person_id", &Signatory::person_id)
          .describe("a person of the register; null: someone named below who is not")
          .always(),
      wire::text("name", &Signatory::name)
          .describe("the register's name when person_id is set (sent back, not read)")
          .always(),
      wire::reference("organisation_id", &Signatory::organisation_id)
          .describe("the party they sign for")
          .needed(),
      wire::text("role", &Signatory::role).describe("their title, as they sign").always(),
      wire::optional_text("signed_on", &Signatory::signed_on)
          .with_schema({{"format", "date"}})
          .always()};
  return fields;
}

const wire::Fields<Agreement>& agreement_fields() {
  static const wire::Fields<Agreement> fields{
      wire::id("id", &Agreement::id).always(),
      programme::programme_field(&Agreement::programme_id),
      wire::text("kind", &Agreement::kind).one_of(kinds()).always(),
      wire::text("title", &Agreement::title).needed(),
      wire::text("summary", &Agreement::summary).always(),
      wire::text("status", &Agreement::status)
          .one_of(statuses())
          .describe("draft → out for signature → signed → ended")
          .always(),
      wire::objects("parties", &Agreement::parties, party_fields()).always(),
      wire::objects("signatories", &Agreement::signatories, signatory_fields()).always(),
      wire::optional_text("signed_on", &Agreement::signed_on)
          .with_schema({{"format", "date"}})
          .always(),
      wire::optional_text("starts_on", &Agreement::starts_on)
          .with_schema({{"format", "date"}})
          .always(),
      wire::optional_text("ends_on", &Agreement::ends_on)
          .with_schema({{"format", "date"}})
          .always(),
      wire::optional_text("document_url", &Agreement::document_url)
          .describe("where the document is (http or https)")
          .always(),
      wire::text("created_by", &Agreement::created_by).answer().always(),
      wire::text("created_at", &Agreement::created_at).answer().always(),
      wire::text("updated_at", &Agreement::updated_at).answer().always(),
      wire::id("version", &Agreement::version).always()};
  return fields;
}

}  // namespace

json to_json(const Agreement& a) {
  return agreement_fields().write(a);
}

Result<Agreement> agreement_from_json(const json& j) {
  return agreement_fields().read(j);
}

json openapi_schemas() {
  json schemas;
  schemas["Agreement"] = agreement_fields().schema();
  schemas["AgreementInput"] = agreement_fields().input_schema();
  schemas["AgreementPatch"] = agreement_fields().patch_schema();
  schemas["AgreementList"] = schema::list_of("Agreement");
  return schemas;
}

}  // namespace samla::agreements
