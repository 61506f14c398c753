// Keeps an index current with a directory: indexes it once, then indexes
// new and changed article files and removes deleted ones as inotify reports
// them, until SIGINT or SIGTERM, after which it commits and returns.
#pragma once

#include <xapian.h>

#include <string>

#include "quoth/index/indexer.h"

namespace quoth {

struct WatchReport {
  IndexReport index;
  // After each batch of changes: what was done.
  std::function<void(const IndexSummary&)> batch;
};

// Returns the number of files that failed over the whole watch.
std::size_t watch_directory(const std::vector<Xapian::WritableDatabase>& shards, const std::string& directory,
                            const IndexOptions& options, const WatchReport& report);

}  // namespace quoth
