// Builds a real index of the bundled seed articles in a temporary directory.
#pragma once

#include <xapian.h>

#include <filesystem>
#include <string>

#include "quoth/index/article_files.h"
#include "quoth/index/database.h"
#include "quoth/index/indexer.h"
#include "support/temp_dir.h"

namespace quoth::test {

inline std::filesystem::path seeds_dir() { return source_dir() / "corpus" / "seeds"; }

inline std::string build_seed_index(const TempDir& dir) {
  const std::string db_path = (dir / "index").string();
  std::vector<FileError> errors;
  const auto files = collect_article_files({seeds_dir().string()}, errors);
  auto db = open_index_for_writing(db_path);
  const auto summary = index_files(db, files, {}, {});
  if (summary.indexed != 5 || !errors.empty()) throw std::runtime_error("seed indexing failed");
  return db_path;
}

}  // namespace quoth::test
