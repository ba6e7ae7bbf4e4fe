#include "privacy/consent_service.h"

#include "privacy/redaction.h"

namespace samla::privacy {
namespace {

using storage::Session;

// Whether `viewer` may see or change a consent for `purpose`: one about lived experience is
// special-category data; to anyone else it does not exist.
Status check_purpose(std::string_view purpose, const Viewer& viewer) {
  if (is_special_consent(purpose) && !viewer.sees_special_category())
    return Error(ErrorCode::not_found, Msg::no_such_consent);
  return ok_status();
}

}  // namespace

Result<std::vector<Consent>> ConsentService::list(std::int64_t person_id, const Viewer& viewer) {
  SAMLA_ASSIGN(auto list,
               run(false, [&](Session& s) { return consents::list_consents(s, person_id); }));
  redact_consents(list, viewer);
  return list;
}

Result<Consent> ConsentService::give(Consent input, const Viewer& writer) {
  SAMLA_TRY(check_purpose(input.purpose, writer));
  return run(true, [&](Session& s) {
    return consents::give_consent(s, std::move(input), writer.principal);
  });
}

Result<Consent> ConsentService::withdraw(std::int64_t person_id, std::int64_t id,
                                         const std::string& channel,
                                         std::optional<std::int64_t> version,
                                         const Viewer& writer) {
  return run(true, [&](Session& s) -> Result<Consent> {
    SAMLA_ASSIGN(Consent c, consents::get_consent(s, person_id, id));
    SAMLA_TRY(check_purpose(c.purpose, writer));
    return consents::withdraw_consent(s, person_id, id, channel, version, writer.principal);
  });
}

Result<Consent> ConsentService::confirm_review(std::int64_t person_id, std::int64_t id,
                                               std::optional<std::int64_t> version,
                                               const Viewer& writer) {
  return run(true, [&](Session& s) -> Result<Consent> {
    SAMLA_ASSIGN(Consent c, consents::get_consent(s, person_id, id));
    SAMLA_TRY(check_purpose(c.purpose, writer));
    return consents::confirm_review(s, person_id, id, version, writer.principal);
  });
}

Result<std::vector<ConsentText>> ConsentService::texts() {
  return run(false, [](Session& s) { return consents::list_texts(s); });
}

Result<ConsentText> ConsentService::add_text(ConsentText text, const access::Principal& actor) {
  return run(true, [&](Session& s) { return consents::add_text(s, std::move(text), actor); });
}

Result<std::vector<consents::ReviewEntry>> ConsentService::review(const Viewer& viewer, int limit) {
  return run(false, [&](Session& s) {
    return consents::review(s, viewer.sees_special_category(), limit);
  });
}

}  // namespace samla::privacy
