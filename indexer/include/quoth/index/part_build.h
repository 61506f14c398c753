// Building a new plain index with several writers at once. While it is
// built, the index directory is a sharded index (a Xapian stub XAPIANDB and
// shard-0 .. shard-N-1, see shards.h) marked as a part build: each part is
// written by its own writer and is a consistent quoth index at every commit
// (its articles, their quotes, its registry entries and file records), so
// searches, --stats and --check work meanwhile. merge_parts() then turns it
// into one compacted plain database: Xapian's compaction of the parts in
// order, one registry entry per entity (the parts' entries merged), summed
// metadata. The merged copy is made beside the index and swapped in as a
// compaction is (compaction.h); a run killed during the build or the merge
// leaves a part build (or a plain index), which the next run merges first.
// Callers hold the index lock.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "quoth/index/file_state.h"

namespace quoth {

// Whether `location` is a part build (finished or not).
[[nodiscard]] bool is_part_build(const std::string& location);

// Makes `location` (absent, or an empty directory holding only the lock) a
// part build of `parts` databases and opens them for writing.
[[nodiscard]] std::vector<Xapian::WritableDatabase> start_part_build(const std::string& location, unsigned parts);

struct MergeResult {
  std::uintmax_t bytes_before = 0, bytes_after = 0;
  std::size_t merged_entities = 0;  // entities with an entry in more than one part
};

// Merges the part build at `location` into one plain index (see above),
// writing `records` (file records whose articles span the parts) into it.
// A part build without its stub (killed before it had one) is removed,
// leaving no index. Throws IndexError naming the index if it cannot.
MergeResult merge_parts(const std::string& location, const std::vector<FileState>& records = {});

}  // namespace quoth
