// Command-line options that both quoth programs spell the same way, defined
// once and mixed into each program's CLI11 app (--db, --json, --color,
// --version).
#pragma once

#include <CLI/CLI.hpp>

#include <string>

#include "quoth/common/terminal.h"

namespace quoth {

// The index location: --db, else $QUOTH_DB, else $XDG_DATA_HOME/quoth/index,
// else ~/.local/share/quoth/index.
struct DatabaseOption {
  std::string path;
  void add_to(CLI::App& app);
  [[nodiscard]] std::string resolved() const;
};

[[nodiscard]] std::string default_database_path();

struct OutputOptions {
  bool json = false;
  ColourChoice colour = ColourChoice::Auto;
  void add_to(CLI::App& app);
};

// Adds --version printing "PROGRAM VERSION".
void add_version_flag(CLI::App& app, const std::string& program);

}  // namespace quoth
