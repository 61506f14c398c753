// Indexes article files into a quoth index: reads each file, builds its
// document and replaces any earlier version of the same article. Per-file
// problems are reported through the callback and counted; the rest goes on.
#pragma once

#include <xapian.h>

#include <filesystem>
#include <functional>
#include <vector>

#include "quoth/index/article_files.h"

namespace quoth {

struct IndexSummary {
  std::size_t indexed = 0;
  std::size_t failed = 0;
  std::size_t bytes = 0;
  double seconds = 0;
};

// Receives each per-file problem: errors (file skipped) and warnings (file
// indexed after repair).
struct IndexReport {
  std::function<void(const FileError&)> error;
  std::function<void(const FileError&)> warning;
};

[[nodiscard]] IndexSummary index_files(Xapian::WritableDatabase& db,
                                       const std::vector<std::filesystem::path>& files,
                                       const IndexReport& report);

}  // namespace quoth
