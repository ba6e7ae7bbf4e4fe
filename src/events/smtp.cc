#include "events/smtp.h"

#include <curl/curl.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <cstring>

#include "core/clock.h"

namespace samla::events {
namespace {

struct Upload {
  std::string data;
  std::size_t sent = 0;
};

std::size_t read_upload(char* buffer, std::size_t size, std::size_t count, void* user) {
  auto* upload = static_cast<Upload*>(user);
  std::size_t n = std::min(size * count, upload->data.size() - upload->sent);
  std::memcpy(buffer, upload->data.data() + upload->sent, n);
  upload->sent += n;
  return n;
}

// libcurl's global state, set up once before any thread uses it.
void ensure_curl() {
  static const bool ready = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
  (void)ready;
}

}  // namespace

Status send_by_smtp(const SmtpConfig& config, const OutboxMessage& message) {
  ensure_curl();
  std::unique_ptr<CURL, void (*)(CURL*)> curl(curl_easy_init(), curl_easy_cleanup);
  if (!curl) return hidden_error(ErrorCode::internal, "libcurl could not start");
  Upload upload{rfc5322(message, config.from, PersonalLinks::sent), 0};
  const std::string from = "<" + config.from + ">";
  const std::string to = "<" + message.to_email + ">";
  curl_slist* recipients = curl_slist_append(nullptr, to.c_str());
  std::unique_ptr<curl_slist, void (*)(curl_slist*)> free_recipients(recipients,
                                                                     curl_slist_free_all);
  char error[CURL_ERROR_SIZE] = {0};
  CURL* c = curl.get();
  curl_easy_setopt(c, CURLOPT_URL, config.url.c_str());
  curl_easy_setopt(c, CURLOPT_MAIL_FROM, from.c_str());
  curl_easy_setopt(c, CURLOPT_MAIL_RCPT, recipients);
  curl_easy_setopt(c, CURLOPT_READFUNCTION, read_upload);
  curl_easy_setopt(c, CURLOPT_READDATA, &upload);
  curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(c, CURLOPT_CRLF, 1L);  // the message is written with LF; SMTP needs CRLF
  curl_easy_setopt(c, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_TRY));
  curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 10L);
  curl_easy_setopt(c, CURLOPT_TIMEOUT, 60L);
  curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(c, CURLOPT_ERRORBUFFER, error);
  CURLcode result = curl_easy_perform(c);
  if (result != CURLE_OK)
    return hidden_error(ErrorCode::unavailable,
                        *error ? std::string(error) : std::string(curl_easy_strerror(result)));
  return ok_status();
}

OutboxSender::OutboxSender(storage::SessionPool& pool, SmtpConfig config)
    : pool_(pool), config_(std::move(config)) {
  ensure_curl();
  thread_ = std::thread([this] { run(); });
}

OutboxSender::~OutboxSender() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wakeup_.notify_all();
  thread_.join();
}

void OutboxSender::wake() {
  {
    std::lock_guard lock(mutex_);
    woken_ = true;
  }
  wakeup_.notify_all();
}

Result<int> OutboxSender::send_round() {
  int sent = 0;
  std::int64_t after = 0;  // each message once a round, also one that fails now
  while (true) {
    {
      std::lock_guard lock(mutex_);
      if (stopping_) break;
    }
    // Claimed in a transaction of its own, then sent without holding a session: the claim
    // (longer than curl's 70 s at most) keeps other senders off it meanwhile.
    const TimePoint at = samla::now();
    SAMLA_ASSIGN(auto claimed, storage::with_session(pool_, true, [&](storage::Session& s) {
                   return store::claim_next_message(
                       s, config_.max_attempts, after, format_iso8601(at),
                       format_iso8601(at + std::chrono::seconds(config_.claim_seconds)));
                 }));
    if (!claimed) break;
    const OutboxMessage& message = *claimed;
    after = message.id;
    Status outcome = send_by_smtp(config_, message);
    std::optional<std::string> error;
    if (!outcome.ok()) {
      error = outcome.error().message;
      spdlog::warn("outbox message {} to {}: {}", message.id, message.to_email, *error);
    } else {
      ++sent;
    }
    SAMLA_ASSIGN(auto lease, pool_.acquire());
    SAMLA_TRY(store::record_attempt(
        *lease, message.id, error,
        format_iso8601(samla::now() + std::chrono::seconds(config_.poll_seconds))));
  }
  return sent;
}

void OutboxSender::run() {
  while (true) {
    auto round = send_round();
    if (!round.ok()) spdlog::warn("outbox: {}", round.error().message);
    std::unique_lock lock(mutex_);
    wakeup_.wait_for(lock, std::chrono::seconds(config_.poll_seconds),
                     [this] { return woken_ || stopping_; });
    if (stopping_) return;
    woken_ = false;
  }
}

}  // namespace samla::events
