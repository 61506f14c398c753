// Indexes article files into a quoth index, incrementally and in parallel:
// `jobs` threads read and analyse files (each with its own analyzers), one
// writer applies their results in input order through IndexWriter. Queues are
// bounded, so memory does not grow with the corpus. Unchanged files (same
// size and mtime, or same content) are skipped. Per-file problems are
// reported through IndexReport and counted; the rest goes on.
#pragma once

#include <xapian.h>

#include <filesystem>
#include <functional>
#include <istream>
#include <string>
#include <vector>

#include "quoth/index/article_files.h"
#include "quoth/index/file_state.h"

namespace quoth {

struct IndexSummary {
  std::size_t files = 0;      // files looked at
  std::size_t indexed = 0;    // articles added or replaced
  std::size_t unchanged = 0;  // files skipped as unchanged
  std::size_t removed = 0;    // articles removed
  std::size_t failed = 0;     // files (or JSONL lines) that could not be indexed
  std::size_t bytes = 0;      // bytes of files read
  double seconds = 0;
};

struct IndexProgress {
  std::size_t files_done = 0;
  std::size_t files_total = 0;
  std::size_t bytes_done = 0;
  std::size_t bytes_total = 0;
  double seconds = 0;
};

// Receives each per-file problem: errors (file skipped) and warnings (file
// indexed after repair), and progress after each file.
struct IndexReport {
  std::function<void(const FileError&)> error;
  std::function<void(const FileError&)> warning;
  std::function<void(const IndexProgress&)> progress;
};

struct IndexOptions {
  unsigned jobs = 0;                  // 0: all cores
  std::size_t batch_documents = 1000;  // documents per commit (small is faster and leaner)
};

// How many parts a new plain index is built in: one per analysis job, at
// most 8 (1: one writer, no parts).
[[nodiscard]] unsigned part_count(const IndexOptions& options);

// Indexes into the shards of an index (one for a plain database).
[[nodiscard]] IndexSummary index_files(const std::vector<Xapian::WritableDatabase>& shards,
                                       const std::vector<std::filesystem::path>& files,
                                       const IndexOptions& options, const IndexReport& report);

// Indexes JSON Lines read from a stream (stdin: `quoth-index -`), in batches
// analysed in parallel. Identities are NAME#id, or NAME#line-N without an id.
[[nodiscard]] IndexSummary index_json_lines(std::istream& in, const std::string& name,
                                            const std::vector<Xapian::WritableDatabase>& shards,
                                            const IndexOptions& options, const IndexReport& report);

// Indexes files into the parts of a new index (part_build.h), one writer per
// part at the same time. The ordinary files are cut into runs of consecutive
// files and each JSON Lines file into runs of consecutive lines, run k going
// to part k, so that the parts merged in order hold the documents in the
// order one writer would have written them. Each part is a consistent index
// of its own at every commit. The records of JSON Lines files, whose
// articles span the parts, are appended to `spanning_records` for the merge
// to write, not written.
[[nodiscard]] IndexSummary index_files_in_parts(const std::vector<Xapian::WritableDatabase>& parts,
                                                const std::vector<std::filesystem::path>& files,
                                                const IndexOptions& options, const IndexReport& report,
                                                std::vector<FileState>& spanning_records);

[[nodiscard]] inline IndexSummary index_files(const Xapian::WritableDatabase& db,
                                              const std::vector<std::filesystem::path>& files,
                                              const IndexOptions& options, const IndexReport& report) {
  return index_files(std::vector<Xapian::WritableDatabase>{db}, files, options, report);
}

}  // namespace quoth
