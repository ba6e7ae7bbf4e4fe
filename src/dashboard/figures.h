// The dashboard's figures for one quarter, from the programme's facts: pure, so a table test
// can hold every definition (docs/programme.md says them in words).
#pragma once

#include <string>

#include "dashboard/model.h"

namespace samla::dashboard {

// The figures of `quarter` as of `as_of` (its last day, or today for the quarter that runs
// on), all but the network's. Definitions:
// - active people: attended an event of the programme held in the quarter, were a member of
//   one of its groups then, or are named on one of its actions that was updated then; active
//   organisations: theirs, and those named on such an action;
// - events held: the programme's events held (or reported, closed) that began in the quarter,
//   attendances their attendees; by country group (an attendee whose country is in the group)
//   and by perspective (every perspective an attendee has);
// - active groups: running on any day of the quarter;
// - actions: those that existed at as_of and were not dropped then; done, open (the rest),
//   overdue (open with a due day before as_of); completion share done ÷ actions, overdue share
//   overdue ÷ open (none when there are none);
// - anchoring: each record at the level last recorded among those that hold by as_of (records
//   not yet made are left out).
QuarterFigures figures_for(const Facts& facts, const Quarter& quarter, const std::string& as_of);

// An action's status on `day`: from its recorded changes, else its status now; nullopt when it
// did not exist yet.
std::optional<std::string> status_on(const ActionFacts& action, const std::string& day);

}  // namespace samla::dashboard
