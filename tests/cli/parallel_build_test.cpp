// A new index built by several writers at once (one part each, merged at the
// end: part_build.h) is the index one writer builds, and a parallel build
// killed on the way converges on a re-run. Real processes, real indexes.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <signal.h>

#include <algorithm>
#include <sstream>

#include "support/programs.h"

namespace {

// `files` text articles and a JSON Lines file of `lines` articles, whose
// last line repeats the id of its first (the later one replaces it).
void write_corpus(const TempDir& dir, int files, int lines) {
  const auto paragraphs = seed_paragraphs();
  for (int i = 0; i < files; ++i) {
    dir.write("corpus/d" + std::to_string(i / 50) + "/a" + std::to_string(i) + ".txt",
              "Dispatch number " + std::to_string(i) + "\n" + article_text(paragraphs, i));
  }
  std::string jsonl;
  for (int i = 0; i < lines; ++i) {
    const int id = i + 1 == lines ? 0 : i;
    nlohmann::json j{{"id", "wire-" + std::to_string(id)},
                     {"title", "Wire story " + std::to_string(i)},
                     {"date", "2025-12-" + std::to_string(10 + i % 18)},
                     {"source", "Wire"},
                     {"text", article_text(paragraphs, 1000 + i)}};
    jsonl += j.dump() + "\n";
  }
  dir.write("corpus/wire.jsonl", jsonl);
}

const std::vector<std::string> kQueries{"security guarantees", "Umerov Witkoff", "\"peace plan\"",
                                        "who is Umerov", "quotes about security guarantees",
                                        "what did Zelensky say", "speaker:Witkoff", "person:Merz"};

void require_same_index(const std::string& a, const std::string& b) {
  const auto sa = stats(a), sb = stats(b);
  for (const char* key : {"articles", "quotes", "entities", "bytes"}) {
    INFO(key);
    CHECK(sa[key] == sb[key]);
  }
  for (const std::string& q : kQueries) {
    INFO(q);
    const auto ra = run_process({kQuoth, "--db", a, "--json", "--limit", "50", q});
    const auto rb = run_process({kQuoth, "--db", b, "--json", "--limit", "50", q});
    CHECK(ra.exit_code == rb.exit_code);
    if (ra.exit_code != 0) continue;
    auto ja = nlohmann::json::parse(ra.out), jb = nlohmann::json::parse(rb.out);
    for (auto* j : {&ja, &jb}) j->erase("seconds");
    CHECK(ja == jb);  // same hits, scores, order, answers and entity cards
  }
}

}  // namespace

TEST_CASE("a new index written by parallel part writers equals one written by one writer", "[parallel-build]") {
  TempDir dir;
  write_corpus(dir, 120, 90);
  const std::string corpus = (dir / "corpus").string();
  const std::string one = (dir / "one").string();
  REQUIRE(run_process({kIndexer, "-q", "--jobs", "1", "--db", one, corpus}).exit_code == 0);
  CHECK(stats(one)["articles"] == 120 + 89);
  for (const char* jobs : {"2", "3"}) {
    SECTION(std::string("with ") + jobs + " parts") {
      const std::string parts = (dir / "parts").string();
      const auto r = run_process({kIndexer, "--jobs", jobs, "--db", parts, corpus});
      REQUIRE(r.exit_code == 0);
      CHECK_THAT(r.err, Catch::Contains("merged the new index's " + std::string(jobs) + " parts"));
      CHECK(std::filesystem::exists(dir / "parts" / "iamglass"));  // one plain database
      CHECK_FALSE(std::filesystem::exists(dir / "parts" / "XAPIANDB"));
      CHECK(run_process({kIndexer, "--db", parts, "--check"}).exit_code == 0);
      require_same_index(one, parts);
      const auto again = nlohmann::json::parse(run_process({kIndexer, "--json", "--db", parts, corpus}).out);
      CHECK(again["indexed"] == 0);
      CHECK(again["unchanged"] == 121);
    }
  }
}

TEST_CASE("a parallel build killed with SIGKILL is searchable meanwhile and converges on a re-run", "[parallel-build]") {
  TempDir dir;
  write_corpus(dir, 300, 300);
  const std::string corpus = (dir / "corpus").string();
  const std::string clean = (dir / "clean").string();
  REQUIRE(run_process({kIndexer, "-q", "--jobs", "1", "--db", clean, corpus}).exit_code == 0);

  const std::string db = (dir / "killed").string();
  quoth::test::kill_indexer_after_first_commit({kIndexer, "-q", "--jobs", "2", "--batch", "20", "--db", db, corpus}, db,
                                               (dir / "kill.log").string());
  CHECK(run_process({kIndexer, "--db", db, "--check"}).exit_code == 0);
  REQUIRE(run_process({kIndexer, "-q", "--db", db, corpus}).exit_code == 0);
  CHECK(std::filesystem::exists(dir / "killed" / "iamglass"));
  CHECK(run_process({kIndexer, "--db", db, "--check"}).exit_code == 0);
  const auto killed = stats(db), full = stats(clean);
  for (const char* key : {"articles", "quotes", "entities", "bytes"}) {
    INFO(key);
    CHECK(killed[key] == full[key]);
  }
  for (const std::string q : {"security guarantees", "Umerov Witkoff"}) {
    INFO(q);
    auto a = nlohmann::json::parse(run_process({kQuoth, "--db", db, "--json", "--limit", "20", q}).out);
    auto b = nlohmann::json::parse(run_process({kQuoth, "--db", clean, "--json", "--limit", "20", q}).out);
    CHECK(a["results"] == b["results"]);  // same articles, scores and order
  }
}
