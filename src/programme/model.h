// Programmes (issue 19): the frame that holds a multi-actor programme's events, kickoff lists,
// reports, action plans and groups, with its goals, workstreams, member organisations and
// phases. Each phase ends at a gate whose criteria are checked from the data where they can be
// (criteria.h) and signed off by a coordinator where they cannot. Plain data, no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace samla::programme {

const std::vector<std::string>& membership_statuses();  // invited, member, left
const std::vector<std::string>& gate_statuses();        // open, passed

struct Goal {
  std::int64_t id = 0;  // kept across edits when the client sends it back
  std::string text;
  std::string indicator;
  std::string target;
};

struct Workstream {
  std::int64_t id = 0;  // kept across edits when the client sends it back
  std::string name;
  std::string description;
};

struct Membership {
  std::int64_t organisation_id = 0;
  std::optional<std::string> name;  // joined from the register
  std::string status = "member";
  std::optional<std::string> since;  // YYYY-MM-DD
};

struct Programme {
  std::int64_t id = 0;
  std::string name;
  std::string purpose;
  std::optional<std::int64_t> owner_organisation_id;
  std::optional<std::string> owner_name;  // joined
  // The member-state group whose coverage the gates check (a country group's id), if any.
  std::optional<std::int64_t> country_group_id;
  bool is_default = false;  // the programme of records made without one; answers only
  // The template its phases came from when it was created; read once, on creation.
  std::optional<std::string> template_key;
  std::vector<Goal> goals;
  std::vector<Workstream> workstreams;
  std::vector<Membership> members;
  std::string created_by, created_at, updated_at;
  std::int64_t version = 1;
};

struct Milestone {
  std::int64_t id = 0;
  std::string title;
  std::optional<std::string> due_date;
  bool done = false;
};

// One criterion of a gate: a named check of the data (criteria.h), or, without one, a
// statement only a coordinator can sign off. Either may be signed off with a note.
struct Criterion {
  std::int64_t id = 0;
  std::optional<std::string> check;  // "kickoff_list_final" …; none: signed off by hand
  std::optional<std::string> param;  // the check's parameter ("80", "policy_dialogue")
  std::string label_en, label_sv;    // a statement signed off by hand (checks name themselves)
  std::optional<std::string> signed_off_by, signed_off_at, sign_off_note;
  // Answers only: what the check found now.
  std::optional<bool> met;
  std::optional<std::string> finding_en, finding_sv;
};

struct Phase {
  std::int64_t id = 0;
  std::int64_t programme_id = 0;
  int position = 0;
  std::string key;  // the template's key ("formering"), or one the coordinator chose
  std::string name_en, name_sv;
  std::optional<std::string> planned_start, planned_end, actual_start, actual_end;
  std::vector<Milestone> milestones;
  std::vector<Criterion> criteria;
  std::string gate_status = "open";
  std::optional<std::string> gate_passed_at, gate_passed_by, gate_note;
  std::string updated_at;
  std::int64_t version = 1;
  bool gate_ready = false;  // answers only: every criterion met or signed off
};

// Gives each item without an id (0) the next free one: ids sent back are kept.
template <typename Item>
void number_new(std::vector<Item>& items) {
  std::int64_t next = 0;
  for (const auto& item : items) next = item.id > next ? item.id : next;
  for (auto& item : items)
    if (item.id == 0) item.id = ++next;
}

}  // namespace samla::programme
