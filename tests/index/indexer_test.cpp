// The indexer on real Xapian databases: registry consistency, incremental
// runs, idempotence.
#include <catch2/catch.hpp>

#include <fstream>

#include "quoth/index/database.h"
#include "quoth/index/document_builder.h"
#include "quoth/index/entity_record.h"
#include "quoth/index/entity_registry.h"
#include "quoth/index/index_stats.h"
#include "quoth/index/index_writer.h"
#include "quoth/index/schema.h"
#include "quoth/index/indexer.h"
#include "quoth/index/part_build.h"
#include "quoth/index/shards.h"
#include "quoth/search/searcher.h"
#include "support/temp_dir.h"

using namespace quoth;

namespace {

const std::string kPeskovText =
    "Kremlin reacts to Berlin talks\n"
    "Kremlin spokesman Dmitry Peskov said Moscow had not seen the plan. "
    "\u201CWe have not received anything,\u201D Peskov told reporters.\n";

LoadedArticle loaded(const std::string& identity, const std::string& text) {
  LoadedArticle a;
  a.identity = identity;
  a.path = identity;
  a.article.title = text.substr(0, text.find('\n'));
  a.article.text = text;
  return a;
}

// The analysis the entity and quote analyzers give for kPeskovText.
ArticleAnalysis peskov_analysis(const std::string& written_name = "Dmitry Peskov") {
  ArticleAnalysis a;
  a.mentions.push_back({{31, 44}, EntityType::Person, written_name, "person:dmitry-peskov", "Dmitry Peskov"});
  a.mentions.push_back({{0, 7}, EntityType::Org, "Kremlin", "org:kremlin", "Kremlin"});
  a.mentions.push_back({{45, 51}, EntityType::Place, "Moscow", "place:moscow", "Moscow"});
  a.entities.push_back({"person:dmitry-peskov", "Dmitry Peskov", EntityType::Person, {}, {{"Kremlin spokesman", {0, 17}}}, 2});
  a.entities.push_back({"org:kremlin", "Kremlin", EntityType::Org, {}, {}, 1});
  a.entities.push_back({"place:moscow", "Moscow", EntityType::Place, {}, {}, 1});
  Quote q;
  q.content = {100, 128};
  q.text = "We have not received anything";
  q.kind = QuoteKind::Direct;
  q.cue_text = "told reporters";
  q.speaker = Speaker{{131, 137}, "Peskov", "Dmitry Peskov", "person:dmitry-peskov", false};
  a.quotes.push_back(q);
  return a;
}

EntityRecord entity(const Xapian::Database& db, const std::string& id) {
  const std::string term = entity_id_term(id);
  auto p = db.postlist_begin(term);
  if (p == db.postlist_end(term)) return {};
  return entity_record_from_json(nlohmann::json::parse(db.get_document(*p).get_data()));
}

std::vector<std::string> result_ids(Searcher& searcher, const std::string& query) {
  std::vector<std::string> ids;
  for (const auto& hit : searcher.search(query, 100).hits) ids.push_back(hit.id + " " + std::to_string(hit.score));
  return ids;
}

}  // namespace

TEST_CASE("an article's entities and quotes enter the registry and leave with it", "[indexer]") {
  test::TempDir dir;
  const std::string path = (dir / "db").string();
  auto db = open_index_for_writing(path);
  TermAnalyzer analyzer;
  DocumentBuilder builder(analyzer);
  IndexWriter writer(db, 100);

  auto prepared = builder.build(loaded("/news/peskov.txt", kPeskovText), peskov_analysis());
  writer.write_article(prepared);
  writer.commit();
  auto stats = read_stats(db);
  CHECK(stats.articles == 1);
  CHECK(stats.quotes == 1);
  CHECK(stats.entities == 3);
  const EntityRecord peskov = entity(db, "person:dmitry-peskov");
  CHECK(peskov.canonical() == "Dmitry Peskov");
  CHECK(peskov.quotes == 1);
  REQUIRE(peskov.roles.size() == 1);
  CHECK(peskov.roles[0].role == "Kremlin spokesman");
  CHECK(check_index(path).empty());

  SECTION("replacing the article replaces its contribution") {
    ArticleAnalysis fewer = peskov_analysis();
    fewer.quotes.clear();
    fewer.entities.pop_back();
    fewer.mentions.pop_back();
    auto again = builder.build(loaded("/news/peskov.txt", kPeskovText), fewer);
    writer.write_article(again);
    writer.commit();
    stats = read_stats(db);
    CHECK(stats.articles == 1);
    CHECK(stats.quotes == 0);
    CHECK(stats.entities == 2);
    CHECK(entity(db, "person:dmitry-peskov").quotes == 0);
    CHECK(check_index(path).empty());
  }
  SECTION("removing the article removes its quotes and entities") {
    CHECK(writer.remove_article("/news/peskov.txt"));
    writer.commit();
    stats = read_stats(db);
    CHECK(stats.articles == 0);
    CHECK(stats.quotes == 0);
    CHECK(stats.entities == 0);
    CHECK(stats.bytes == 0);
    CHECK(check_index(path).empty());
  }
}

TEST_CASE("two articles naming one person merge the spellings they use", "[indexer]") {
  test::TempDir dir;
  const std::string path = (dir / "db").string();
  auto db = open_index_for_writing(path);
  TermAnalyzer analyzer;
  DocumentBuilder builder(analyzer);
  IndexWriter writer(db, 100);
  auto a = builder.build(loaded("/news/a.txt", kPeskovText), peskov_analysis("Dmitry Peskov"));
  auto b = builder.build(loaded("/news/b.txt", kPeskovText), peskov_analysis("Dmitriy Peskov"));
  writer.write_article(a);
  writer.write_article(b);
  writer.commit();
  const EntityRecord peskov = entity(db, "person:dmitry-peskov");
  CHECK(peskov.articles == 2);
  CHECK(peskov.names.count("Dmitry Peskov") == 1);
  CHECK(peskov.names.count("Dmitriy Peskov") == 1);
  CHECK(peskov.roles.size() == 2);  // one per article stating it
  CHECK(check_index(path).empty());
}

TEST_CASE("parts hold their registry back until they finish, and a merge cut short makes it anew", "[indexer]") {
  test::TempDir dir;
  const std::string path = (dir / "db").string();
  TermAnalyzer analyzer;
  DocumentBuilder builder(analyzer);
  {
    std::vector<Xapian::WritableDatabase> parts = start_part_build(path, 2);
    IndexWriter first(parts[0], 100, IndexWriter::Registry::kHeld);
    IndexWriter second(parts[1], 100, IndexWriter::Registry::kHeld);
    auto a = builder.build(loaded("/news/a.txt", kPeskovText), peskov_analysis("Dmitry Peskov"));
    auto b = builder.build(loaded("/news/b.txt", kPeskovText), peskov_analysis("Dmitriy Peskov"));
    first.write_article(a);
    first.commit();
    CHECK(read_stats(parts[0]).articles == 1);
    CHECK(read_stats(parts[0]).entities == 0);  // held back
    CHECK(check_index(path).empty());           // which --check allows while parts are written
    second.write_article(b);
    first.finish();
    second.finish();
    CHECK(read_stats(parts[0]).entities == 3);
  }
  SECTION("merged") {}
  SECTION("merged after a merge that changed one part and was killed") {
    // As if a merge had committed part 0 without its entries, then died.
    auto part = open_index_for_writing(resolve_shards(path).at(0).path);
    part.delete_document(schema::kind_term(schema::doc_kind::kEntity));
    part.commit();
    std::ofstream(std::filesystem::path(path) / "quoth.merging") << "merging\n";
  }
  merge_parts(path);
  REQUIRE(is_plain_index(path));
  const Xapian::Database db = open_index_for_reading(path);
  const EntityRecord peskov = entity(db, "person:dmitry-peskov");
  CHECK(peskov.articles == 2);
  CHECK(peskov.names.size() == 2);
  CHECK(peskov.roles.size() == 2);
  CHECK(read_stats(db).entities == 3);
  CHECK(check_index(path).empty());
}

TEST_CASE("re-indexing skips unchanged files and replaces changed ones", "[indexer]") {
  test::TempDir dir;
  const auto a = dir.write("in/a.txt", "Umerov in Berlin\nRustem Umerov met Steve Witkoff in Berlin.\n");
  const auto b = dir.write("in/b.txt", "Merz hosts talks\nGerman Chancellor Friedrich Merz hosted the talks.\n");
  const std::string path = (dir / "db").string();
  auto db = open_index_for_writing(path);
  const IndexOptions options{2, 100};
  auto run = [&] {
    std::vector<FileError> errors;
    return index_files(db, collect_article_files({(dir / "in").string()}, errors), options, {});
  };
  auto first = run();
  CHECK(first.indexed == 2);
  auto second = run();
  CHECK(second.indexed == 0);
  CHECK(second.unchanged == 2);

  dir.write("in/a.txt", "Umerov in Berlin\nRustem Umerov met Jared Kushner in Berlin.\n");
  auto third = run();
  CHECK(third.indexed == 1);
  CHECK(third.unchanged == 1);
  Searcher searcher(open_index_for_reading(path));
  CHECK(searcher.search("Kushner", 10).hits.size() == 1);
  CHECK(searcher.search("Witkoff", 10).hits.empty());
  CHECK(db.get_termfreq(schema::kind_term(schema::doc_kind::kArticle)) == 2);
  CHECK(check_index(path).empty());
}

TEST_CASE("two runs over the same files give identical stats and results", "[indexer]") {
  test::TempDir dir;
  const std::string seeds = (test::source_dir() / "corpus" / "seeds").string();
  const std::string path = (dir / "db").string();
  auto db = open_index_for_writing(path);
  std::vector<FileError> errors;
  const auto files = collect_article_files({seeds}, errors);
  (void)index_files(db, files, {}, {});
  const std::string before = stats_json(read_stats(db));
  Searcher first(open_index_for_reading(path));
  const auto results_before = result_ids(first, "security guarantees Ukraine");
  const auto summary = index_files(db, files, {}, {});
  CHECK(summary.indexed == 0);
  CHECK(stats_json(read_stats(db)) == before);
  Searcher second(open_index_for_reading(path));
  CHECK(result_ids(second, "security guarantees Ukraine") == results_before);
}
