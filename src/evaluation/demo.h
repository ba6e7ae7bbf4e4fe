// The demo programme's evaluation answers: most of those who came to the held kickoff and
// policy dialogue answered before and after, with invented ratings that mostly rise.
#pragma once

#include "access/principal.h"
#include "core/counts.h"
#include "core/result.h"
#include "storage/database.h"

namespace samla::evaluation {

// Adds the demo answers when there are none yet, and counts the "evaluation answers" added.
// Needs the demo events with their attendance (events::load_demo_events) first.
Result<Counts> load_demo_answers(storage::SessionPool& pool, const access::Principal& actor);

}  // namespace samla::evaluation
