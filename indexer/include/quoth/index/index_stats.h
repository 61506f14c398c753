// Index-wide figures (--stats) and the consistency check (--check): Xapian's
// own structural check plus quoth's invariants between articles, quotes,
// the entity registry and the file states.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

namespace quoth {

struct IndexStats {
  Xapian::doccount articles = 0;
  Xapian::doccount quotes = 0;
  Xapian::doccount entities = 0;
  std::uint64_t bytes = 0;  // stored article text
  std::string schema;
  std::string last_indexed;
};

// Figures of one database (one shard)...
[[nodiscard]] IndexStats read_stats(const Xapian::Database& db);
// ... or of a whole index at a location (all its shards; see shards.h).
[[nodiscard]] IndexStats read_stats(const std::string& location);

// {"articles", "quotes", "entities", "bytes", "schema", "last_indexed"}
[[nodiscard]] std::string stats_json(const IndexStats& stats);

// Each problem found in the index at a local location (every shard), as a
// sentence. Empty means consistent.
[[nodiscard]] std::vector<std::string> check_index(const std::string& location);

}  // namespace quoth
