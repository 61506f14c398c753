// Opening quoth indexes, with the schema check both programs need.
//
// Faults the caller cannot fix locally (no index, wrong schema version, a
// locked or corrupt database) throw IndexError with a message meant for the
// user, already saying what to do.
#pragma once

#include <xapian.h>

#include <stdexcept>
#include <string>

namespace quoth {

class IndexError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Opens an existing index read-only.
[[nodiscard]] Xapian::Database open_index_for_reading(const std::string& path);

// Opens an index for writing, creating it (and its parent directories) if
// needed. A new index is stamped with the current schema version. `flags`
// adds Xapian::DB_* flags (DB_NO_SYNC).
[[nodiscard]] Xapian::WritableDatabase open_index_for_writing(const std::string& path, int flags = 0);

// Throws IndexError unless db carries the current schema version.
void check_schema_version(const Xapian::Database& db, const std::string& path);

}  // namespace quoth
