#include "quoth/common/progress_bar.h"

#include <cstdio>

namespace quoth {

void ProgressBar::update(std::size_t done, std::size_t total, std::size_t bytes_done,
                         std::size_t bytes_total, double seconds) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (drawn_ && done < total && now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  constexpr int kWidth = 24;
  const double fraction = bytes_total ? static_cast<double>(bytes_done) / static_cast<double>(bytes_total)
                                      : (total ? static_cast<double>(done) / static_cast<double>(total) : 1.0);
  const int filled = static_cast<int>(fraction * kWidth);
  char bar[kWidth + 1];
  for (int i = 0; i < kWidth; ++i) bar[i] = i < filled ? '#' : '.';
  bar[kWidth] = '\0';
  const double mb = static_cast<double>(bytes_done) / 1e6;
  const double rate = seconds > 0 ? mb / seconds : 0;
  const double eta = fraction > 0 ? seconds * (1 - fraction) / fraction : 0;
  std::fprintf(stderr, "\r[%s] %zu/%zu files  %.1f/%.1f MB  %.1f MB/s  ETA %d:%02d \x1b[K", bar, done,
               total, mb, static_cast<double>(bytes_total) / 1e6, rate, static_cast<int>(eta) / 60,
               static_cast<int>(eta) % 60);
  drawn_ = true;
}

void ProgressBar::finish() {
  if (!drawn_) return;
  std::fputs("\r\x1b[K", stderr);
  drawn_ = false;
}

}  // namespace quoth
