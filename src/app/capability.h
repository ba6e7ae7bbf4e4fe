// A capability registers once. Its value names its migrations, the JSON Schemas of its wire
// types, its routes over the app's services and its part of the demo programme; the list in
// app/capabilities.cc is read by the server and the OpenAPI document (App::routes,
// App::component_schemas), the CLI (`samla migrate`, `samla demo`, `serve --demo`) and the
// test fixtures (migrations_through). A new capability adds one entry there.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "access/principal.h"
#include "core/counts.h"
#include "core/result.h"
#include "http/api.h"
#include "jobs/job.h"
#include "storage/migrations.h"

namespace samla::app {

struct App;

// What one part of the demo programme added, by what it counts ("people": 30).
using DemoCounts = Counts;

struct Capability {
  std::string_view name;
  std::function<std::vector<storage::Migration>()> migrations;
  // components.schemas entries for the OpenAPI document.
  std::function<nlohmann::json()> schemas;
  std::function<std::vector<http::Route>(App&)> routes;
  // Its scheduled jobs (digests, reminders, retention); absent when it has none.
  std::function<std::vector<jobs::Job>(App&)> jobs;
  // Adds this capability's part of the demo programme; absent when it has none.
  std::function<Result<DemoCounts>(App&, const access::Principal&)> load_demo;
  // Invented judgements (assessments, events, ties) go only into a register that was empty,
  // so they never attach to real records that share a demo name. Only the register's own
  // demo part, which skips records that exist, is loaded into a register with data.
  bool demo_needs_empty_register = true;
};

// Every capability, in the order their migrations build on each other.
const std::vector<Capability>& capabilities();

// The migrations of every capability up to and including `name` (all of them for ""), for
// test fixtures that need only part of the schema. An unknown name is a programming error
// and throws std::invalid_argument.
std::vector<storage::Migration> migrations_through(std::string_view name);

struct DemoReport {
  bool register_was_empty = false;
  DemoCounts counts;  // every capability's counts together
  std::int64_t count(const std::string& what) const {
    auto it = counts.find(what);
    return it == counts.end() ? 0 : it->second;
  }
};

// Loads every capability's part of the demo programme, in order, as `actor`.
Result<DemoReport> load_demo(App& app, const access::Principal& actor);

}  // namespace samla::app
