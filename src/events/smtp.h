// Sending the outbox by SMTP, when configured (`serve --smtp-url`): a background thread sends
// each queued message (libcurl: smtp:// with STARTTLS when offered, smtps://, user and
// password in the URL) and records the outcome on the message. Failed messages are tried
// again on later rounds, up to three attempts. Without SMTP the outbox simply keeps the
// messages for coordinators to export.
#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "core/result.h"
#include "events/messages.h"
#include "storage/database.h"

namespace samla::events {

struct SmtpConfig {
  std::string url;   // smtp://host:port, smtps://user:password@host:465
  std::string from;  // the envelope and header sender, e.g. samla@example.org
  int max_attempts = 3;
  int poll_seconds = 60;  // how often failed and missed messages are tried again
  // How long a sender holds a message it is sending (several servers share one outbox): a
  // message whose server died mid-send is sent by another once this has passed.
  int claim_seconds = 300;
};

// Sends one message; an error message from the server or the connection when it fails.
Status send_by_smtp(const SmtpConfig& config, const OutboxMessage& message);

class OutboxSender {
 public:
  OutboxSender(storage::SessionPool& pool, SmtpConfig config);
  ~OutboxSender();  // stops the thread
  OutboxSender(const OutboxSender&) = delete;
  OutboxSender& operator=(const OutboxSender&) = delete;

  // Asks the thread to send now (after new messages were queued).
  void wake();
  // One round: claims and tries every unsent message once; how many were sent.
  Result<int> send_round();

 private:
  void run();

  storage::SessionPool& pool_;
  SmtpConfig config_;
  std::mutex mutex_;
  std::condition_variable wakeup_;
  bool woken_ = false;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace samla::events
