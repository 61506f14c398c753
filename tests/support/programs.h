// The programs CLI tests drive, as built by this build tree, and the test
// helpers every CLI test uses.
#pragma once

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <signal.h>

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "support/process.h"
#include "support/temp_dir.h"

namespace quoth::test {

inline const std::string kIndexer = QUOTH_INDEX_EXE;
inline const std::string kQuoth = QUOTH_EXE;

// `quoth-index --db db --stats --json`, parsed.
inline nlohmann::json stats(const std::string& db) {
  const auto r = run_process({kIndexer, "--db", db, "--stats", "--json"});
  REQUIRE(r.exit_code == 0);
  return nlohmann::json::parse(r.out);
}

// The seed articles' paragraphs (lines over 80 bytes), sorted.
inline std::vector<std::string> seed_paragraphs() {
  std::vector<std::string> paragraphs;
  for (const auto& entry : std::filesystem::directory_iterator(source_dir() / "corpus" / "seeds")) {
    std::istringstream in(read_file(entry.path()));
    for (std::string line; std::getline(in, line);) {
      if (line.size() > 80) paragraphs.push_back(line);
    }
  }
  std::sort(paragraphs.begin(), paragraphs.end());
  return paragraphs;
}

// Article i of a test corpus: four of `paragraphs`, distinct for each i.
inline std::string article_text(const std::vector<std::string>& paragraphs, int i) {
  std::string text;
  for (int k = 0; k < 4; ++k) {
    text += paragraphs[(static_cast<std::size_t>(i) * 7 + static_cast<std::size_t>(k) * 13) % paragraphs.size()] + "\n";
  }
  return text;
}

// Starts quoth-index with `args` (which must include --db `db`), waits until
// its first commit shows in `--stats`, then kills it with SIGKILL.
inline void kill_indexer_after_first_commit(const std::vector<std::string>& args, const std::string& db,
                                            const std::string& log) {
  BackgroundProcess indexer(args, log);
  const bool committed = eventually([&] {
    const auto r = run_process({kIndexer, "--db", db, "--stats", "--json"});
    return r.exit_code == 0 && nlohmann::json::parse(r.out)["articles"].get<int>() > 0;
  });
  CHECK(committed);
  if (!indexer.running()) WARN("the indexer finished before it could be killed");
  indexer.signal(SIGKILL);
  indexer.wait();
}

}  // namespace quoth::test

using quoth::test::article_text;
using quoth::test::BackgroundProcess;
using quoth::test::eventually;
using quoth::test::kIndexer;
using quoth::test::kQuoth;
using quoth::test::run_process;
using quoth::test::seed_paragraphs;
using quoth::test::stats;
using quoth::test::TempDir;
