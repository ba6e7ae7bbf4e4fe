// The sustainability dashboard (issue 19 part 8): a programme quarter by quarter — who took
// part, events held, participation by country group and perspective, how the actions are
// going, active groups, how far organisations have committed, and the network. Plain data, no
// I/O: the facts are read once (store.h), the figures computed from them (figures.h).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace samla::dashboard {

// A calendar quarter: "2026-Q3", 2026-07-01 … 2026-09-30.
struct Quarter {
  std::string label;
  std::string starts_on, ends_on;  // YYYY-MM-DD, both in the quarter
};

// What the figures are computed from: the programme's records as they were, with the days on
// which they changed.
struct PersonFacts {
  std::optional<std::int64_t> organisation_id;
  std::optional<std::string> country;
  std::vector<std::string> perspectives;  // every one, special-category too (the service redacts)
};

struct Attendance {
  std::string day;  // the event's first day
  std::int64_t event_id = 0;
  std::int64_t person_id = 0;
};

struct EventHeld {
  std::int64_t id = 0;
  std::string day;
};

struct GroupSpan {
  std::int64_t id = 0;
  std::string from;               // its start date, else the day it was made
  std::optional<std::string> to;  // its end date; none: still running
};

struct Membership {
  std::int64_t group_id = 0;
  std::int64_t person_id = 0;
  std::string from;
  std::optional<std::string> to;
};

struct StatusChange {
  std::string day;
  std::string from, to;
};

struct ActionFacts {
  std::int64_t id = 0;
  std::string created_on;
  std::optional<std::string> due_on;
  std::string status;                 // now
  std::vector<StatusChange> changes;  // oldest first
  std::vector<std::string> update_days;
  std::vector<std::int64_t> people;         // accountable and RACI parties
  std::vector<std::int64_t> organisations;  // accountable and RACI parties
};

struct LevelChange {
  std::int64_t anchoring_id = 0;
  std::string day;
  std::string level;
};

struct CountryGroupFacts {
  std::string slug, name;
  std::vector<std::string> countries;
};

struct Facts {
  std::map<std::int64_t, PersonFacts> people;  // those the other facts name
  std::vector<EventHeld> events;
  std::vector<Attendance> attendances;
  std::vector<GroupSpan> groups;
  std::vector<Membership> memberships;
  std::vector<ActionFacts> actions;
  // In the order they were recorded: a later one holds from its day on, also when its day is
  // earlier than a level recorded before it (a formal decision entered after the fact).
  std::vector<LevelChange> levels;
  std::vector<CountryGroupFacts> country_groups;
};

struct CountryGroupCount {
  std::string country_group, name;
  int attendances = 0;
};

struct PerspectiveCount {
  std::string perspective;
  int attendances = 0;
};

struct NetworkFigures {
  int stakeholders = 0, ties = 0;
  double density = 0;
  std::optional<double> cross_country_share;
};

struct QuarterFigures {
  Quarter quarter;
  bool to_date = false;  // the quarter runs on: its figures are as of today
  int active_people = 0, active_organisations = 0;
  int events_held = 0, attendances = 0;
  std::vector<CountryGroupCount> by_country_group;
  std::vector<PerspectiveCount> by_perspective;
  int active_groups = 0;
  // At the quarter's end: actions not dropped, done, open, open past their due day.
  int actions = 0, actions_done = 0, actions_open = 0, actions_overdue = 0;
  std::optional<double> completion_share, overdue_share;
  std::map<std::string, int> anchoring;  // level → organisations' records at that level
  NetworkFigures network;
};

struct Dashboard {
  std::int64_t programme_id = 0;
  std::string programme_name;
  std::vector<QuarterFigures> quarters;  // oldest first
};

}  // namespace samla::dashboard
