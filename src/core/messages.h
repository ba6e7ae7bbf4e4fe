// Every message a field error can carry, in English and Swedish, under a stable code.
// A field error names its code and parameters; the text is rendered from them in the
// reader's language (the HTTP layer in the request's, the CLI in English), and the web
// translates the code with the same table, published at GET /api/v1/messages. A new message
// is one row in core/messages.json (the build makes the enum and the table from it): the
// compiler refuses a field error written as bare English.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/language.h"

namespace samla {

// One per row of core/messages.json, named by its code (the same name on the wire).
enum class Msg {
#define SAMLA_MESSAGE(code, en, sv) code,
#include "core/messages_table.inc"
#undef SAMLA_MESSAGE
  // Not a message: the number of them (keep it last).
  end_
};

// Named parameters of a message. A value of several lines is a list of alternatives, shown
// as "a, b or c" ("a, b eller c").
using MessageParams = std::vector<std::pair<std::string, std::string>>;

// A message with its parameters, before anyone knows in which language it will be read.
struct Message {
  Message(Msg message_code, MessageParams message_params = {})  // NOLINT: a bare code is a message
      : code(message_code), params(std::move(message_params)) {}
  Msg code;
  MessageParams params;
  bool operator==(const Message&) const = default;
};

// The lines of a list parameter: {"a", "b"} → "a\nb".
std::string one_per_line(const std::vector<std::string>& values);

// The code on the wire, e.g. "max_characters".
std::string_view message_code(Msg message);
std::optional<Msg> message_from_code(std::string_view code);

// The text of `message` in `language`, with each {name} replaced by its parameter.
std::string render_message(Msg message, const MessageParams& params, Language language);

// {"code": {"en": "...", "sv": "..."}, ...}: the table the web translates codes with.
nlohmann::json message_catalogue();

}  // namespace samla
