// Who is making a request, and the one permission function that decides what they may do.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace samla::access {

enum class Role { admin, coordinator, facilitator, participant, observer };

// Every action a route can require. Routes name one; can() decides.
enum class Action {
  read_register,          // list and read organisations, people, themes, countries, groups
  write_register,         // create, update, delete organisations and people; import
  read_special_category,  // see and filter by GDPR art. 9 data (lived experience)
  write_taxonomy,         // create, update, delete themes and country groups
  export_register,        // export organisations and people
  manage_users,           // create, update, disable users; their tokens
  read_audit,             // read the audit log
  assess_stakeholders,    // record assessments, change analysis settings, edit kickoff lists
  plan_events,            // design events and move them along their lifecycle; lessons learned
  override_readiness,     // open a thematic workshop despite the readiness gate, with a reason
  use_own_account,        // own session, own profile, own API tokens
  read_personal_links,    // see working personal links (RSVP …) in messages: act for anyone
  manage_actions,         // action plans and actions: create, change, promote, settings
  manage_programme,       // programmes, their phases and gates: create, change, sign off, pass
  rate_initiatives,       // score initiatives on the programme's criteria
  read_resources,         // the resource library (participants: what is shared with everyone)
  manage_resources,       // add, describe, upload and remove the library's documents and links
  manage_privacy,         // a person's export and erasure, consent wordings, records of processing
  run_live_sessions,      // live sessions in workshops: start, add activities, moderate, close
};

std::string_view role_name(Role role);
std::optional<Role> parse_role(std::string_view text);
std::vector<Role> all_roles();
std::string_view action_name(Action action);
std::vector<Action> all_actions();

// The authenticated caller: a user, through a session or an API token.
struct Principal {
  std::int64_t user_id = 0;
  std::string name;
  Role role = Role::observer;
  std::optional<std::int64_t> token_id;  // set when authenticated by an API token
};

// The permission table: may `role` perform `action`? Pure; see permissions.cc for the table.
bool can(Role role, Action action);
inline bool can(const Principal& p, Action action) {
  return can(p.role, action);
}

// A system principal for work done by the CLI or the server itself (migrations, demo data).
Principal system_principal(std::string name = "system");

}  // namespace samla::access
