// Compacting an index in place. A run that creates an index compacts it at
// the end: Xapian's B-trees written document by document are half empty, and
// a compacted index is half the size and quicker to search.
//
// The compacted copy is written beside the index (PATH.compacting), then
// swapped in with two renames (PATH -> PATH.precompact, PATH.compacting ->
// PATH) and the old one removed. A run killed on the way leaves one of those
// states; recover_compaction() puts it right before the index is opened.
#pragma once

#include <cstdint>
#include <string>

namespace quoth {

struct CompactionResult {
  std::uintmax_t bytes_before = 0, bytes_after = 0;
};

// Compacts the plain (unsharded) index at `path`, which no one may be
// writing. Throws IndexError (naming the index) if it cannot.
CompactionResult compact_index(const std::string& path);

// Where the compacted copy of `path` is written, and swapping it in for the
// index (two renames, then the old index removed; throws IndexError).
[[nodiscard]] std::string compacting_path(const std::string& path);
// Where the parts of a parallel build are joined before that (part_build.h).
[[nodiscard]] std::string merging_path(const std::string& path);
void put_compacted_copy_in_place(const std::string& path);
// The bytes of the files under `dir` (an index's size on disk).
[[nodiscard]] std::uintmax_t index_bytes(const std::string& dir);

// Puts right what a compaction killed on the way left: the old index back if
// it was moved aside, leftover copies removed. Called before the index is
// locked (the lock file lives in the index), so a compaction under way in
// another process may fail; its index stays whole.
void recover_compaction(const std::string& path);

}  // namespace quoth
