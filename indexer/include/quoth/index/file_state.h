// What the index remembers of each source file, so that re-running the
// indexer skips unchanged files (same size and mtime, or same content hash),
// replaces changed ones and can prune those that are gone. Stored in the
// database metadata (schema::meta::kFileStatePrefix), committed atomically
// with the file's articles.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace quoth {

struct FileState {
  std::string path;  // absolute
  std::uint64_t size = 0;
  std::int64_t mtime_ns = 0;
  std::string hash;                   // content hash (hex)
  std::vector<std::string> articles;  // identities of the articles it yielded

  [[nodiscard]] bool same_stat(const FileState& other) const {
    return size == other.size && mtime_ns == other.mtime_ns;
  }
};

// 64-bit content hash of a file's bytes, as hex.
[[nodiscard]] std::string content_hash(std::string_view bytes);

// The same hash fed piece by piece, for a file read in chunks.
class ContentHasher {
 public:
  void update(std::string_view bytes);
  [[nodiscard]] std::string hex() const;

 private:
  std::uint64_t a_ = 0xcbf29ce484222325ULL, b_ = 0x84222325cbf29ce4ULL;
};

// size and mtime of a file; nullopt if it cannot be stat'ed.
[[nodiscard]] std::optional<FileState> stat_file(const std::string& absolute_path);

[[nodiscard]] std::string file_state_key(std::string_view absolute_path);
[[nodiscard]] std::optional<FileState> read_file_state(const Xapian::Database& db,
                                                       std::string_view absolute_path);
void write_file_state(Xapian::WritableDatabase& db, const FileState& state);
void erase_file_state(Xapian::WritableDatabase& db, std::string_view absolute_path);
[[nodiscard]] std::vector<FileState> all_file_states(const Xapian::Database& db);

}  // namespace quoth
