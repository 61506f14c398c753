#include "quoth/common/cli_options.h"

#include <cstdlib>
#include <map>

#include "quoth/common/version.h"

namespace quoth {

std::string default_database_path() {
  if (const char* env = std::getenv("QUOTH_DB"); env && *env) return env;
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) {
    return std::string(xdg) + "/quoth/index";
  }
  if (const char* home = std::getenv("HOME"); home && *home) {
    return std::string(home) + "/.local/share/quoth/index";
  }
  return ".quoth-index";
}

void DatabaseOption::add_to(CLI::App& app) {
  app.add_option("--db", path,
                 "Index location (default: $QUOTH_DB, else $XDG_DATA_HOME/quoth/index, "
                 "else ~/.local/share/quoth/index)")
      ->option_text("PATH");
}

std::string DatabaseOption::resolved() const {
  return path.empty() ? default_database_path() : path;
}

void OutputOptions::add_to(CLI::App& app) {
  app.add_flag("--json", json, "Print machine-readable JSON instead of text");
  static const std::map<std::string, ColourChoice> kChoices{
      {"auto", ColourChoice::Auto}, {"always", ColourChoice::Always},
      {"never", ColourChoice::Never}};
  app.add_option("--color,--colour", colour,
                 "Colour: auto (only on a terminal, never with NO_COLOR), always, never")
      ->transform(CLI::CheckedTransformer(kChoices, CLI::ignore_case))
      ->option_text("WHEN");
}

void add_version_flag(CLI::App& app, const std::string& program) {
  app.set_version_flag("--version", program + " " + kVersion);
}

}  // namespace quoth
