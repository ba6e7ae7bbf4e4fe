#include "access/principal.h"

#include <array>

namespace samla::access {
namespace {

constexpr std::array<std::pair<Role, std::string_view>, 5> kRoles{{
    {Role::admin, "admin"},
    {Role::coordinator, "coordinator"},
    {Role::facilitator, "facilitator"},
    {Role::participant, "participant"},
    {Role::observer, "observer"},
}};

constexpr std::array<std::pair<Action, std::string_view>, 19> kActions{{
    {Action::read_register, "read_register"},
    {Action::write_register, "write_register"},
    {Action::read_special_category, "read_special_category"},
    {Action::write_taxonomy, "write_taxonomy"},
    {Action::export_register, "export_register"},
    {Action::manage_users, "manage_users"},
    {Action::read_audit, "read_audit"},
    {Action::assess_stakeholders, "assess_stakeholders"},
    {Action::plan_events, "plan_events"},
    {Action::override_readiness, "override_readiness"},
    {Action::use_own_account, "use_own_account"},
    {Action::read_personal_links, "read_personal_links"},
    {Action::manage_actions, "manage_actions"},
    {Action::manage_programme, "manage_programme"},
    {Action::rate_initiatives, "rate_initiatives"},
    {Action::read_resources, "read_resources"},
    {Action::manage_resources, "manage_resources"},
    {Action::manage_privacy, "manage_privacy"},
    {Action::run_live_sessions, "run_live_sessions"},
}};

}  // namespace

std::string_view role_name(Role role) {
  for (auto& [r, name] : kRoles)
    if (r == role) return name;
  return "unknown";
}

std::optional<Role> parse_role(std::string_view text) {
  for (auto& [r, name] : kRoles)
    if (name == text) return r;
  return std::nullopt;
}

std::vector<Role> all_roles() {
  std::vector<Role> out;
  for (auto& entry : kRoles) out.push_back(entry.first);
  return out;
}

std::string_view action_name(Action action) {
  for (auto& [a, name] : kActions)
    if (a == action) return name;
  return "unknown";
}

std::vector<Action> all_actions() {
  std::vector<Action> out;
  for (auto& entry : kActions) out.push_back(entry.first);
  return out;
}

// The permission table. Participants are stakeholders with accounts: they use their own
// account (later: RSVP, consent, live sessions) but do not browse the register. Observers
// (funders, boards) read, but never special-category data. Facilitators read the register
// and the analysis and design workshops (events, lessons learned); only admins may open a
// workshop despite its readiness gate; only coordinators and admins change the register,
// see lived experience or assess stakeholders. Everyone reads the resource library (participants
// only what is shared with them); those who run workshops keep it.
bool can(Role role, Action action) {
  switch (action) {
    case Action::use_own_account:
    case Action::read_resources:
      return true;
    case Action::read_register:
      return role != Role::participant;
    case Action::write_register:
    case Action::read_special_category:
    case Action::write_taxonomy:
    case Action::export_register:
    case Action::assess_stakeholders:
    case Action::read_personal_links:
    case Action::manage_actions:
    case Action::manage_programme:
      return role == Role::admin || role == Role::coordinator;
    case Action::plan_events:
    case Action::rate_initiatives:
    case Action::manage_resources:
    case Action::run_live_sessions:
      return role == Role::admin || role == Role::coordinator || role == Role::facilitator;
    case Action::manage_users:
    case Action::read_audit:
    case Action::override_readiness:
    case Action::manage_privacy:
      return role == Role::admin;
  }
  return false;
}

Principal system_principal(std::string name) {
  return Principal{0, std::move(name), Role::admin, std::nullopt};
}

}  // namespace samla::access
