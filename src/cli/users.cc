// samla user add, passwd, disable, enable and set-role: accounts from the command line.
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

// Finds `name` and applies one change to it, audited as `who`.
int change_user(const Context& context, const std::string& name, const std::string& who,
                const access::UserChange& change) {
  auto app = open_app_or_report(context);
  if (!app) return kFailed;
  auto user = app->access->find_user(name);
  if (!user.ok()) return report(user.error());
  auto changed =
      app->access->update_user(user->id, change, std::nullopt, access::system_principal(who));
  if (!changed.ok()) return report(changed.error());
  std::cout << "user " << changed->name << ": " << access::role_name(changed->role)
            << (changed->disabled ? ", disabled" : ", enabled");
  if (changed->person_id) std::cout << ", person " << *changed->person_id;
  std::cout << "\n";
  return kOk;
}

int set_password(const Context& context, const std::string& name) {
  auto password = read_password(name);
  if (!password) return usage_error("no password on stdin: pipe it in, or type it at the prompt");
  return change_user(context, name, "cli:user passwd", {.password = *password});
}

int set_role(const Context& context, const std::string& name, const std::string& role_text) {
  auto role = access::parse_role(role_text);
  if (!role)
    return usage_error("unknown role '" + role_text +
                       "'; use admin, coordinator, facilitator, participant or observer");
  return change_user(context, name, "cli:user set-role", {.role = role});
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

  // Each change is read by a running server at its next request: sessions and tokens look
  // the user's role and disabled flag up every time, and disabling ends the sessions.
  auto target = std::make_shared<AddOptions>();
  CLI::App* passwd = add_command(*user_command, "passwd", "Set a user's password, read from stdin");
  passwd->add_option("NAME", target->name, "User name")->required();
  passwd->callback([&context, target] {
    context.action = [&context, target] { return set_password(context, target->name); };
  });
  for (bool disable : {true, false}) {
    CLI::App* command = add_command(
        *user_command, disable ? "disable" : "enable",
        disable ? "Disable a user: ends their sessions and stops their tokens" : "Enable a user");
    command->add_option("NAME", target->name, "User name")->required();
    command->callback([&context, target, disable] {
      context.action = [&context, target, disable] {
        return change_user(context, target->name, disable ? "cli:user disable" : "cli:user enable",
                           {.disabled = disable});
      };
    });
  }
  CLI::App* set_role_command = add_command(*user_command, "set-role", "Change a user's role");
  set_role_command->add_option("NAME", target->name, "User name")->required();
  set_role_command
      ->add_option("ROLE", target->role, "admin, coordinator, facilitator, participant or observer")
      ->required();
  set_role_command->callback([&context, target] {
    context.action = [&context, target] { return set_role(context, target->name, target->role); };
  });

  // The person in the register an account stands for (a facilitator, a participant).
  auto person = std::make_shared<std::int64_t>(0);
  CLI::App* link = add_command(*user_command, "link", "Link a user to a person in the register");
  link->add_option("NAME", target->name, "User name")->required();
  link->add_option("PERSON_ID", *person, "The person's id")->required()->check(CLI::PositiveNumber);
  link->callback([&context, target, person] {
    context.action = [&context, target, person] {
      return change_user(context, target->name, "cli:user link",
                         {.person_id = std::optional<std::int64_t>(*person)});
    };
  });
  CLI::App* unlink = add_command(*user_command, "unlink", "Unlink a user from their person");
  unlink->add_option("NAME", target->name, "User name")->required();
  unlink->callback([&context, target] {
    context.action = [&context, target] {
      return change_user(context, target->name, "cli:user unlink",
                         {.person_id = std::optional<std::int64_t>()});
    };
  });
}

}  // namespace samla::cli
