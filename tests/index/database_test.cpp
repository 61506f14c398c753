#include <catch2/catch.hpp>

#include <filesystem>

#include "quoth/index/compaction.h"
#include "quoth/index/database.h"
#include "quoth/index/schema.h"
#include "support/temp_dir.h"

using namespace quoth;

TEST_CASE("a new index is stamped with the schema version", "[database]") {
  test::TempDir dir;
  const std::string path = (dir / "db").string();
  { auto db = open_index_for_writing(path); }
  const auto db = open_index_for_reading(path);
  CHECK(db.get_metadata(std::string(schema::kSchemaVersionKey)) == schema::kSchemaVersion);
}

TEST_CASE("an index of another schema version is refused with a rebuild hint", "[database]") {
  test::TempDir dir;
  const std::string path = (dir / "db").string();
  {
    Xapian::WritableDatabase db(path, Xapian::DB_CREATE);
    db.add_document(Xapian::Document());
    db.set_metadata(std::string(schema::kSchemaVersionKey), "0");
    db.commit();
  }
  try {
    (void)open_index_for_reading(path);
    FAIL("expected IndexError");
  } catch (const IndexError& e) {
    const std::string msg = e.what();
    CHECK_THAT(msg, Catch::Contains("schema version 0"));
    CHECK_THAT(msg, Catch::Contains("quoth-index --db"));
  }
  CHECK_THROWS_AS(open_index_for_writing(path), IndexError);
}

TEST_CASE("a missing index says how to build one", "[database]") {
  test::TempDir dir;
  CHECK_THROWS_WITH(open_index_for_reading((dir / "nothing").string()),
                    Catch::Contains("no index here") && Catch::Contains("quoth-index"));
}

TEST_CASE("a second writer gets a clear lock error", "[database]") {
  test::TempDir dir;
  const std::string path = (dir / "db").string();
  auto first = open_index_for_writing(path);
  CHECK_THROWS_WITH(open_index_for_writing(path), Catch::Contains("locked"));
}

namespace {

// A small index of `n` documents at `path`, each with a term and some data.
void fill(const std::string& path, int n) {
  auto db = open_index_for_writing(path);
  for (int i = 0; i < n; ++i) {
    Xapian::Document doc;
    doc.add_term("word" + std::to_string(i % 7));
    doc.set_data(std::string(200, 'x'));
    db.add_document(doc);
    if (i % 50 == 49) db.commit();
  }
  db.commit();
}

}  // namespace

TEST_CASE("compacting an index keeps every document and metadata, and shrinks it", "[database][compaction]") {
  test::TempDir dir;
  const std::string path = (dir / "db").string();
  fill(path, 500);
  const CompactionResult r = compact_index(path);
  CHECK(r.bytes_after < r.bytes_before);
  const auto db = open_index_for_reading(path);
  CHECK(db.get_doccount() == 500);
  CHECK(db.get_termfreq("word3") == 71);
  CHECK(db.get_metadata(std::string(schema::kSchemaVersionKey)) == schema::kSchemaVersion);
  CHECK_FALSE(std::filesystem::exists(path + ".compacting"));
  CHECK_FALSE(std::filesystem::exists(path + ".precompact"));
}

TEST_CASE("a compaction killed between its renames is undone, one killed after them finished", "[database][compaction]") {
  test::TempDir dir;
  const std::string path = (dir / "db").string();
  fill(path, 20);
  // Killed after moving the index aside, before the copy took its place.
  std::filesystem::rename(path, path + ".precompact");
  std::filesystem::create_directory(path + ".compacting");
  recover_compaction(path);
  CHECK(open_index_for_reading(path).get_doccount() == 20);
  CHECK_FALSE(std::filesystem::exists(path + ".precompact"));
  CHECK_FALSE(std::filesystem::exists(path + ".compacting"));
  // Killed after both renames, before the old copy was removed.
  fill(path + ".precompact", 3);
  recover_compaction(path);
  CHECK(open_index_for_reading(path).get_doccount() == 20);
  CHECK_FALSE(std::filesystem::exists(path + ".precompact"));
}
