// bench-oneshot: wall time of one process per query, as a user running a
// command-line search feels it. Runs `COMMAND... QUERY` RUNS times for each
// query of the file (output discarded) and prints the median and p90 over
// queries of each query's median time, in milliseconds.
//
// usage: bench-oneshot QUERIES_FILE RUNS LABEL -- COMMAND [ARGS...]
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

namespace {

double run_once(const std::vector<std::string>& argv) {
  const auto t0 = std::chrono::steady_clock::now();
  const pid_t pid = ::fork();
  if (pid == 0) {
    const int null = ::open("/dev/null", O_RDWR);
    ::dup2(null, 0);
    ::dup2(null, 1);
    ::dup2(null, 2);
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    ::execvp(args[0], args.data());
    ::_exit(127);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 6 || std::strcmp(argv[4], "--") != 0) {
    std::fprintf(stderr, "usage: %s QUERIES_FILE RUNS LABEL -- COMMAND [ARGS...]\n", argv[0]);
    return 2;
  }
  std::ifstream in(argv[1]);
  if (!in) {
    std::fprintf(stderr, "bench-oneshot: %s: cannot read\n", argv[1]);
    return 2;
  }
  const int runs = std::max(1, std::atoi(argv[2]));
  const std::vector<std::string> command(argv + 5, argv + argc);
  std::vector<double> per_query;
  for (std::string q; std::getline(in, q);) {
    if (q.empty()) continue;
    std::vector<std::string> args = command;
    args.push_back(q);
    std::vector<double> times;
    for (int r = 0; r < runs; ++r) times.push_back(run_once(args));
    per_query.push_back(median(times));
  }
  if (per_query.empty()) return 2;
  std::sort(per_query.begin(), per_query.end());
  std::printf("%-28s median %7.2f ms  p90 %7.2f ms  (%zu queries x %d)\n", argv[3], median(per_query),
              per_query[std::min(per_query.size() - 1, per_query.size() * 9 / 10)], per_query.size(), runs);
  return 0;
}
