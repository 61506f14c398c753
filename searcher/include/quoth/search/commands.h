// What `quoth` does once its command line is parsed: answer one query, or
// serve an index over Xapian's remote protocol. Each prints to stdout and
// stderr and returns the exit status (see quoth/common/exit_status.h).
#pragma once

#include <string>

#include "quoth/common/terminal.h"
#include "quoth/index/shards.h"

namespace quoth {

struct SearchCommand {
  std::string db;
  std::string query;
  unsigned limit = 10;
  bool facets = false;
  bool json = false;
  ColourChoice colour = ColourChoice::Auto;
  ShardOpenOptions shards;
};

[[nodiscard]] int run_search_command(const SearchCommand& command);

struct ServeCommand {
  std::string db;
  unsigned port = 0;
  std::string bind = "127.0.0.1";
  bool writable = false;
  unsigned timeout_ms = 0;  // 0: xapian-tcpsrv's defaults
};

// Runs xapian-tcpsrv on the database's shards, relaying its log, until
// SIGINT or SIGTERM.
[[nodiscard]] int run_serve_command(const ServeCommand& command);

}  // namespace quoth
