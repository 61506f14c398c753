// Runs a real program and captures what it printed and how it exited; CLI
// tests use it to drive quoth and quoth-index as a user would.
#pragma once

#include <string>
#include <vector>

namespace quoth::test {

struct ProcessResult {
  int exit_code = -1;  // or 128 + signal
  std::string out;
  std::string err;
};

// Runs argv[0] with argv (no shell). `env` entries ("NAME=value") are added
// to the environment; `input` is written to its stdin.
[[nodiscard]] ProcessResult run_process(const std::vector<std::string>& argv,
                                        const std::vector<std::string>& env = {},
                                        const std::string& input = {});

}  // namespace quoth::test
