// A one-line progress display on stderr for long work: files, MB, rate and
// ETA, redrawn at most ten times a second. Draws nothing unless enabled
// (callers enable it only when stderr is a terminal and not quiet).
#pragma once

#include <chrono>
#include <cstddef>

namespace quoth {

class ProgressBar {
 public:
  explicit ProgressBar(bool enabled) : enabled_(enabled) {}
  ~ProgressBar() { finish(); }

  void update(std::size_t done, std::size_t total, std::size_t bytes_done, std::size_t bytes_total,
              double seconds);
  // Clears the line.
  void finish();

 private:
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point last_draw_{};
};

}  // namespace quoth
