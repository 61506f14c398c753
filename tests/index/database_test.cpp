#include <catch2/catch.hpp>

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
