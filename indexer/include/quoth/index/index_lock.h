// An exclusive lock on an index for the duration of one quoth-index run,
// naming the holder: a second indexer on the same database can say which
// process holds it, or wait for it. (Xapian's own lock does not say who.)
#pragma once

#include <string>

namespace quoth {

class IndexLock {
 public:
  // Takes the lock on `<index>/quoth.lock`, creating the directory. If
  // another process holds it: waits when `wait` is set, else throws
  // IndexError naming that process.
  IndexLock(const std::string& index_path, bool wait);
  ~IndexLock();
  IndexLock(const IndexLock&) = delete;
  IndexLock& operator=(const IndexLock&) = delete;

 private:
  int fd_ = -1;
};

}  // namespace quoth
