// The PostgreSQL backend. One pqxx::connection per Session. Session exposes begin/commit/
// rollback itself, so statements run through a short-lived pqxx::nontransaction each and the
// transaction is ours: BEGIN/COMMIT/ROLLBACK are sent as plain statements.
#include "storage/postgres/postgres_database.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <pqxx/pqxx>
#include <stdexcept>

extern char** environ;

namespace samla::storage {
namespace {

// PostgreSQL type oids (pg_type.dat) that map to integer and real values.
constexpr pqxx::oid kBool = 16, kInt8 = 20, kInt2 = 21, kInt4 = 23, kOid = 26;
constexpr pqxx::oid kFloat4 = 700, kFloat8 = 701, kNumeric = 1700;
constexpr pqxx::oid kBytea = 17;  // read as storage::Bytes

bool is_ident_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// The `?` → `$n` rewrite behind number_placeholders. `suffix(i)` is appended after `$i+1`; it
// carries a type cast so integers and reals keep their type (see cast_for).
template <typename Suffix>
std::string rewrite_placeholders(std::string_view sql, Suffix suffix,
                                 std::size_t* count = nullptr) {
  std::string out;
  out.reserve(sql.size() + 16);
  std::size_t n = 0;
  std::size_t i = 0;
  auto copy_until = [&](std::size_t end) {
    end = std::min(end, sql.size());
    out.append(sql.substr(i, end - i));
    i = end;
  };
  while (i < sql.size()) {
    char c = sql[i];
    if (c == '\'') {
      // E'…' strings let a backslash escape the quote; '' escapes it in both kinds.
      bool backslashes = i > 0 && (sql[i - 1] == 'E' || sql[i - 1] == 'e') &&
                         (i < 2 || !is_ident_char(sql[i - 2]));
      std::size_t j = i + 1;
      while (j < sql.size()) {
        if (backslashes && sql[j] == '\\') {
          j += 2;
        } else if (sql[j] == '\'') {
          if (j + 1 < sql.size() && sql[j + 1] == '\'') {
            j += 2;
          } else {
            break;
          }
        } else {
          ++j;
        }
      }
      copy_until(j + 1);
    } else if (c == '"') {
      std::size_t j = sql.find('"', i + 1);  // "" inside is two adjacent quoted runs: fine
      copy_until(j == std::string_view::npos ? sql.size() : j + 1);
    } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
      std::size_t j = sql.find('\n', i);
      copy_until(j == std::string_view::npos ? sql.size() : j + 1);
    } else if (c == '/' && i + 1 < sql.size() && sql[i + 1] == '*') {
      // PostgreSQL block comments nest.
      std::size_t j = i + 2;
      int depth = 1;
      while (j < sql.size() && depth > 0) {
        if (sql.compare(j, 2, "/*") == 0) {
          ++depth;
          j += 2;
        } else if (sql.compare(j, 2, "*/") == 0) {
          --depth;
          j += 2;
        } else {
          ++j;
        }
      }
      copy_until(j);
    } else if (c == '$' && (i == 0 || !is_ident_char(sql[i - 1]))) {
      // A dollar quote: $$…$$ or $tag$…$tag$ (a tag never starts with a digit, unlike $1).
      std::size_t j = i + 1;
      while (j < sql.size() && is_ident_char(sql[j]) &&
             !(j == i + 1 && std::isdigit(static_cast<unsigned char>(sql[j]))))
        ++j;
      if (j < sql.size() && sql[j] == '$') {
        std::string_view tag = sql.substr(i, j - i + 1);
        std::size_t end = sql.find(tag, j + 1);
        copy_until(end == std::string_view::npos ? sql.size() : end + tag.size());
      } else {
        copy_until(i + 1);
      }
    } else if (c == '?') {
      out += '$';
      out += std::to_string(n + 1);
      out += suffix(n);
      ++n;
      ++i;
    } else {
      out += c;
      ++i;
    }
  }
  if (count) *count = n;
  return out;
}

// Parameters travel as text of unknown type, so the server infers each from its context.
// Integers and reals get an explicit cast: otherwise `SELECT ?` would come back as text and
// `? + 1` would be computed in 32 bits.
std::string_view cast_for(const Value& v) {
  if (std::holds_alternative<std::int64_t>(v)) return "::int8";
  if (std::holds_alternative<double>(v)) return "::float8";
  if (std::holds_alternative<Bytes>(v)) return "::bytea";
  return "";
}

std::string double_text(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
  std::array<char, 64> buf{};
  auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), d);  // shortest exact
  return std::string(buf.data(), ec == std::errc{} ? end : buf.data());
}

// Bytes travel in BYTEA's hex text form, \x followed by two hex digits a byte, which the server
// reads the same whatever its settings; and come back in it (bytea_output's default, 'hex').
std::string bytea_text(const std::string& bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(2 + 2 * bytes.size());
  out += "\\x";
  for (unsigned char c : bytes) {
    out += kDigits[c >> 4];
    out += kDigits[c & 0xF];
  }
  return out;
}

// The bytes of BYTEA's hex text; nullopt for anything else (the session asks for hex).
std::optional<Bytes> bytea_value(const char* text, std::size_t size) {
  auto nibble = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  if (size < 2 || text[0] != '\\' || text[1] != 'x' || size % 2 != 0) return std::nullopt;
  Bytes out;
  out.data.reserve((size - 2) / 2);
  for (std::size_t i = 2; i < size; i += 2) {
    const int high = nibble(text[i]), low = nibble(text[i + 1]);
    if (high < 0 || low < 0) return std::nullopt;
    out.data += static_cast<char>((high << 4) | low);
  }
  return out;
}

std::vector<std::optional<std::string>> param_texts(const Params& params) {
  std::vector<std::optional<std::string>> out;
  out.reserve(params.size());
  for (const Value& v : params) {
    if (auto* n = std::get_if<std::int64_t>(&v))
      out.emplace_back(std::to_string(*n));
    else if (auto* d = std::get_if<double>(&v))
      out.emplace_back(double_text(*d));
    else if (auto* s = std::get_if<std::string>(&v))
      out.emplace_back(*s);
    else if (auto* b = std::get_if<Bytes>(&v))
      out.emplace_back(bytea_text(b->data));
    else
      out.emplace_back(std::nullopt);
  }
  return out;
}

Value field_value(const pqxx::field& f) {
  if (f.is_null()) return nullptr;
  const char* text = f.c_str();
  switch (f.type()) {
    case kInt8:
    case kInt4:
    case kInt2:
    case kOid: {
      std::int64_t n = 0;
      std::from_chars(text, text + f.size(), n);
      return n;
    }
    case kFloat4:
    case kFloat8:
    case kNumeric:
      return std::strtod(text, nullptr);  // handles NaN and Infinity too
    case kBool:
      return static_cast<std::int64_t>(text[0] == 't' ? 1 : 0);
    case kBytea: {
      auto bytes = bytea_value(text, f.size());
      if (!bytes) throw std::runtime_error("a BYTEA value not in hex form");
      return std::move(*bytes);
    }
    default:
      return std::string(text, f.size());
  }
}

// The server's message without libpq's "ERROR:  " prefix and trailing newline.
std::string server_message(const char* what) {
  std::string m = what;
  if (m.rfind("ERROR:  ", 0) == 0) m.erase(0, 8);
  while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
  for (char& c : m)
    if (c == '\n') c = ' ';
  return m;
}

// Maps a SQLSTATE to samla's error codes; see the PostgreSQL manual's appendix A.
ErrorCode code_for_sqlstate(const std::string& state) {
  if (state == "23505" || state == "23503") return ErrorCode::conflict;
  if (state == "23514" || state == "23502") return ErrorCode::invalid;
  if (state == "40001" || state == "40P01") return ErrorCode::unavailable;  // retry may succeed
  if (state.rfind("08", 0) == 0 || state.rfind("57P", 0) == 0 || state == "53300")
    return ErrorCode::unavailable;  // connection lost, server shutting down, too many clients
  return ErrorCode::internal;
}

// Runs `body` and turns pqxx's exceptions into Errors; they are expected failures here.
template <typename Body>
auto guarded(std::string_view what, Body body) -> decltype(body()) {
  try {
    return body();
  } catch (const pqxx::sql_error& e) {
    return hidden_error(code_for_sqlstate(e.sqlstate()),
                        std::string(what) + ": " + server_message(e.what()));
  } catch (const pqxx::broken_connection& e) {
    // libpq's message says what happened: refused, timed out, or closed unexpectedly.
    return hidden_error(ErrorCode::unavailable,
                        std::string(what) + ": " + server_message(e.what()));
  } catch (const pqxx::in_doubt_error& e) {
    return hidden_error(ErrorCode::unavailable,
                        std::string(what) + ": " + server_message(e.what()));
  } catch (const pqxx::failure& e) {
    return hidden_error(ErrorCode::internal, std::string(what) + ": " + server_message(e.what()));
  }
}

class PostgresSession final : public Session {
 public:
  explicit PostgresSession(std::unique_ptr<pqxx::connection> conn) : conn_(std::move(conn)) {}

  Dialect dialect() const override { return Dialect::postgres; }

  Result<Rows> query(std::string_view sql, const Params& params) override {
    SAMLA_ASSIGN(pqxx::result r, run(sql, params));
    Rows rows;
    rows.reserve(r.size());
    for (const auto& row : r) {
      std::vector<Value> values;
      values.reserve(row.size());
      try {
        for (const auto& f : row) values.push_back(field_value(f));
      } catch (const std::runtime_error& e) {
        return hidden_error(ErrorCode::internal, std::string("reading a row: ") + e.what());
      }
      rows.emplace_back(std::move(values));
    }
    return rows;
  }

  Result<std::int64_t> execute(std::string_view sql, const Params& params) override {
    SAMLA_ASSIGN(pqxx::result r, run(sql, params));
    return static_cast<std::int64_t>(r.affected_rows());
  }

  Status execute_script(std::string_view sql) override {
    SAMLA_TRY(usable());
    // Several statements need the simple query protocol, which takes no parameters.
    auto done = raw(std::string(sql), "script failed");
    if (!done.ok()) return done.error();
    return ok_status();
  }

  Status begin() override {
    if (in_transaction_)
      return hidden_error(ErrorCode::internal, "begin: already in a transaction");
    SAMLA_TRY(raw("BEGIN", "begin"));
    in_transaction_ = true;
    aborted_ = false;
    return ok_status();
  }

  Status commit() override {
    if (!in_transaction_) return hidden_error(ErrorCode::internal, "commit: no transaction");
    // PostgreSQL answers COMMIT of a failed transaction with a silent ROLLBACK; say so instead.
    if (aborted_) {
      (void)rollback();
      return hidden_error(ErrorCode::internal,
                          "commit: the transaction failed and was rolled back");
    }
    auto done = raw("COMMIT", "commit");
    in_transaction_ = false;  // a failed COMMIT ends the transaction too
    if (!done.ok()) return done.error();
    return ok_status();
  }

  Status rollback() override {
    if (!in_transaction_) return ok_status();
    in_transaction_ = false;
    aborted_ = false;
    auto done = raw("ROLLBACK", "rollback");
    if (!done.ok()) return done.error();
    return ok_status();
  }

 private:
  Result<pqxx::result> run(std::string_view sql, const Params& params) {
    SAMLA_TRY(usable());
    std::size_t placeholders = 0;
    std::string text = rewrite_placeholders(
        sql,
        [&](std::size_t i) { return i < params.size() ? cast_for(params[i]) : std::string_view{}; },
        &placeholders);
    // The server would report a mismatch as a protocol violation, which reads like a lost
    // connection; it is a bug in the caller.
    if (placeholders != params.size())
      return hidden_error(ErrorCode::internal, "query has " + std::to_string(placeholders) +
                                                   " placeholders but " +
                                                   std::to_string(params.size()) + " parameters");
    auto texts = param_texts(params);
    return track(guarded("query failed", [&]() -> Result<pqxx::result> {
      pqxx::nontransaction tx(*conn_);
      return tx.exec_params(text, pqxx::prepare::make_dynamic_params(texts));
    }));
  }

  Result<pqxx::result> raw(const std::string& sql, std::string_view what) {
    return track(guarded(what, [&]() -> Result<pqxx::result> {
      pqxx::nontransaction tx(*conn_);
      return tx.exec(sql);
    }));
  }

  // After a failed statement PostgreSQL refuses everything but ROLLBACK; refusing here too
  // also keeps a reconnected session from running the rest of the work outside a transaction.
  Status usable() const {
    if (in_transaction_ && aborted_)
      return hidden_error(ErrorCode::internal,
                          "the transaction failed earlier; roll it back before going on");
    return ok_status();
  }

  // Remembers that the open transaction can only be rolled back now.
  Result<pqxx::result> track(Result<pqxx::result> r) {
    if (!r.ok() && in_transaction_) aborted_ = true;
    return r;
  }

  std::unique_ptr<pqxx::connection> conn_;
  bool in_transaction_ = false;
  bool aborted_ = false;
};

// The URL's password, percent-decoded, and the URL without it.
struct SplitUrl {
  std::string url;
  std::optional<std::string> password;
};

std::string percent_decode(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    int byte = 0;
    if (s[i] == '%' && i + 2 < s.size() &&
        std::from_chars(s.data() + i + 1, s.data() + i + 3, byte, 16).ptr == s.data() + i + 3) {
      out += static_cast<char>(byte);
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

// Removes the password from user:password@ and from a password= query parameter.
SplitUrl split_password(const std::string& url) {
  SplitUrl out{url, std::nullopt};
  std::size_t scheme = out.url.find("://");
  if (scheme != std::string::npos) {
    std::size_t start = scheme + 3;
    std::size_t end = out.url.find_first_of("/?", start);
    std::size_t at = out.url.rfind('@', end == std::string::npos ? std::string::npos : end);
    if (at != std::string::npos && at >= start) {
      std::size_t colon = out.url.find(':', start);
      if (colon != std::string::npos && colon < at) {
        out.password = percent_decode(std::string_view(out.url).substr(colon + 1, at - colon - 1));
        out.url.erase(colon, at - colon);
      }
    }
  }
  std::size_t query = out.url.find('?');
  if (query == std::string::npos) return out;
  std::string kept;
  std::string_view rest = std::string_view(out.url).substr(query + 1);
  while (!rest.empty()) {
    std::size_t amp = rest.find('&');
    std::string_view item = rest.substr(0, amp);
    rest = amp == std::string_view::npos ? std::string_view{} : rest.substr(amp + 1);
    if (item.rfind("password=", 0) == 0) {
      out.password = percent_decode(item.substr(9));
    } else if (!item.empty()) {
      kept += kept.empty() ? "?" : "&";
      kept += item;
    }
  }
  out.url = out.url.substr(0, query) + kept;
  return out;
}

// Runs argv (no shell) with `extra_env` added; returns its stderr on failure.
Status run_program(const std::vector<std::string>& argv,
                   const std::vector<std::string>& extra_env) {
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  std::vector<std::string> env_storage = extra_env;
  std::vector<char*> env;
  for (auto& e : env_storage) env.push_back(e.data());
  for (char** e = environ; *e; ++e) env.push_back(*e);
  env.push_back(nullptr);

  int pipe_fds[2];
  if (pipe2(pipe_fds, O_CLOEXEC) != 0) return hidden_error(ErrorCode::internal, "pipe failed");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDERR_FILENO);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  pid_t pid = 0;
  int rc = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), env.data());
  posix_spawn_file_actions_destroy(&actions);
  close(pipe_fds[1]);
  std::string errors;
  if (rc == 0) {
    char buf[4096];
    ssize_t got = 0;
    while ((got = read(pipe_fds[0], buf, sizeof buf)) > 0 || (got < 0 && errno == EINTR))
      if (got > 0) errors.append(buf, static_cast<std::size_t>(got));
  }
  close(pipe_fds[0]);
  if (rc != 0)
    return hidden_error(ErrorCode::unavailable, "cannot run " + argv[0] + ": " + std::strerror(rc));
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    return hidden_error(ErrorCode::unavailable,
                        argv[0] + " failed: " + server_message(errors.c_str()));
  return ok_status();
}

class PostgresDatabase final : public Database {
 public:
  explicit PostgresDatabase(std::string url) : url_(std::move(url)) {}

  Dialect dialect() const override { return Dialect::postgres; }

  std::string describe() const override {
    SplitUrl split = split_password(url_);
    if (!split.password) return split.url;
    // Keep a visible marker that a password was given without showing it.
    std::size_t at = split.url.find('@');
    std::size_t query = split.url.find('?');
    if (at != std::string::npos && (query == std::string::npos || at < query))
      return split.url.substr(0, at) + ":***" + split.url.substr(at);
    return split.url;
  }

  Result<std::unique_ptr<Session>> open_session() override {
    return guarded("cannot connect to " + describe(), [&]() -> Result<std::unique_ptr<Session>> {
      auto conn = std::make_unique<pqxx::connection>(url_);
      // NOTICEs (e.g. "table already exists, skipping") would otherwise go to stderr.
      // Bytes come back as hex (bytea_value), whatever a role or database has set.
      pqxx::nontransaction(*conn).exec(
          "SET client_min_messages = warning; SET bytea_output = 'hex'");
      return std::unique_ptr<Session>(std::make_unique<PostgresSession>(std::move(conn)));
    });
  }

  // pg_dump reads one snapshot, so the copy is consistent while others keep writing. The
  // password travels in PGPASSWORD, never on the command line where `ps` would show it.
  Status backup_to(const std::string& path) override {
    SplitUrl split = split_password(url_);
    std::vector<std::string> env;
    if (split.password) env.push_back("PGPASSWORD=" + *split.password);
    return run_program(
        {"pg_dump", "--format=custom", "--no-password", "--file=" + path, "--dbname=" + split.url},
        env);
  }

 private:
  std::string url_;
};

}  // namespace

std::string number_placeholders(std::string_view sql) {
  return rewrite_placeholders(sql, [](std::size_t) { return std::string_view{}; });
}

Result<std::shared_ptr<Database>> open_postgres_database(const std::string& url) {
  auto db = std::make_shared<PostgresDatabase>(url);
  // Connect once now so a wrong URL or a stopped server is reported at start.
  SAMLA_ASSIGN(auto probe, db->open_session());
  (void)probe;
  return std::shared_ptr<Database>(db);
}

}  // namespace samla::storage
