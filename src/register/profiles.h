// What the register says about a stakeholder that the other capabilities group, filter and
// show by (the analysis, the network, the selection), read in a few set-based queries. The
// one place outside the register that reads a stakeholder's name, country, sector,
// perspectives and expertise.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "core/result.h"
#include "register/model.h"
#include "storage/database.h"

namespace samla::registry {

// A SELECT of one id column with its parameters: "only the stakeholders this yields".
struct IdSelect {
  std::string sql;
  storage::Params params;
};

// Which stakeholders to read. Every condition set must hold.
struct ProfileQuery {
  // People with this expertise (a theme slug), and organisations with such a person.
  std::optional<std::string> theme;
  // Stakeholders in one of the countries of this country group (its slug).
  std::optional<std::string> country_group;
  // Only these people / organisations; no value: all of them. An empty SQL text: none.
  std::optional<IdSelect> people, organisations;
  // Leave out the people who withdrew consent to network analysis (the network's nodes).
  bool without_network_withdrawals = false;
};

// The profiles the query keeps, by stakeholder (people by id, then organisations by id).
Result<std::map<StakeholderRef, Profile>> load_profiles(storage::Session& s,
                                                        const ProfileQuery& query);

// One stakeholder's profile; not_found when no such person or organisation exists.
Result<Profile> profile_of(storage::Session& s, const StakeholderRef& stakeholder);

}  // namespace samla::registry
