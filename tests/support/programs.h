// The programs CLI tests drive, as built by this build tree, and the test
// helpers every CLI test uses.
#pragma once

#include <string>

#include "support/process.h"
#include "support/temp_dir.h"

namespace quoth::test {

inline const std::string kIndexer = QUOTH_INDEX_EXE;
inline const std::string kQuoth = QUOTH_EXE;

}  // namespace quoth::test

using quoth::test::BackgroundProcess;
using quoth::test::eventually;
using quoth::test::kIndexer;
using quoth::test::kQuoth;
using quoth::test::run_process;
using quoth::test::TempDir;
