#include "quoth/index/database.h"

#include <filesystem>
#include <system_error>

#include "quoth/index/schema.h"

namespace quoth {
namespace {

std::string rebuild_hint(const std::string& path) {
  return "rebuild it: rm -rf '" + path + "' && quoth-index --db '" + path + "' FILES...";
}

}  // namespace

void check_schema_version(const Xapian::Database& db, const std::string& path) {
  const std::string found = db.get_metadata(std::string(schema::kSchemaVersionKey));
  if (found == schema::kSchemaVersion) return;
  if (found.empty() && db.get_doccount() == 0) return;  // fresh, still empty
  throw IndexError(path + ": index has schema version " + (found.empty() ? "(none)" : found) +
                   ", this quoth reads version " + std::string(schema::kSchemaVersion) + "; " +
                   rebuild_hint(path));
}

Xapian::Database open_index_for_reading(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    throw IndexError(path + ": no index here; build one with: quoth-index --db '" + path +
                     "' FILES... (or set --db / QUOTH_DB)");
  }
  try {
    Xapian::Database db(path);
    check_schema_version(db, path);
    return db;
  } catch (const Xapian::DatabaseVersionError& e) {
    throw IndexError(path + ": " + e.get_msg() + "; " + rebuild_hint(path));
  } catch (const Xapian::DatabaseCorruptError& e) {
    throw IndexError(path + ": index is corrupt (" + e.get_msg() + "); " + rebuild_hint(path));
  } catch (const Xapian::DatabaseOpeningError& e) {
    throw IndexError(path + ": not a quoth index (" + e.get_msg() + ")");
  }
}

Xapian::WritableDatabase open_index_for_writing(const std::string& path, int flags) {
  std::error_code ec;
  const auto parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  try {
    Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OPEN | flags);
    check_schema_version(db, path);
    if (db.get_metadata(std::string(schema::kSchemaVersionKey)).empty()) {
      db.set_metadata(std::string(schema::kSchemaVersionKey), std::string(schema::kSchemaVersion));
      db.commit();
    }
    return db;
  } catch (const Xapian::DatabaseLockError& e) {
    throw IndexError(path + ": index is locked by another quoth-index; wait for it to finish (" +
                     e.get_msg() + ")");
  } catch (const Xapian::DatabaseCorruptError& e) {
    throw IndexError(path + ": index is corrupt (" + e.get_msg() + "); " + rebuild_hint(path));
  } catch (const Xapian::DatabaseError& e) {
    throw IndexError(path + ": cannot open index for writing (" + e.get_msg() + ")");
  }
}

}  // namespace quoth
