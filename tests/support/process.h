// Runs a real program and captures what it printed and how it exited; CLI
// tests use it to drive quoth and quoth-index as a user would.
#pragma once

#include <chrono>
#include <string>
#include <thread>
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

namespace quoth::test {

// A real program running in the background, its output sent to files.
class BackgroundProcess {
 public:
  BackgroundProcess(const std::vector<std::string>& argv, const std::string& output_path,
                    const std::vector<std::string>& env = {});
  ~BackgroundProcess();  // kills (SIGKILL) and reaps the process if still running
  BackgroundProcess(const BackgroundProcess&) = delete;
  BackgroundProcess& operator=(const BackgroundProcess&) = delete;

  [[nodiscard]] int pid() const { return pid_; }
  void signal(int sig) const;
  // Waits for the exit; returns the exit code, or 128 + signal.
  int wait();
  [[nodiscard]] bool running();

 private:
  int pid_ = -1;
  bool reaped_ = false;
  int status_ = 0;
};

}  // namespace quoth::test

namespace quoth::test {

// A TCP port on loopback that was free a moment ago.
[[nodiscard]] unsigned free_tcp_port();

// Polls `done` every 100 ms for up to `seconds`; true once it holds.
template <typename Fn>
bool eventually(Fn&& done, double seconds = 60) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  while (std::chrono::steady_clock::now() < deadline) {
    if (done()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return false;
}

}  // namespace quoth::test
