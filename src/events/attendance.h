// Evidence of who took part, as EU projects need it: the attendance of an event as a sheet
// (CSV or XLSX: each person asked who said yes or came, their answer and when they were
// checked in) and a sign-in sheet to print and sign at the door (HTML, the expected people by
// name). Both in the reader's language; neither carries access needs or notes.
#pragma once

#include <string>

#include "core/language.h"
#include "core/result.h"
#include "register/exporter.h"
#include "storage/database.h"

namespace samla::events::store {

// Everyone who accepted, answered maybe, attended or did not show, by name.
Result<registry::ExportTable> attendance_table(storage::Session& s, std::int64_t event_id,
                                               Language language);

// A printable page: the event's title, time and place, and a row to sign for everyone
// expected (accepted, maybe, or already checked in), by name, with empty rows for walk-ins.
Result<std::string> sign_in_sheet(storage::Session& s, std::int64_t event_id, Language language);

}  // namespace samla::events::store
