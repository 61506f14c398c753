#include "quoth/index/compaction.h"

#include <xapian.h>

#include <filesystem>
#include <system_error>

#include "quoth/index/database.h"
#include "quoth/index/part_build.h"
#include "quoth/index/shards.h"

namespace fs = std::filesystem;

namespace quoth {
namespace {

std::string precompact_path(const std::string& path) { return path + ".precompact"; }

}  // namespace

std::string compacting_path(const std::string& path) { return path + ".compacting"; }
std::string merging_path(const std::string& path) { return path + ".merging"; }

void put_compacted_copy_in_place(const std::string& path) {
  std::error_code ec;
  // The lock file stays with the old copy: the compacted one gets its own.
  const std::string old = precompact_path(path);
  fs::rename(path, old, ec);
  if (!ec) fs::rename(compacting_path(path), path, ec);
  if (ec) {
    const std::string reason = ec.message();
    recover_compaction(path);
    throw IndexError(path + ": cannot put the compacted index in place: " + reason);
  }
  fs::remove_all(old, ec);
}

void recover_compaction(const std::string& path) {
  std::error_code ec;
  if (!fs::exists(path, ec) && fs::exists(precompact_path(path), ec)) {
    fs::rename(precompact_path(path), path, ec);  // killed between the renames: the old index stands
  }
  if (is_plain_index(path) || is_part_build(path)) {  // then what is beside it is left over
    fs::remove_all(precompact_path(path), ec);
    fs::remove_all(compacting_path(path), ec);
    fs::remove_all(merging_path(path), ec);
  }
  if (ec) throw IndexError(path + ": cannot tidy up after an interrupted compaction: " + ec.message());
}

CompactionResult compact_index(const std::string& path) {
  CompactionResult result;
  result.bytes_before = index_bytes(path);
  const std::string copy = compacting_path(path);
  std::error_code ec;
  fs::remove_all(copy, ec);
  try {
    Xapian::Database(path).compact(copy);
  } catch (const Xapian::Error& e) {
    fs::remove_all(copy, ec);
    throw IndexError(path + ": cannot compact the index: " + e.get_description());
  }
  put_compacted_copy_in_place(path);
  result.bytes_after = index_bytes(path);
  return result;
}

std::uintmax_t index_bytes(const std::string& dir) {
  std::uintmax_t total = 0;
  std::error_code ec;
  for (const auto& entry : fs::recursive_directory_iterator(dir, ec)) {
    if (entry.is_regular_file(ec)) total += entry.file_size(ec);
  }
  return total;
}

}  // namespace quoth
