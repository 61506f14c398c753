#include "quoth/index/index_command.h"

#include <fnmatch.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "quoth/common/exit_status.h"
#include "quoth/common/progress_bar.h"
#include "quoth/index/compaction.h"
#include "quoth/index/database.h"
#include "quoth/index/file_state.h"
#include "quoth/index/index_lock.h"
#include "quoth/index/index_stats.h"
#include "quoth/index/index_writer.h"
#include "quoth/index/part_build.h"
#include "quoth/index/shards.h"
#include "quoth/index/watcher.h"

namespace fs = std::filesystem;

namespace quoth {
namespace {

bool matches_any(const std::vector<std::string>& patterns, const std::string& name) {
  for (const auto& p : patterns) {
    if (::fnmatch(p.c_str(), name.c_str(), 0) == 0) return true;
  }
  return false;
}

void print_error(const FileError& e) { std::cerr << "quoth-index: " << e.path << ": " << e.reason << '\n'; }
void print_warning(const FileError& e) {
  std::cerr << "quoth-index: warning: " << e.path << ": " << e.reason << '\n';
}

void print_summary(const IndexSummary& s, const IndexCommand& c) {
  const double mb = static_cast<double>(s.bytes) / 1e6;
  if (c.json) {
    nlohmann::ordered_json j{{"indexed", s.indexed}, {"unchanged", s.unchanged}, {"removed", s.removed},
                             {"failed", s.failed},   {"files", s.files},         {"bytes", s.bytes},
                             {"seconds", s.seconds}, {"db", c.db}};
    std::cout << j.dump() << '\n';
  }
  if (c.quiet) return;
  std::fprintf(stderr,
               "quoth-index: %zu indexed, %zu unchanged, %zu removed, %zu failed; %.1f MB in %.2f s "
               "(%.1f MB/s) -> %s\n",
               s.indexed, s.unchanged, s.removed, s.failed, mb, s.seconds,
               s.seconds > 0 ? mb / s.seconds : 0.0, c.db.c_str());
}

int run_stats(const IndexCommand& c) {
  const IndexStats s = read_stats(c.db);
  if (c.json) {
    std::cout << stats_json(s) << '\n';
  } else {
    std::cout << "index:        " << c.db << "\narticles:     " << s.articles << "\nquotes:       " << s.quotes
              << "\nentities:     " << s.entities << "\nbytes:        " << s.bytes
              << "\nschema:       " << s.schema << "\nlast indexed: " << s.last_indexed << '\n';
  }
  return exit_status::kOk;
}

int run_check(const IndexCommand& c) {
  const auto problems = check_index(c.db);
  for (const auto& p : problems) std::cerr << "quoth-index: " << c.db << ": " << p << '\n';
  if (problems.empty() && !c.quiet) std::cerr << "quoth-index: " << c.db << ": index is consistent\n";
  return problems.empty() ? exit_status::kOk : exit_status::kNothing;
}

}  // namespace

std::vector<fs::path> filter_files(std::vector<fs::path> files, const std::vector<std::string>& globs,
                                   const std::vector<std::string>& excludes) {
  std::erase_if(files, [&](const fs::path& f) {
    if (!globs.empty() && !matches_any(globs, f.filename().string())) return true;
    for (const auto& part : f) {
      if (matches_any(excludes, part.string())) return true;
    }
    return false;
  });
  return files;
}

int run_index_command(const IndexCommand& c) {
  if (c.stats) return run_stats(c);
  if (c.check) return run_check(c);

  recover_compaction(c.db);
  IndexLock lock(c.db, c.wait);
  // A parallel build that was killed: what its parts committed becomes the
  // index, and this run goes on from there as on any index.
  if (is_part_build(c.db)) merge_parts(c.db);
  // A run that creates a plain index compacts it when done (compaction.h).
  const bool creating = !is_plain_index(c.db) && !is_sharded_index(c.db);
  IndexReport report{print_error, print_warning, nullptr};
  ProgressBar bar(!c.quiet && !c.json && is_terminal(STDERR_FILENO));
  report.progress = [&](const IndexProgress& p) {
    bar.update(p.files_done, p.files_total, p.bytes_done, p.bytes_total, p.seconds);
  };

  if (!c.watch.empty()) {
    auto db = open_shards_for_writing(c.db, c.shards);
    WatchReport watch_report{report, [&](const IndexSummary& s) {
                               bar.finish();
                               print_summary(s, c);
                             }};
    if (!c.quiet) std::cerr << "quoth-index: watching " << c.watch << " (Ctrl-C to stop)\n";
    const std::size_t failed = watch_directory(db, c.watch, c.options, watch_report);
    return failed == 0 ? exit_status::kOk : exit_status::kNothing;
  }

  std::vector<std::string> paths;
  bool read_stdin = false;
  for (const std::string& input : c.inputs) {
    if (input == "-") {
      read_stdin = true;
    } else {
      paths.push_back(input);
    }
  }
  std::vector<FileError> walk_errors;
  const auto files = filter_files(collect_article_files(paths, walk_errors), c.globs, c.excludes);
  for (const auto& e : walk_errors) print_error(e);

  // A new plain index is built by one writer per part at once, then merged
  // (part_build.h); the merge compacts it.
  const unsigned parts = creating && c.shards <= 1 && !files.empty() ? part_count(c.options) : 1;
  IndexSummary summary;
  if (parts > 1) {
    std::vector<FileState> spanning;
    {
      std::vector<Xapian::WritableDatabase> part_dbs = start_part_build(c.db, parts);
      summary = index_files_in_parts(part_dbs, files, c.options, report, spanning);
      for (Xapian::WritableDatabase& part : part_dbs) part.close();
    }
    bar.finish();
    const MergeResult merged = merge_parts(c.db, spanning);
    if (!c.quiet && !c.json) {
      std::fprintf(stderr, "quoth-index: merged the new index's %u parts: %.1f MB -> %.1f MB\n", parts,
                   static_cast<double>(merged.bytes_before) / 1e6, static_cast<double>(merged.bytes_after) / 1e6);
    }
  }
  auto db = open_shards_for_writing(c.db, c.shards);
  if (parts <= 1) {
    summary = index_files(db, files, c.options, report);
    bar.finish();
  }
  summary.failed += walk_errors.size();
  if (read_stdin) {
    const IndexSummary from_stdin = index_json_lines(std::cin, "stdin", db, c.options, report);
    summary.indexed += from_stdin.indexed;
    summary.failed += from_stdin.failed;
    summary.bytes += from_stdin.bytes;
    summary.seconds += from_stdin.seconds;
  }

  IndexWriter writer(db, c.options.batch_documents);
  for (const auto& path : c.remove) {
    const std::size_t n = writer.remove_file(absolute_path_of(path));
    if (n == 0 && !c.quiet) std::cerr << "quoth-index: " << path << ": no articles indexed from it\n";
    summary.removed += n;
  }
  if (c.prune) {
    for (const Xapian::WritableDatabase& shard : db) {
      for (const FileState& state : all_file_states(shard)) {
        std::error_code ec;
        if (!fs::exists(state.path, ec)) summary.removed += writer.remove_file(state.path);
      }
    }
  }
  writer.commit();
  if (creating && parts <= 1 && db.size() == 1 && summary.indexed > 0) {
    for (Xapian::WritableDatabase& shard : db) shard.close();
    try {
      const CompactionResult compacted = compact_index(c.db);
      if (!c.quiet && !c.json) {
        std::fprintf(stderr, "quoth-index: compacted the new index: %.1f MB -> %.1f MB\n",
                     static_cast<double>(compacted.bytes_before) / 1e6, static_cast<double>(compacted.bytes_after) / 1e6);
      }
    } catch (const IndexError& e) {
      // The index is complete all the same, only larger: a warning, not a failed run.
      std::cerr << "quoth-index: warning: " << e.what() << " (the index is complete, only not compacted)\n";
    }
  }
  print_summary(summary, c);
  return summary.failed == 0 ? exit_status::kOk : exit_status::kNothing;
}

}  // namespace quoth
