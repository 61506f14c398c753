#include "quoth/index/index_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string>

#include "quoth/index/database.h"

namespace quoth {

IndexLock::IndexLock(const std::string& index_path, bool wait) {
  std::error_code ec;
  std::filesystem::create_directories(index_path, ec);
  const std::string lock_path = index_path + "/quoth.lock";
  fd_ = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0) {
    throw IndexError(index_path + ": cannot create lock file: " + std::strerror(errno));
  }
  if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    if (errno != EWOULDBLOCK) {
      const std::string reason = std::strerror(errno);
      ::close(fd_);
      throw IndexError(index_path + ": cannot lock index: " + reason);
    }
    char buf[32] = {};
    const ssize_t n = ::pread(fd_, buf, sizeof buf - 1, 0);
    const std::string holder = n > 0 ? std::string(buf, static_cast<std::size_t>(n)) : "?";
    if (!wait) {
      ::close(fd_);
      throw IndexError(index_path + ": index is locked by process " +
                       holder.substr(0, holder.find_first_of("\n ")) +
                       " (another quoth-index); wait for it to finish, or use --wait");
    }
    if (::flock(fd_, LOCK_EX) != 0) {
      const std::string reason = std::strerror(errno);
      ::close(fd_);
      throw IndexError(index_path + ": cannot lock index: " + reason);
    }
  }
  const std::string pid = std::to_string(::getpid()) + "\n";
  if (::ftruncate(fd_, 0) == 0) {
    [[maybe_unused]] const ssize_t written = ::pwrite(fd_, pid.data(), pid.size(), 0);
  }
}

IndexLock::~IndexLock() {
  if (fd_ >= 0) ::close(fd_);  // releases the flock
}

}  // namespace quoth
