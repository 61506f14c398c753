// Where an index lives, and opening it whole or in shards. A location is
//   - a database directory (a plain quoth index),
//   - a sharded directory: a Xapian stub file DIR/XAPIANDB listing the shard
//     databases (made by `quoth-index --shards N`),
//   - a stub file of its own: lines `auto PATH`, `glass PATH` or
//     `remote HOST:PORT` (`remote :PORT` for localhost), # comments,
//   - tcp://HOST:PORT[,HOST:PORT...] (shards served by `quoth serve`).
// Articles are routed to shard article_hash(identity) % N, so re-indexing an
// article always lands in the same shard. Each shard is a complete quoth
// index of its articles (quotes, file records and the registry entries of
// its articles); the searcher merges registry entries across shards.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

namespace quoth {

struct ShardSpec {
  std::string path;  // local database, or empty for a remote one
  std::string host;
  unsigned port = 0;
  [[nodiscard]] bool remote() const { return path.empty(); }
  [[nodiscard]] std::string describe() const;  // "PATH" or "HOST:PORT"
};

// The shards of a location (one for a plain database). Throws IndexError
// for an unreadable stub or a malformed tcp:// list.
[[nodiscard]] std::vector<ShardSpec> resolve_shards(const std::string& location);

struct ShardOpenOptions {
  bool allow_partial = false;   // skip unreachable shards instead of failing
  unsigned timeout_ms = 10000;  // remote shards: connect and per-operation
};

struct OpenedIndex {
  Xapian::Database db;                // every reachable shard, combined
  std::vector<std::string> missing;   // "SHARD: reason" for each one skipped
};

// Opens every shard of a location for searching; index-wide statistics come
// from all of them. A shard that cannot be opened throws IndexError naming
// it, unless allow_partial (then it is listed in `missing`; if none at all
// can be opened, IndexError all the same).
[[nodiscard]] OpenedIndex open_shards_for_reading(const std::string& location, const ShardOpenOptions& options);

// Opens (creating if needed) a local index for writing as its shards: a
// plain database when `shards` is 0 or 1 and there is no stub, else a
// sharded directory of `shards` databases (0: as many as it already has).
// Throws IndexError if `shards` disagrees with an existing index. `flags`
// as for open_index_for_writing.
[[nodiscard]] std::vector<Xapian::WritableDatabase> open_shards_for_writing(const std::string& location,
                                                                          unsigned shards, int flags = 0);

[[nodiscard]] std::size_t shard_of(std::string_view key, std::size_t shard_count);

// Whether the directory `location` holds a plain (single-database) index, or
// the stub file of a sharded one.
[[nodiscard]] bool is_plain_index(const std::string& location);
[[nodiscard]] bool is_sharded_index(const std::string& location);

}  // namespace quoth
