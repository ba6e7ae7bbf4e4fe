// samla user add and samla token create: accounts and API tokens from the command line.
#include <termios.h>
#include <unistd.h>

#include <iostream>

#include "access/principal.h"
#include "cli/context.h"

namespace samla::cli {
namespace {

// The first line of stdin; typed without echo when stdin is a terminal.
std::optional<std::string> read_password(const std::string& user) {
  bool terminal = isatty(STDIN_FILENO) != 0;
  termios saved{};
  if (terminal) {
    std::cerr << "Password for " << user << " (at least 12 characters): " << std::flush;
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
  }
  std::string line;
  bool got = static_cast<bool>(std::getline(std::cin, line));
  if (terminal) {
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    std::cerr << "\n";
  }
  if (!got) return std::nullopt;
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

int add_user(const Context& context, const std::string& name, const std::string& role_text) {
  auto role = access::parse_role(role_text);
  if (!role)
    return usage_error("unknown role '" + role_text +
                       "'; use admin, coordinator, facilitator, participant or observer");
  auto password = read_password(name);
  if (!password) return usage_error("no password on stdin: pipe it in, or type it at the prompt");
  auto app = open_app_or_report(context);
  if (!app) return kFailed;
  auto user =
      app->access->create_user(name, *role, *password, access::system_principal("cli:user add"));
  if (!user.ok()) return report(user.error());
  std::cout << "created user " << user->name << " (" << access::role_name(user->role) << ")\n";
  return kOk;
}

int create_token(const Context& context, const std::string& user_name, const std::string& label) {
  auto app = open_app_or_report(context);
  if (!app) return kFailed;
  auto user = app->access->find_user(user_name);
  if (!user.ok()) return report(user.error());
  auto issued =
      app->access->create_token(user->id, label, access::system_principal("cli:token create"));
  if (!issued.ok()) return report(issued.error());
  // The secret alone on stdout, so scripts can capture it; it is never shown again.
  std::cout << issued->secret << "\n";
  std::cerr << "samla: created token " << issued->token.id << " '" << issued->token.name << "' for "
            << user->name << "; it is shown only this once\n";
  return kOk;
}

}  // namespace

void add_user_commands(CLI::App& app, Context& context) {
  CLI::App* user_command = add_command(app, "user", "Manage user accounts");
  user_command->require_subcommand(1);
  struct AddOptions {
    std::string name;
    std::string role;
  };
  auto add = std::make_shared<AddOptions>();
  CLI::App* add_command_ =
      add_command(*user_command, "add", "Create a user; the password is read from stdin");
  add_command_->add_option("NAME", add->name, "User name")->required();
  add_command_
      ->add_option("--role", add->role, "admin, coordinator, facilitator, participant or observer")
      ->required();
  add_command_->callback([&context, add] {
    context.action = [&context, add] { return add_user(context, add->name, add->role); };
  });

  CLI::App* token_command = add_command(app, "token", "Manage API tokens");
  token_command->require_subcommand(1);
  struct TokenOptions {
    std::string user;
    std::string label = "cli";
  };
  auto token = std::make_shared<TokenOptions>();
  CLI::App* create =
      add_command(*token_command, "create", "Create an API token for a user and print it once");
  create->add_option("NAME", token->user, "The user the token acts as")->required();
  create->add_option("--name", token->label, "A label to recognise the token by")
      ->capture_default_str();
  create->callback([&context, token] {
    context.action = [&context, token] { return create_token(context, token->user, token->label); };
  });
}

}  // namespace samla::cli
