// The participant's own page (issue 20 part 2): a person, with or without an account, asks for a
// link by e-mail (single use, short-lived, kept only as a hash), opens it, and gets a page token
// for a while. On the page they see what samla holds about them (the export's records), correct
// their contact details and languages, give or withdraw each consent, and see their invitations,
// groups, actions and the published reports of events they attended.
#pragma once

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "access/principal.h"
#include "core/result.h"
#include "storage/database.h"

namespace samla::rights {

inline constexpr std::chrono::minutes kLinkLifetime{30};
inline constexpr std::chrono::hours kPageLifetime{2};
inline constexpr int kLinksPerHour = 3;  // unused links a person may be sent in an hour

// For the person with `email` (not erased): a new link token, single use, kLinkLifetime long;
// nullopt when there is no such person or they asked too often (the caller answers the same).
Result<std::optional<std::pair<std::int64_t, std::string>>> new_link(storage::Session& s,
                                                                     const std::string& email);
// The link's page token (kPageLifetime long); 404 own_page_link_not_valid when the link is
// unknown, used or expired.
Result<std::string> open_link(storage::Session& s, const std::string& link_token);
// A page token for a logged-in account that stands for a person (the password way in).
Result<std::string> page_for_account(storage::Session& s, const access::Principal& account);
// The person a page token stands for; 404 own_page_link_not_valid when it is unknown or expired.
Result<std::int64_t> page_person(storage::Session& s, const std::string& page_token);

// Whether report `report_id` is a published report of an event the person attended.
Result<bool> attended_report(storage::Session& s, std::int64_t person_id, std::int64_t report_id);

// What the page shows: {person, consents, consent_texts, invitations, groups, actions, reports,
// records}.
Result<nlohmann::json> own_page(storage::Session& s, std::int64_t person_id);

// The principal a person acts as on their own page (audit entries name them).
access::Principal own_page_principal(const std::string& name);

}  // namespace samla::rights
