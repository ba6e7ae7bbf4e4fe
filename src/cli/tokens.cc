// samla token create, list and revoke: API tokens from the command line. Every change is
// audited as the CLI, and a running server sees it at its next request, since it looks
// tokens up in the database on every request.
#include <iomanip>
#include <iostream>

#include "access/account_rules.h"
#include "access/principal.h"
#include "cli/context.h"

namespace samla::cli {
namespace {

int create_token(const Context& context, const std::string& user_name, const std::string& label,
                 const std::string& expires) {
  std::optional<std::chrono::seconds> lifetime;
  if (!expires.empty()) {
    auto parsed = access::parse_token_lifetime(expires);
    if (!parsed.ok()) return usage_error("--expires: " + parsed.error().fields.at(0).message);
    lifetime = *parsed;
  }
  auto app = open_app_or_report(context);
  if (!app) return kFailed;
  auto user = app->access->find_user(user_name);
  if (!user.ok()) return report(user.error());
  auto issued = app->access->create_token(user->id, label,
                                          access::system_principal("cli:token create"), lifetime);
  if (!issued.ok()) return report(issued.error());
  // The secret alone on stdout, so scripts can capture it; it is never shown again.
  std::cout << issued->secret << "\n";
  std::cerr << "samla: created token " << issued->token.id << " '" << issued->token.name << "' for "
            << user->name;
  if (issued->token.expires_at) std::cerr << ", expiring " << *issued->token.expires_at;
  std::cerr << "; it is shown only this once\n";
  return kOk;
}

// One line per token, never its secret (which is not stored anyway).
int list_tokens(const Context& context, const std::string& user_name) {
  auto app = open_app_or_report(context);
  if (!app) return kFailed;
  auto user = app->access->find_user(user_name);
  if (!user.ok()) return report(user.error());
  auto tokens = app->access->list_tokens(user->id);
  if (!tokens.ok()) return report(tokens.error());
  auto or_dash = [](const std::optional<std::string>& value) { return value.value_or("-"); };
  std::cout << std::left << std::setw(6) << "ID" << std::setw(22) << "CREATED" << std::setw(22)
            << "EXPIRES" << std::setw(22) << "LAST USED" << std::setw(22) << "REVOKED"
            << "LABEL\n";
  for (const access::ApiToken& token : *tokens)
    std::cout << std::setw(6) << token.id << std::setw(22) << token.created_at << std::setw(22)
              << or_dash(token.expires_at) << std::setw(22) << or_dash(token.last_used_at)
              << std::setw(22) << or_dash(token.revoked_at) << token.name << "\n";
  return kOk;
}

int revoke_token(const Context& context, std::int64_t id) {
  auto app = open_app_or_report(context);
  if (!app) return kFailed;
  auto done = app->access->revoke_token(id, access::system_principal("cli:token revoke"));
  if (!done.ok()) return report(done.error());
  std::cout << "revoked token " << id << "\n";
  return kOk;
}

}  // namespace

void add_token_commands(CLI::App& app, Context& context) {
  CLI::App* token_command = add_command(app, "token", "Manage API tokens");
  token_command->require_subcommand(1);
  struct TokenOptions {
    std::string user;
    std::string label = "cli";
    std::string expires;
    std::int64_t id = 0;
  };
  auto options = std::make_shared<TokenOptions>();

  CLI::App* create =
      add_command(*token_command, "create", "Create an API token for a user and print it once");
  create->add_option("NAME", options->user, "The user the token acts as")->required();
  create->add_option("--name", options->label, "A label to recognise the token by")
      ->capture_default_str();
  create->add_option("--expires", options->expires,
                     "Lifetime such as 12h, 90d or 8w; without it the token lasts until revoked");
  create->callback([&context, options] {
    context.action = [&context, options] {
      return create_token(context, options->user, options->label, options->expires);
    };
  });

  CLI::App* list = add_command(*token_command, "list", "List a user's API tokens (not secrets)");
  list->add_option("NAME", options->user, "The user whose tokens to list")->required();
  list->callback([&context, options] {
    context.action = [&context, options] { return list_tokens(context, options->user); };
  });

  CLI::App* revoke = add_command(*token_command, "revoke", "Revoke an API token by its id");
  revoke->add_option("ID", options->id, "The token's id, as token list shows it")->required();
  revoke->callback([&context, options] {
    context.action = [&context, options] { return revoke_token(context, options->id); };
  });
}

}  // namespace samla::cli
