// Columns of a register sheet that another capability reads. The analysis reads assessment
// columns (Inflytande, Intresse, …) and records an assessment of each row's stakeholder in the
// import's own transaction, so a sheet of 500 actors brings their assessments in one step. The
// register knows only this interface; app/ hands the analysis' one to the routes and the CLI.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "access/principal.h"
#include "core/messages.h"
#include "core/result.h"
#include "register/import_columns.h"
#include "register/model.h"
#include "storage/database.h"

namespace samla::registry {

// One row's cells of an extension's columns: field ("influence") → the cell, trimmed.
using ExtensionCells = std::map<std::string, std::string>;
// A problem with one of those cells, by field.
using ExtensionProblem = std::pair<std::string, Message>;

class ImportExtension {
 public:
  virtual ~ImportExtension() = default;
  // The field a header names for `kind` ("Inflytande" → "influence"), in either language.
  virtual std::optional<std::string> field_for_header(ImportKind kind,
                                                      std::string_view header) const = 0;
  // Its fields' English names for `kind`, for a mapping chosen by hand.
  virtual std::vector<std::string> fields(ImportKind kind) const = 0;
  // A problem with the sheet as a whole once its columns are known (no assessor named, say):
  // the field it concerns and what is wrong.
  virtual std::optional<ExtensionProblem> check_columns(
      const std::vector<std::string>& present) const = 0;
  // Checks one row before anything is written. A row whose cells are all blank says nothing.
  virtual std::vector<ExtensionProblem> check_row(const ExtensionCells& cells) const = 0;
  // Writes what one (non-blank) row says about `subject`, just written by the import; returns
  // how many records it added.
  virtual Result<int> write_row(storage::Session& s, const StakeholderRef& subject,
                                const ExtensionCells& cells) const = 0;
  // What the import report counts those records as ("assessments").
  virtual std::string_view counted_as() const = 0;
};

// Builds the extensions for one import by `actor` (over HTTP the caller; the CLI names one).
using ImportExtensionFactory =
    std::function<std::vector<std::shared_ptr<const ImportExtension>>(const access::Principal&)>;

}  // namespace samla::registry
