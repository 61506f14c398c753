// The programs CLI tests drive, as built by this build tree, and the test
// helpers every CLI test uses.
#pragma once

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <signal.h>

#include <string>
#include <vector>

#include "support/process.h"
#include "support/temp_dir.h"

namespace quoth::test {

inline const std::string kIndexer = QUOTH_INDEX_EXE;
inline const std::string kQuoth = QUOTH_EXE;

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

using quoth::test::BackgroundProcess;
using quoth::test::eventually;
using quoth::test::kIndexer;
using quoth::test::kQuoth;
using quoth::test::run_process;
using quoth::test::TempDir;
