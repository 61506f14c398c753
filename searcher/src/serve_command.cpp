// quoth serve: Xapian's own remote backend (xapian-tcpsrv) in front of a
// quoth index, with quoth's checks, logging and clean shutdown.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/signalfd.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <iostream>
#include <string>
#include <vector>

#include "quoth/common/exit_status.h"
#include "quoth/index/database.h"
#include "quoth/search/commands.h"

namespace quoth {
namespace {

constexpr const char* kServer = "xapian-tcpsrv";

void log(const std::string& message) {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", &tm);
  std::cerr << stamp << " quoth serve: " << message << std::endl;
}

// The local database paths to serve, each checked to be a quoth index.
std::vector<std::string> local_shards(const ServeCommand& c) {
  std::vector<std::string> paths;
  for (const ShardSpec& shard : resolve_shards(c.db)) {
    if (shard.remote()) throw IndexError(c.db + ": " + shard.describe() + " is remote; serve it where it lives");
    (void)open_index_for_reading(shard.path);  // schema check, clear errors
    paths.push_back(shard.path);
  }
  if (c.writable && paths.size() != 1) {
    throw IndexError(c.db + ": --writable serves one database; serve each shard on its own port");
  }
  return paths;
}

// Relays complete lines from fd to the log; keeps a partial line in `pending`.
bool relay(int fd, std::string& pending) {
  char buf[4096];
  const ssize_t n = ::read(fd, buf, sizeof buf);
  if (n <= 0) return false;
  pending.append(buf, static_cast<std::size_t>(n));
  for (std::size_t nl; (nl = pending.find('\n')) != std::string::npos; pending.erase(0, nl + 1)) {
    if (nl > 0) log(pending.substr(0, nl));
  }
  return true;
}

}  // namespace

int run_serve_command(const ServeCommand& c) {
  std::vector<std::string> paths;
  try {
    paths = local_shards(c);
  } catch (const IndexError& e) {
    std::cerr << "quoth serve: " << e.what() << '\n';
    return exit_status::kError;
  }
  std::vector<std::string> argv{kServer, "--port", std::to_string(c.port), "--interface", c.bind};
  if (c.writable) argv.emplace_back("--writable");
  if (c.timeout_ms > 0) {
    argv.emplace_back("--timeout");
    argv.push_back(std::to_string(c.timeout_ms));
  }
  argv.insert(argv.end(), paths.begin(), paths.end());

  sigset_t mask, old;
  sigemptyset(&mask);
  sigaddset(&mask, SIGINT);
  sigaddset(&mask, SIGTERM);
  ::sigprocmask(SIG_BLOCK, &mask, &old);
  const int signals = ::signalfd(-1, &mask, SFD_CLOEXEC);
  int out[2];
  if (signals < 0 || ::pipe2(out, O_CLOEXEC) != 0) {
    std::cerr << "quoth serve: " << std::strerror(errno) << '\n';
    return exit_status::kError;
  }
  const pid_t child = ::fork();
  if (child == 0) {
    // xapian-tcpsrv ends its forked workers with kill(0, SIGTERM) on
    // SIGTERM: give it a process group of its own so that spares ours.
    ::setpgid(0, 0);
    ::sigprocmask(SIG_SETMASK, &old, nullptr);
    ::dup2(out[1], 1);
    ::dup2(out[1], 2);
    std::vector<char*> args;
    for (auto& a : argv) args.push_back(a.data());
    args.push_back(nullptr);
    ::execvp(kServer, args.data());
    std::fprintf(stderr, "cannot run %s: %s (install Debian's xapian-tools)\n", kServer, std::strerror(errno));
    ::_exit(127);
  }
  ::close(out[1]);
  log("serving " + c.db + " (" + std::to_string(paths.size()) + " database" + (paths.size() == 1 ? "" : "s") + ") on " +
      c.bind + ":" + std::to_string(c.port) + (c.writable ? ", writable" : ", read-only") +
      (c.bind == "127.0.0.1" || c.bind == "localhost" ? "; loopback only (--bind ADDRESS to listen elsewhere)" : ""));

  std::string pending;
  bool stopping = false;
  for (bool open = true; open;) {
    pollfd fds[2] = {{out[0], POLLIN, 0}, {signals, POLLIN, 0}};
    if (::poll(fds, 2, -1) < 0 && errno != EINTR) break;
    if (fds[1].revents & POLLIN) {
      signalfd_siginfo info{};
      [[maybe_unused]] const ssize_t n = ::read(signals, &info, sizeof info);
      log(std::string("stopping on ") + (info.ssi_signo == SIGINT ? "SIGINT" : "SIGTERM"));
      stopping = true;
      ::kill(child, SIGTERM);
    }
    if (fds[0].revents & (POLLIN | POLLHUP)) open = relay(out[0], pending);
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  ::close(out[0]);
  ::close(signals);
  if (stopping) {
    log("stopped");
    return exit_status::kOk;
  }
  log(std::string(kServer) + " exited " +
      (WIFEXITED(status) ? "with status " + std::to_string(WEXITSTATUS(status))
                         : "on signal " + std::to_string(WTERMSIG(status))));
  return exit_status::kError;
}

}  // namespace quoth
