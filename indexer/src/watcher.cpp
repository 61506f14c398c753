#include "quoth/index/watcher.h"

#include <poll.h>
#include <signal.h>
#include <sys/inotify.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>
#include <stdexcept>
#include <unordered_map>

#include "quoth/index/index_writer.h"

namespace fs = std::filesystem;

namespace quoth {
namespace {

constexpr std::uint32_t kEvents =
    IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_CREATE | IN_DELETE_SELF;
constexpr int kQuietMillis = 300;  // wait for a burst of events to settle

class Inotify {
 public:
  Inotify() : fd_(::inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) {
    if (fd_ < 0) throw std::runtime_error(std::string("inotify: ") + std::strerror(errno));
  }
  ~Inotify() { ::close(fd_); }
  [[nodiscard]] int fd() const { return fd_; }

  // Watches dir and every directory below it.
  void watch_tree(const fs::path& dir) {
    add(dir);
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied, ec);
         it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) break;
      if (it->is_directory(ec)) add(it->path());
    }
  }
  [[nodiscard]] fs::path dir_of(int wd) const {
    const auto it = dirs_.find(wd);
    return it == dirs_.end() ? fs::path() : it->second;
  }

 private:
  void add(const fs::path& dir) {
    const int wd = ::inotify_add_watch(fd_, dir.c_str(), kEvents);
    if (wd >= 0) dirs_[wd] = dir;
  }
  int fd_;
  std::unordered_map<int, fs::path> dirs_;
};

// Blocks SIGINT/SIGTERM and reads them from a file descriptor instead, so
// the loop can commit before leaving.
class SignalFd {
 public:
  SignalFd() {
    sigemptyset(&mask_);
    sigaddset(&mask_, SIGINT);
    sigaddset(&mask_, SIGTERM);
    ::pthread_sigmask(SIG_BLOCK, &mask_, &old_);
    fd_ = ::signalfd(-1, &mask_, SFD_CLOEXEC | SFD_NONBLOCK);
  }
  ~SignalFd() {
    if (fd_ >= 0) ::close(fd_);
    ::pthread_sigmask(SIG_SETMASK, &old_, nullptr);
  }
  [[nodiscard]] int fd() const { return fd_; }
  // Consumes a pending signal, so that it is not delivered on unblocking.
  void consume() const {
    signalfd_siginfo info{};
    [[maybe_unused]] const ssize_t n = ::read(fd_, &info, sizeof info);
  }

 private:
  sigset_t mask_{}, old_{};
  int fd_ = -1;
};

}  // namespace

std::size_t watch_directory(const std::vector<Xapian::WritableDatabase>& db, const std::string& directory,
                            const IndexOptions& options, const WatchReport& report) {
  SignalFd signals;
  Inotify inotify;
  inotify.watch_tree(directory);

  std::vector<FileError> walk_errors;
  const auto initial = index_files(db, collect_article_files({directory}, walk_errors), options, report.index);
  for (const auto& e : walk_errors) {
    if (report.index.error) report.index.error(e);
  }
  std::size_t failed = initial.failed + walk_errors.size();
  if (report.batch) report.batch(initial);

  std::set<fs::path> changed, deleted;
  alignas(inotify_event) char buf[64 * 1024];
  while (true) {
    pollfd fds[2] = {{inotify.fd(), POLLIN, 0}, {signals.fd(), POLLIN, 0}};
    const bool pending = !changed.empty() || !deleted.empty();
    const int n = ::poll(fds, 2, pending ? kQuietMillis : -1);
    if (n < 0 && errno == EINTR) continue;
    if (fds[1].revents & POLLIN) {
      signals.consume();
      break;
    }
    if (n == 0) {  // quiet: apply the batch
      std::vector<fs::path> files(changed.begin(), changed.end());
      IndexSummary summary = index_files(db, files, options, report.index);
      failed += summary.failed;
      IndexWriter writer(db, options.batch_documents);
      for (const auto& path : deleted) summary.removed += writer.remove_file(absolute_path_of(path));
      writer.commit();
      if (report.batch) report.batch(summary);
      changed.clear();
      deleted.clear();
      continue;
    }
    const ssize_t len = ::read(inotify.fd(), buf, sizeof buf);
    for (ssize_t off = 0; off < len;) {
      const auto* ev = reinterpret_cast<const inotify_event*>(buf + off);
      off += static_cast<ssize_t>(sizeof(inotify_event) + ev->len);
      if (ev->len == 0) continue;
      const fs::path path = inotify.dir_of(ev->wd) / ev->name;
      if (ev->mask & IN_ISDIR) {
        if (ev->mask & (IN_CREATE | IN_MOVED_TO)) {
          inotify.watch_tree(path);
          std::vector<FileError> errors;
          for (const auto& f : collect_article_files({path.string()}, errors)) changed.insert(f);
        }
        continue;
      }
      if (!is_article_file(path)) continue;
      if (ev->mask & (IN_CLOSE_WRITE | IN_MOVED_TO)) {
        changed.insert(path);
        deleted.erase(path);
      } else if (ev->mask & (IN_DELETE | IN_MOVED_FROM)) {
        deleted.insert(path);
        changed.erase(path);
      }
    }
  }
  // Leaving on a signal: anything pending is applied first.
  if (!changed.empty()) {
    failed += index_files(db, std::vector<fs::path>(changed.begin(), changed.end()), options, report.index).failed;
  }
  IndexWriter writer(db, options.batch_documents);
  for (const auto& path : deleted) writer.remove_file(absolute_path_of(path));
  writer.commit();
  return failed;
}

}  // namespace quoth
