// bench-concurrent: throughput and latency of CLIENTS concurrent searchers
// (one thread and one database connection each) running a file of queries
// ROUNDS times against an index location (local, sharded, stub or tcp://).
// Prints queries/s and p50/p99 latency in milliseconds.
//
// usage: bench-concurrent LOCATION QUERIES_FILE CLIENTS ROUNDS [LABEL]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "quoth/index/shards.h"
#include "quoth/search/searcher.h"

int main(int argc, char** argv) {
  if (argc < 5) {
    std::fprintf(stderr, "usage: %s LOCATION QUERIES_FILE CLIENTS ROUNDS [LABEL]\n", argv[0]);
    return 2;
  }
  const std::string location = argv[1];
  std::ifstream in(argv[2]);
  std::vector<std::string> queries;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) queries.push_back(line);
  }
  if (queries.empty()) {
    std::fprintf(stderr, "bench-concurrent: %s: no queries\n", argv[2]);
    return 2;
  }
  const int clients = std::max(1, std::atoi(argv[3]));
  const int rounds = std::max(1, std::atoi(argv[4]));
  const std::string label = argc > 5 ? argv[5] : location;

  std::mutex mutex;
  std::vector<double> ms;
  const auto started = std::chrono::steady_clock::now();
  {
    std::vector<std::jthread> threads;
    for (int c = 0; c < clients; ++c) {
      threads.emplace_back([&, c] {
        quoth::Searcher searcher(quoth::open_shards_for_reading(location, {}).db);
        std::vector<double> mine;
        for (int r = 0; r < rounds; ++r) {
          for (std::size_t i = 0; i < queries.size(); ++i) {
            const std::string& q = queries[(i + static_cast<std::size_t>(c) * 7) % queries.size()];
            const auto t0 = std::chrono::steady_clock::now();
            (void)searcher.search(q, 10);
            mine.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
          }
        }
        std::lock_guard lock(mutex);
        ms.insert(ms.end(), mine.begin(), mine.end());
      });
    }
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::sort(ms.begin(), ms.end());
  const auto pct = [&](double p) { return ms[std::min(ms.size() - 1, static_cast<std::size_t>(p * static_cast<double>(ms.size())))]; };
  std::printf("| %-34s | %7.0f q/s | p50 %7.3f ms | p99 %7.3f ms |\n", label.c_str(),
              static_cast<double>(ms.size()) / seconds, pct(0.5), pct(0.99));
  return 0;
}
