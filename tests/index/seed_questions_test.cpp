// The questions quoth exists to answer, asked of the bundled seed articles
// through the whole pipeline (analysis, indexing, search). Floors, not exact
// output: the right speaker first, the right statement, the right article.
#include <catch2/catch.hpp>

#include <algorithm>

#include "index/seed_index.h"
#include "quoth/search/searcher.h"

using namespace quoth;

namespace {

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("the five example questions answer correctly on the seeds", "[seeds][questions]") {
  test::TempDir dir;
  Searcher searcher(open_index_for_reading(test::build_seed_index(dir)));

  SECTION("who said 90% agreed: the sources and officials who spoke of 90%") {
    const auto r = searcher.search("who said 90% agreed", 5);
    REQUIRE(r.answers.size() >= 2);
    std::vector<std::string> top{r.answers[0].speaker, r.answers[1].speaker};
    CHECK(std::any_of(top.begin(), top.end(), [](const std::string& s) { return contains(s, "sources"); }));
    CHECK(std::any_of(top.begin(), top.end(), [](const std::string& s) { return contains(s, "officials"); }));
    for (int i = 0; i < 2; ++i) {
      INFO(r.answers[i].quote);
      CHECK(contains(plain_text(r.answers[i].quote), "90%"));
    }
    CHECK(contains(r.answers[0].article.path, "001_8deb26d47018f3c8.txt"));
  }
  SECTION("what did Ushakov say about NATO: Ushakov, on NATO membership") {
    const auto r = searcher.search("what did Ushakov say about NATO", 5);
    REQUIRE_FALSE(r.answers.empty());
    CHECK(contains(r.answers[0].speaker, "Ushakov"));
    CHECK(contains(plain_text(r.answers[0].quote), "NATO"));
    CHECK(contains(r.answers[0].article.path, "000_1b7f9f03b17e755c.txt"));
  }
  SECTION("who is Umerov: Rustem Umerov with his roles") {
    const auto r = searcher.search("who is Umerov", 5);
    REQUIRE(r.entity);
    CHECK(r.entity->record.canonical() == "Rustem Umerov");
    CHECK(r.entity->record.type == EntityType::Person);
    CHECK(r.entity->record.articles >= 2);
    CHECK(std::any_of(r.entity->record.roles.begin(), r.entity->record.roles.end(),
                      [](const RoleSource& role) { return contains(role.role, "National Security and Defen"); }));
  }
  SECTION("quotes about security guarantees: statements on security guarantees") {
    const auto r = searcher.search("quotes about security guarantees", 5);
    REQUIRE(r.answers.size() >= 2);
    for (const Answer& a : r.answers) {
      INFO(a.quote);
      CHECK(contains(plain_text(a.quote), "guarantee"));
    }
  }
  SECTION("Witkoff Kushner Berlin: the articles naming all three first") {
    const auto r = searcher.search("Witkoff Kushner Berlin", 5);
    REQUIRE(r.hits.size() >= 2);
    for (int i = 0; i < 2; ++i) {
      const auto text = test::read_file(r.hits[i].path);
      CHECK((contains(text, "Witkoff") && contains(text, "Kushner") && contains(text, "Berlin")));
    }
  }
}

TEST_CASE("a search's total counts articles, never more than the index holds", "[seeds][search]") {
  test::TempDir dir;
  Searcher searcher(open_index_for_reading(test::build_seed_index(dir)));
  // Statements and entity records share the database: an estimate made over
  // every document once said "about 30" of five articles.
  for (const char* query : {"Witkoff Kushner Berlin", "Ukraine", "peace talks Berlin"}) {
    INFO(query);
    const auto r = searcher.search(query, 1);
    REQUIRE(r.hits.size() == 1);
    CHECK(r.total <= 5);
    CHECK(r.total >= 1);
  }
}

TEST_CASE("the seed articles' people are found and resolved to one entity each", "[seeds][entities]") {
  test::TempDir dir;
  const Xapian::Database db = open_index_for_reading(test::build_seed_index(dir));
  TermAnalyzer analyzer;
  EntityLookup lookup(db, analyzer);
  struct Person {
    const char* query;
    const char* canonical;
  };
  // Written by reading the seeds: each named person and the name they go by.
  const auto p = GENERATE(values<Person>({
      {"Witkoff", "Steve Witkoff"},
      {"Kushner", "Jared Kushner"},
      {"Umerov", "Rustem Umerov"},
      {"Merz", "Friedrich Merz"},
      {"Putin", "Vladimir Putin"},
      {"Peskov", "Dmitry Peskov"},
      {"Ushakov", "Yuriy Ushakov"},
      {"Trump", "Donald Trump"},
      {"Zelensky", "Volodymyr Zelensky"},
  }));
  INFO(p.query);
  const auto found = lookup.find(p.query, EntityType::Person, 1);
  REQUIRE_FALSE(found.empty());
  CHECK(found.front().canonical().find(p.canonical) != std::string::npos);
}
