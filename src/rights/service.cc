#include "rights/service.h"

#include "privacy/settings.h"
#include "rights/processing.h"

#include <algorithm>

#include "events/messages.h"
#include "events/store.h"
#include "privacy/consent_store.h"
#include "register/store.h"

namespace samla::rights {

Result<ExportFile> RightsService::export_person(std::int64_t person_id,
                                                const access::Principal& actor) {
  // In a transaction: one consistent view of every table.
  return run(true,
             [&](storage::Session& s) { return rights::export_person(s, person_id, actor.name); });
}

Result<ErasureReport> RightsService::erase(std::int64_t person_id, std::string reason,
                                           const access::Principal& actor) {
  return run(true, [&](storage::Session& s) {
    return erase_person(s, person_id, std::move(reason), actor);
  });
}

Result<nlohmann::json> RightsService::processing(Language language) {
  return run(false, [&](storage::Session& s) -> Result<nlohmann::json> {
    SAMLA_ASSIGN(privacy::PrivacySettings settings, privacy::load_settings(s));
    return processing_records(settings, language);
  });
}

Result<std::vector<InactivePerson>> RightsService::inactive(int limit) {
  return run(false, [&](storage::Session& s) -> Result<std::vector<InactivePerson>> {
    SAMLA_ASSIGN(privacy::PrivacySettings settings, privacy::load_settings(s));
    return inactive_people(s, now(), settings.inactive_after_months, limit);
  });
}

Result<std::vector<DuplicatePair>> RightsService::duplicates(RecordKind kind, int limit) {
  return run(false, [&](storage::Session& s) { return find_duplicates(s, kind, limit); });
}

Result<MergeReport> RightsService::merge(RecordKind kind, MergeRequest request,
                                         const access::Principal& actor) {
  return run(
      true, [&](storage::Session& s) { return merge_records(s, kind, std::move(request), actor); });
}

}  // namespace samla::rights

namespace samla::rights {
namespace {

using nlohmann::json;
using storage::Session;

events::OutboxMessage own_page_message(const std::string& name, const std::string& email,
                                       bool swedish, const std::string& link) {
  events::OutboxMessage m;
  m.to_name = name;
  m.to_email = email;
  m.language = swedish ? "sv" : "en";
  m.kind = "own_page";
  m.personal_link = link;
  const std::string slot(events::kPersonalLinkSlot);
  if (swedish) {
    m.subject = "Din sida i samla";
    m.body = "Hej " + name +
             "!\n\nDu bad om en länk till din sida i samla. Där ser du allt vi har sparat om dig, "
             "kan rätta dina uppgifter och ge eller återkalla dina samtycken.\n\n" +
             slot +
             "\n\nLänken fungerar en gång och i 30 minuter. Bad du inte om den kan du bortse från "
             "det här meddelandet.\n";
  } else {
    m.subject = "Your page in samla";
    m.body = "Hello " + name +
             ",\n\nYou asked for a link to your page in samla. There you see everything we keep "
             "about you, can correct your details and give or withdraw your consents.\n\n" +
             slot +
             "\n\nThe link works once and for 30 minutes. If you did not ask for it, you can "
             "ignore this message.\n";
  }
  return m;
}

}  // namespace

Status RightsService::send_own_page_link(const std::string& email) {
  const std::string base = events_->public_url();
  auto queued = run(true, [&](Session& s) -> Result<bool> {
    SAMLA_ASSIGN(auto link, new_link(s, email));
    if (!link) return false;
    SAMLA_ASSIGN(auto person,
                 s.query_one("SELECT name, email FROM people WHERE id = ?", {link->first}));
    SAMLA_ASSIGN(Language language, language_of(s, link->first));
    SAMLA_TRY(events::store::queue_message(
        s, own_page_message(person.text(0), person.text(1), language == Language::sv,
                            base + "/me#" + link->second)));
    return true;
  });
  if (!queued.ok()) return queued.error();
  if (queued.value()) events_->outbox_changed();
  return ok_status();
}

Result<std::string> RightsService::open_own_page_link(const std::string& link_token) {
  return run(true, [&](Session& s) { return open_link(s, link_token); });
}

Result<std::string> RightsService::own_page_for_account(const access::Principal& account) {
  return run(true, [&](Session& s) { return page_for_account(s, account); });
}

Result<json> RightsService::own_page(const std::string& page_token) {
  return run(true, [&](Session& s) -> Result<json> {
    SAMLA_ASSIGN(std::int64_t person, page_person(s, page_token));
    return rights::own_page(s, person);
  });
}

Result<reports::Rendered> RightsService::own_report(const std::string& page_token,
                                                    std::int64_t report_id,
                                                    const std::string& format,
                                                    const std::string& lang) {
  SAMLA_TRY(run(false, [&](Session& s) -> Status {
    SAMLA_ASSIGN(std::int64_t person, page_person(s, page_token));
    SAMLA_ASSIGN(bool attended, attended_report(s, person, report_id));
    if (!attended) return make_error(ErrorCode::not_found, Msg::own_report_not_found);
    return ok_status();
  }));
  return reports_->render_published(report_id, format, lang);
}

Result<json> RightsService::correct_own_details(const std::string& page_token,
                                                const json& changes) {
  return run(true, [&](Session& s) -> Result<json> {
    SAMLA_ASSIGN(std::int64_t id, page_person(s, page_token));
    SAMLA_ASSIGN(registry::Person p, registry::store::get_person(s, id));
    std::vector<FieldError> errors;
    auto text = [&](const char* field, auto assign) {
      if (!changes.contains(field)) return;
      const json& v = changes.at(field);
      if (v.is_string())
        assign(std::optional<std::string>(v.get<std::string>()));
      else if (v.is_null())
        assign(std::optional<std::string>());
      else
        errors.emplace_back(field, Msg::must_be_string_or_null);
    };
    text("name", [&](std::optional<std::string> v) { p.name = v.value_or(""); });
    text("title", [&](std::optional<std::string> v) { p.title = v; });
    text("email", [&](std::optional<std::string> v) { p.email = v; });
    text("phone", [&](std::optional<std::string> v) { p.phone = v; });
    if (changes.contains("languages")) {
      const json& v = changes.at("languages");
      if (!v.is_array() ||
          !std::all_of(v.begin(), v.end(), [](const json& x) { return x.is_string(); }))
        errors.emplace_back("languages", Msg::must_be_string_list);
      else
        p.languages = v.get<std::vector<std::string>>();
    }
    if (!errors.empty()) return invalid_fields(std::move(errors));
    const access::Principal self = own_page_principal(p.name);
    SAMLA_ASSIGN(auto updated, registry::store::update_person(s, id, p, std::nullopt, self));
    (void)updated;
    return rights::own_page(s, id);
  });
}

Result<json> RightsService::set_own_consent(const std::string& page_token,
                                            const std::string& purpose, bool give) {
  return run(true, [&](Session& s) -> Result<json> {
    SAMLA_ASSIGN(std::int64_t id, page_person(s, page_token));
    SAMLA_ASSIGN(auto named, s.query_one("SELECT name FROM people WHERE id = ?", {id}));
    const access::Principal self = own_page_principal(named.text(0));
    if (give) {
      privacy::Consent c;
      c.person_id = id;
      c.purpose = purpose;
      c.basis = purpose == privacy::kLivedExperiencePurpose ? "explicit_consent" : "consent";
      c.channel = "own_page";
      SAMLA_ASSIGN(auto given, privacy::consents::give_consent(s, std::move(c), self));
      (void)given;
    } else {
      SAMLA_ASSIGN(auto active, s.query("SELECT id FROM consents WHERE person_id = ? AND purpose "
                                        "= ? AND ended_at IS NULL",
                                        {id, purpose}));
      if (active.empty()) return make_error(ErrorCode::conflict, Msg::consent_already_ended);
      SAMLA_ASSIGN(auto withdrawn,
                   privacy::consents::withdraw_consent(s, id, active.front().integer(0), "own_page",
                                                       std::nullopt, self));
      (void)withdrawn;
    }
    return rights::own_page(s, id);
  });
}

Result<ExportFile> RightsService::own_export(const std::string& page_token) {
  return run(true, [&](Session& s) -> Result<ExportFile> {
    SAMLA_ASSIGN(std::int64_t id, page_person(s, page_token));
    return rights::export_person(s, id, "own page", Reader::the_person);
  });
}

}  // namespace samla::rights
