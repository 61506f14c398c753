// bench-query-latency: in-process latency of quoth's searcher over an index,
// for a file of queries (one a line): each query is run RUNS times (after one
// warm-up) with snippets, grouping and answers as `quoth` makes them; prints
// p50, p90 and p99 over all runs, in milliseconds.
//
// usage: bench-query-latency DB QUERIES_FILE [RUNS] [LABEL]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "quoth/index/database.h"
#include "quoth/search/searcher.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s DB QUERIES_FILE [RUNS] [LABEL]\n", argv[0]);
    return 2;
  }
  const int runs = argc > 3 ? std::max(1, std::atoi(argv[3])) : 5;
  const std::string label = argc > 4 ? argv[4] : argv[2];
  std::ifstream in(argv[2]);
  if (!in) {
    std::fprintf(stderr, "bench-query-latency: %s: cannot read\n", argv[2]);
    return 2;
  }
  std::vector<std::string> queries;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) queries.push_back(line);
  }
  quoth::Searcher searcher(quoth::open_index_for_reading(argv[1]));
  std::vector<double> ms;
  std::size_t answered = 0;
  for (const std::string& q : queries) {
    (void)searcher.search(q, 10);  // warm-up: page cache and first-touch costs
    for (int r = 0; r < runs; ++r) {
      const auto t0 = std::chrono::steady_clock::now();
      const auto results = searcher.search(q, 10);
      const auto t1 = std::chrono::steady_clock::now();
      ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
      if (r == 0 && (!results.hits.empty() || !results.answers.empty() || results.entity)) ++answered;
    }
  }
  std::sort(ms.begin(), ms.end());
  const auto pct = [&](double p) { return ms[std::min(ms.size() - 1, static_cast<std::size_t>(p * static_cast<double>(ms.size())))]; };
  std::printf("%-28s p50 %7.3f ms  p90 %7.3f ms  p99 %7.3f ms  (%zu queries x %d, %zu with answers)\n",
              label.c_str(), pct(0.5), pct(0.9), pct(0.99), queries.size(), runs, answered);
  return 0;
}
