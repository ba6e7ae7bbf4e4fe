#include "live/socket.h"

#include "core/json.h"
#include "live/wire.h"

namespace samla::live {
namespace {

using nlohmann::json;

// A problem as the HTTP routes answer it, in `language`.
json problem_body(const Error& error, Language language) {
  http::Response response = http::problem_response(error);
  http::localize_problem(response, language);
  return json::parse(response.body, nullptr, false);
}

}  // namespace

void LiveSocket::attach(std::shared_ptr<http::SocketPeer> peer) {
  std::lock_guard lock(mutex_);
  peer_ = peer;
}

void LiveSocket::deliver(const std::string& text) {
  std::shared_ptr<http::SocketPeer> peer;
  {
    std::lock_guard lock(mutex_);
    peer = peer_.lock();
  }
  if (peer) peer->send(text);
}

void LiveSocket::send(const json& message) {
  deliver(message.dump());
}

void LiveSocket::send_problem(const Error& error, const json& ref, const char* type) {
  json message{{"type", type},
               {"status", http::status_for(error.code)},
               {"body", problem_body(error, language_)}};
  if (!ref.is_null()) message["ref"] = ref;
  send(message);
}

void LiveSocket::hello(const json& message) {
  const json since_value = message.value("since", json(0));
  if (!since_value.is_number_integer() || since_value.get<std::int64_t>() < 0)
    return send_problem(invalid_field("since", Msg::must_be_whole_number), nullptr);
  if (role_ == Role::participant) {
    const json token = message.value("token", json());
    if (!token.is_string())
      return send_problem(make_error(ErrorCode::not_found, Msg::live_participant_not_valid),
                          nullptr);
    auto session = service_.session_of_participant(token.get<std::string>());
    if (!session.ok() || *session != session_id_)
      return send_problem(make_error(ErrorCode::not_found, Msg::live_participant_not_valid),
                          nullptr);
    token_ = token.get<std::string>();
  }
  // Where pushing starts, then listening, then what came since: a change in between comes
  // twice, never not at all (clients skip numbers they have had).
  if (Status started = service_.start_listening(session_id_); !started.ok())
    return send_problem(started.error(), nullptr);
  service_.hub().subscribe(session_id_, shared_from_this(),
                           role_ == Role::participant ? Pace::paced : Pace::every_change);
  greeted_ = true;
  auto changes = service_.changes(session_id_, since_value.get<std::int64_t>());
  if (!changes.ok()) return send_problem(changes.error(), nullptr);
  json welcome = std::move(changes).value();
  welcome["type"] = "welcome";
  send(welcome);
}

void LiveSocket::on_message(const std::string& text) {
  if (closed_) return;             // a message read before the connection ended
  auto parsed = parse_json(text);  // at most kMaxJsonDepth deep: a message cannot exhaust the stack
  if (!parsed.ok()) return send_problem(parsed.error(), nullptr);
  if (!parsed->is_object()) return send_problem(invalid_field("", Msg::must_be_object), nullptr);
  json message = std::move(parsed).value();
  const json ref = message.value("ref", json());
  const std::string type = message.value("type", json("")).is_string()
                               ? message.value("type", std::string())
                               : std::string();
  if (type == "ping") return send({{"type", "pong"}});
  if (type == "hello") return hello(message);
  if (!greeted_)
    return send_problem(invalid_field("type", Msg::one_of, MessageParams{{"values", "hello"}}),
                        ref);
  if (role_ != Role::participant || (type != "input" && type != "answer"))
    return send_problem(
        invalid_field("type", Msg::one_of, MessageParams{{"values", "hello\ninput\nanswer\nping"}}),
        ref, "result");
  message.erase("type");
  message.erase("ref");
  Result<json> done = make_error(ErrorCode::invalid, Msg::live_wrong_answer_kind);
  int status = 200;
  if (type == "input") {
    const json activity = message.value("activity_id", json());
    const json text_value = message.value("text", json());
    if (!activity.is_number_integer())
      return send_problem(invalid_field("activity_id", Msg::must_be_positive_id), ref, "result");
    if (!text_value.is_string())
      return send_problem(invalid_field("text", Msg::must_be_string), ref, "result");
    done = service_.submit(token_, activity.get<std::int64_t>(), text_value.get<std::string>());
    status = 201;
  } else {
    auto answer = answer_from_json(message);
    if (!answer.ok()) return send_problem(answer.error(), ref, "result");
    done = service_.answer(token_, *answer);
  }
  if (!done.ok()) return send_problem(done.error(), ref, "result");
  send({{"type", "result"}, {"ref", ref}, {"status", status}, {"body", std::move(done).value()}});
}

void LiveSocket::on_close() {
  closed_ = true;
  service_.hub().unsubscribe(session_id_, this);
}

}  // namespace samla::live
