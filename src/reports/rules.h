// The reports' rules: what a report may cover, how it moves through review, and how long its
// texts may be. Pure; table tests in rules_test.cc.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "reports/model.h"

namespace samla::reports {

inline constexpr std::size_t kMaxText = 20000;    // characters of an intro or conclusions
inline constexpr std::size_t kMaxComment = 4000;  // characters of a review comment

// The problems of a new report's scope: an event, or a theme and/or dates (YYYY-MM-DD, from
// not after to), not both and not nothing.
std::vector<FieldError> check_scope(const Report& r);

// The problems of the texts (fields intro_sv, intro_en, conclusions_sv, conclusions_en).
std::vector<FieldError> check_texts(const Report& r);

// Whether a report may move from `from` to `to`: draft → in_review → approved → published,
// in_review → draft (changes asked for), published → approved (publication withdrawn).
bool allowed_transition(const std::string& from, const std::string& to);

// The formats and languages a report renders in.
bool is_format(const std::string& format);  // html, pdf, docx, md, json
bool is_language(const std::string& lang);  // sv, en

}  // namespace samla::reports
