// What `quoth-index` does once its command line is parsed: index, remove,
// prune, watch, report statistics or check an index. Prints to stdout and
// stderr and returns the exit status (see quoth/common/exit_status.h).
#pragma once

#include <string>
#include <vector>

#include "quoth/common/terminal.h"
#include "quoth/index/indexer.h"

namespace quoth {

struct IndexCommand {
  std::string db;
  std::vector<std::string> inputs;   // files and directories
  std::vector<std::string> globs;    // keep only files whose name matches one
  std::vector<std::string> excludes; // skip files and directories whose name matches one
  std::vector<std::string> remove;   // files whose articles to remove
  std::string watch;                 // directory to watch
  bool prune = false;
  bool stats = false;
  bool check = false;
  bool json = false;
  bool quiet = false;
  bool wait = false;
  unsigned shards = 0;  // --shards N (0: as the index already is, else 1)
  IndexOptions options;
};

[[nodiscard]] int run_index_command(const IndexCommand& command);

// Applies --glob and --exclude to a list of files.
[[nodiscard]] std::vector<std::filesystem::path> filter_files(std::vector<std::filesystem::path> files,
                                                              const std::vector<std::string>& globs,
                                                              const std::vector<std::string>& excludes);

}  // namespace quoth
