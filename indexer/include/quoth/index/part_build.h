// Building a new plain index with several writers at once. While it is
// built, the index directory is a sharded index (a Xapian stub XAPIANDB and
// shard-0 .. shard-N-1, see shards.h) marked as a part build: each part is
// written by its own writer and holds, at every commit, its articles, their
// quotes and file records, so searches, --stats and --check work meanwhile.
// Its registry entries are written late (IndexWriter::Registry::kHeld: an
// entity met in batch after batch is written once, not at every commit), so
// until a part's writer finishes, its registry lacks the entities it holds
// back (and --check leaves the registry alone). merge_parts() then turns the
// build into one compacted plain database: the parts made to agree in place
// (one registry entry per entity, the last copy of an article kept), joined
// by one Xapian compaction in part order, summed metadata. The copy is made
// beside the index and swapped in as a compaction is (compaction.h); a run
// killed during the build or the merge leaves a part build (or a plain
// index), which the next run merges first, making the registry anew from the
// articles if a part's was unfinished or the merge was cut short.
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
