#include "rights/own_page.h"

#include "access/credentials.h"
#include "core/clock.h"
#include "privacy/consent_store.h"
#include "privacy/consent_wire.h"
#include "rights/person_export.h"

namespace samla::rights {
namespace {

using nlohmann::json;
using storage::Session;

// The published reports of the events the person (the first parameter) attended.
constexpr const char* kAttendedReports =
    "FROM reports r JOIN events e ON e.id = r.event_id WHERE r.status = 'published' AND "
    "r.event_id IN (SELECT event_id FROM invitations WHERE person_id = ? AND status = 'attended')";

Error link_not_valid() {
  return make_error(ErrorCode::not_found, Msg::own_page_link_not_valid);
}

Result<std::string> new_token(Session& s, std::int64_t person_id, const std::string& kind,
                              std::chrono::seconds lifetime) {
  const std::string token = access::credentials::random_secret();
  const TimePoint at = now();
  SAMLA_TRY(
      s.execute("INSERT INTO own_page_links (token_hash, person_id, kind, created_at, "
                "expires_at) VALUES (?, ?, ?, ?, ?)",
                {access::credentials::sha256_hex(token), person_id, kind, format_iso8601(at),
                 format_iso8601(at + lifetime)}));
  return token;
}

json rows_json(const storage::Rows& rows, const std::vector<std::string>& names) {
  json out = json::array();
  for (const auto& r : rows) {
    json item = json::object();
    for (std::size_t i = 0; i < names.size(); ++i) {
      const auto& v = r.value(i);
      if (std::holds_alternative<std::nullptr_t>(v))
        item[names[i]] = nullptr;
      else if (const auto* n = std::get_if<std::int64_t>(&v))
        item[names[i]] = *n;
      else
        item[names[i]] = r.text(i);
    }
    out.push_back(std::move(item));
  }
  return out;
}

}  // namespace

access::Principal own_page_principal(const std::string& name) {
  return access::Principal{0, "own page: " + name, access::Role::participant, std::nullopt};
}

Result<std::optional<std::pair<std::int64_t, std::string>>> new_link(Session& s,
                                                                     const std::string& email) {
  SAMLA_ASSIGN(auto people, s.query("SELECT id FROM people WHERE lower(email) = lower(?) AND "
                                    "erased_at IS NULL",
                                    {email}));
  using Link = std::optional<std::pair<std::int64_t, std::string>>;
  if (people.empty()) return Link();
  const std::int64_t person = people.front().integer(0);
  SAMLA_ASSIGN(auto recent, s.query_one("SELECT count(*) FROM own_page_links WHERE person_id = ? "
                                        "AND kind = 'link' AND used_at IS NULL AND created_at > ?",
                                        {person, format_iso8601(now() - std::chrono::hours(1))}));
  if (recent.integer(0) >= kLinksPerHour) return Link();
  SAMLA_ASSIGN(std::string token, new_token(s, person, "link", kLinkLifetime));
  return Link(std::pair{person, token});
}

Result<std::string> open_link(Session& s, const std::string& link_token) {
  const std::string hash = access::credentials::sha256_hex(link_token);
  SAMLA_ASSIGN(auto changed,
               s.execute("UPDATE own_page_links SET used_at = ? WHERE token_hash = ? AND kind = "
                         "'link' AND used_at IS NULL AND expires_at > ?",
                         {now_iso8601(), hash, now_iso8601()}));
  if (changed != 1) return link_not_valid();
  SAMLA_ASSIGN(auto row,
               s.query_one("SELECT person_id FROM own_page_links WHERE token_hash = ?", {hash}));
  return new_token(s, row.integer(0), "page", kPageLifetime);
}

Result<std::string> page_for_account(Session& s, const access::Principal& account) {
  SAMLA_ASSIGN(auto rows, s.query("SELECT u.person_id FROM users u JOIN people p ON p.id = "
                                  "u.person_id WHERE u.id = ? AND p.erased_at IS NULL",
                                  {account.user_id}));
  if (rows.empty() || rows.front().is_null(0))
    return make_error(ErrorCode::not_found, Msg::own_page_needs_person);
  return new_token(s, rows.front().integer(0), "page", kPageLifetime);
}

Result<std::int64_t> page_person(Session& s, const std::string& page_token) {
  if (page_token.empty()) return link_not_valid();
  SAMLA_ASSIGN(auto rows, s.query("SELECT l.person_id FROM own_page_links l JOIN people p ON p.id "
                                  "= l.person_id WHERE l.token_hash = ? AND l.kind = 'page' AND "
                                  "l.expires_at > ? AND p.erased_at IS NULL",
                                  {access::credentials::sha256_hex(page_token), now_iso8601()}));
  if (rows.empty()) return link_not_valid();
  return rows.front().integer(0);
}

Result<bool> attended_report(Session& s, std::int64_t person_id, std::int64_t report_id) {
  SAMLA_ASSIGN(auto rows, s.query(std::string("SELECT r.id ") + kAttendedReports + " AND r.id = ?",
                                  {person_id, report_id}));
  return !rows.empty();
}

Result<json> own_page(Session& s, std::int64_t person_id) {
  SAMLA_ASSIGN(auto person,
               s.query_one("SELECT p.id, p.name, p.title, p.email, p.phone, p.country, o.name "
                           "FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id "
                           "WHERE p.id = ?",
                           {person_id}, Msg::no_such_person));
  json out;
  out["person"] = rows_json(
      {person}, {"id", "name", "title", "email", "phone", "country", "organisation_name"})[0];
  SAMLA_ASSIGN(auto languages, s.query("SELECT language FROM person_languages WHERE person_id = ? "
                                       "ORDER BY language",
                                       {person_id}));
  out["person"]["languages"] = json::array();
  for (const auto& r : languages) out["person"]["languages"].push_back(r.text(0));
  SAMLA_ASSIGN(auto consents, privacy::consents::list_consents(s, person_id));
  out["consents"] = json::array();
  for (const auto& c : consents) out["consents"].push_back(privacy::to_json(c));
  SAMLA_ASSIGN(auto texts, privacy::consents::list_texts(s));
  json newest = json::object();
  for (const auto& t : texts) newest[t.purpose] = privacy::to_json(t);  // ordered by version
  out["consent_texts"] = newest;
  SAMLA_ASSIGN(auto invitations,
               s.query("SELECT i.id, e.title, e.starts_at, i.status FROM invitations i JOIN "
                       "events e ON e.id = i.event_id WHERE i.person_id = ? ORDER BY e.starts_at "
                       "DESC",
                       {person_id}));
  out["invitations"] = rows_json(invitations, {"id", "event_title", "starts_at", "status"});
  SAMLA_ASSIGN(auto groups, s.query("SELECT g.id, g.name, m.role, m.from_date, m.to_date FROM "
                                    "group_members m JOIN follow_up_groups g ON g.id = m.group_id "
                                    "WHERE m.person_id = ? ORDER BY g.name",
                                    {person_id}));
  out["groups"] = rows_json(groups, {"id", "name", "role", "from_date", "to_date"});
  SAMLA_ASSIGN(auto actions,
               s.query("SELECT DISTINCT a.id, a.title, a.status, a.due_date FROM actions a LEFT "
                       "JOIN action_parties ap ON ap.action_id = a.id WHERE "
                       "a.accountable_person_id = ? OR ap.person_id = ? ORDER BY a.due_date",
                       {person_id, person_id}));
  out["actions"] = rows_json(actions, {"id", "title", "status", "due_date"});
  SAMLA_ASSIGN(auto reports, s.query(std::string("SELECT r.id, e.title, r.published_at ") +
                                         kAttendedReports + " ORDER BY r.published_at DESC",
                                     {person_id}));
  out["reports"] = rows_json(reports, {"id", "event_title", "published_at"});
  // Not the mentions in others' free text: those rows are about others too.
  SAMLA_ASSIGN(json records, person_records(s, person_id, "own page", Reader::the_person));
  out["records"] = std::move(records);
  return out;
}

}  // namespace samla::rights
