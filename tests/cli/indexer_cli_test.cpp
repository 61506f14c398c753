// quoth-index as a user runs it: incremental runs, removal, statistics,
// locking, --watch and recovery from kill -9, on real processes and indexes.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <signal.h>

#include <chrono>
#include <thread>

#include "support/programs.h"

namespace {

// A corpus of `n` distinct articles made from the seed articles' paragraphs.
void write_corpus(const TempDir& dir, const std::string& sub, int n) {
  const auto paragraphs = seed_paragraphs();
  for (int i = 0; i < n; ++i) {
    dir.write(sub + "/d" + std::to_string(i / 100) + "/a" + std::to_string(i) + ".txt",
              "Dispatch number " + std::to_string(i) + "\n" + article_text(paragraphs, i));
  }
}

}  // namespace

TEST_CASE("stats report articles, quotes, entities, bytes, schema and time as JSON", "[indexer-cli]") {
  TempDir dir;
  const std::string db = (dir / "db").string();
  REQUIRE(run_process({kIndexer, "-q", "--db", db, (quoth::test::source_dir() / "corpus").string()}).exit_code == 0);
  const auto s = stats(db);
  for (const char* key : {"articles", "quotes", "entities", "bytes", "schema", "last_indexed"}) {
    INFO(key);
    CHECK(s.contains(key));
  }
  CHECK(s["articles"] == 5);
  CHECK(s["bytes"].get<int>() > 30000);
  CHECK(run_process({kIndexer, "--db", db, "--check"}).exit_code == 0);
}

TEST_CASE("the JSON summary counts indexed, unchanged, removed and failed", "[indexer-cli]") {
  TempDir dir;
  dir.write("in/a.txt", "Umerov in Berlin\nRustem Umerov met Steve Witkoff.\n");
  dir.write("in/b.txt", "Merz hosts talks\nFriedrich Merz hosted the talks.\n");
  const std::string db = (dir / "db").string();
  const std::string in = (dir / "in").string();
  auto summary = [&](std::vector<std::string> extra) {
    std::vector<std::string> argv{kIndexer, "--db", db, "--json"};
    argv.insert(argv.end(), extra.begin(), extra.end());
    const auto r = run_process(argv);
    return nlohmann::json::parse(r.out);
  };
  CHECK(summary({in})["indexed"] == 2);
  CHECK(summary({in})["unchanged"] == 2);

  SECTION("a renamed file is re-indexed and --prune drops its old path") {
    std::filesystem::rename(dir / "in/a.txt", dir / "in/c.txt");
    const auto s = summary({"--prune", in});
    CHECK(s["indexed"] == 1);
    CHECK(s["removed"] == 1);
    CHECK(stats(db)["articles"] == 2);
  }
  SECTION("--remove takes a file's articles out") {
    const auto s = summary({"--remove", (dir / "in/b.txt").string()});
    CHECK(s["removed"] == 1);
    CHECK(run_process({kQuoth, "--db", db, "Merz"}).exit_code == 1);
  }
  SECTION("--glob and --exclude choose the files") {
    dir.write("in2/keep.txt", "Kept\nZelensky spoke.\n");
    dir.write("in2/drafts/skip.txt", "Skipped\nPeskov spoke.\n");
    dir.write("in2/other.txt", "Other\nUshakov spoke.\n");
    const auto s = summary({"--glob", "k*.txt", "--glob", "s*.txt", "--exclude", "drafts", (dir / "in2").string()});
    CHECK(s["indexed"] == 1);
    CHECK(run_process({kQuoth, "--db", db, "Zelensky"}).exit_code == 0);
    CHECK(run_process({kQuoth, "--db", db, "Peskov"}).exit_code == 1);
  }
  CHECK(run_process({kIndexer, "--db", db, "--check"}).exit_code == 0);
}

TEST_CASE("a second indexer is told which process holds the index", "[indexer-cli]") {
  TempDir dir;
  dir.write("watched/a.txt", "Umerov in Berlin\nRustem Umerov met Steve Witkoff.\n");
  const std::string db = (dir / "db").string();
  BackgroundProcess watcher({kIndexer, "--db", db, "--watch", (dir / "watched").string()},
                            (dir / "watch.log").string());
  REQUIRE(eventually([&] { return quoth::test::read_file(dir / "watch.log").find("1 indexed") != std::string::npos; }));

  const auto second = run_process({kIndexer, "--db", db, (dir / "watched").string()});
  CHECK(second.exit_code == 2);
  CHECK_THAT(second.err, Catch::Contains("locked by process " + std::to_string(watcher.pid())));

  SECTION("and --watch indexes a file that lands in the directory") {
    dir.write("watched/new.txt", "Peskov reacts\nKremlin spokesman Dmitry Peskov said nothing new.\n");
    CHECK(eventually([&] { return run_process({kQuoth, "--db", db, "Peskov"}).exit_code == 0; }));
    std::filesystem::remove(dir / "watched/new.txt");
    CHECK(eventually([&] { return run_process({kQuoth, "--db", db, "Peskov"}).exit_code == 1; }));
  }
  watcher.signal(SIGTERM);
  CHECK(watcher.wait() == 0);
  CHECK(run_process({kIndexer, "--db", db, "--check"}).exit_code == 0);
}

TEST_CASE("an indexer killed with SIGKILL leaves a valid index that a re-run completes", "[indexer-cli]") {
  TempDir dir;
  write_corpus(dir, "corpus", 600);
  const std::string corpus = (dir / "corpus").string();
  const std::string clean_db = (dir / "clean").string();
  REQUIRE(run_process({kIndexer, "-q", "--db", clean_db, corpus}).exit_code == 0);

  const std::string db = (dir / "killed").string();
  quoth::test::kill_indexer_after_first_commit({kIndexer, "-q", "--batch", "40", "--db", db, corpus}, db,
                                               (dir / "kill.log").string());
  CHECK(run_process({kIndexer, "--db", db, "--check"}).exit_code == 0);
  REQUIRE(run_process({kIndexer, "-q", "--db", db, corpus}).exit_code == 0);
  auto killed = stats(db), clean = stats(clean_db);
  for (const char* key : {"articles", "quotes", "entities", "bytes"}) {
    INFO(key);
    CHECK(killed[key] == clean[key]);
  }
  const auto a = nlohmann::json::parse(run_process({kQuoth, "--db", db, "--json", "--limit", "20", "security guarantees"}).out);
  const auto b = nlohmann::json::parse(run_process({kQuoth, "--db", clean_db, "--json", "--limit", "20", "security guarantees"}).out);
  CHECK(a["results"] == b["results"]);  // same articles, scores and order
  if (a["total_exact"] == true && b["total_exact"] == true) CHECK(a["total"] == b["total"]);
}

TEST_CASE("a full disk stops the run with a clear error and keeps the last commit", "[indexer-cli]") {
  // A file size limit (ulimit -f, SIGXFSZ ignored) makes the index's writes
  // fail as a full disk does, without privileges.
  TempDir dir;
  write_corpus(dir, "first", 20);
  write_corpus(dir, "more", 800);
  const std::string db = (dir / "db").string();
  REQUIRE(run_process({kIndexer, "-q", "--db", db, (dir / "first").string()}).exit_code == 0);
  const auto before = stats(db);
  const auto full = run_process({"/bin/bash", "-c", "ulimit -f 700; trap '' XFSZ; exec \"$0\" \"$@\"", kIndexer, "-q",
                                 "--batch", "100000", "--db", db, (dir / "more").string()});
  CHECK(full.exit_code == 2);
  CHECK_THAT(full.err, Catch::Contains(db) && Catch::Contains("the disk is full") &&
                           Catch::Contains("keeps its last commit"));
  CHECK(run_process({kIndexer, "--db", db, "--check"}).exit_code == 0);
  const auto after = stats(db);
  for (const char* key : {"articles", "quotes", "entities", "bytes"}) {
    INFO(key);
    CHECK(after[key] == before[key]);
  }
  // With room again, the run completes.
  CHECK(run_process({kIndexer, "-q", "--db", db, (dir / "more").string()}).exit_code == 0);
  CHECK(stats(db)["articles"].get<int>() == 820);
}

TEST_CASE("JSON Lines from stdin are indexed line by line, bad lines named", "[indexer-cli]") {
  TempDir dir;
  const std::string db = (dir / "db").string();
  const std::string input =
      R"({"id": "a1", "title": "Peskov on talks", "source": "Wire", "date": "2025-12-16", "text": "Kremlin spokesman Dmitry Peskov said Moscow had not seen the text."})"
      "\n{\"title\": broken\n"
      R"({"id": "a2", "title": "Merz hosts", "text": "Friedrich Merz hosted the talks in Berlin."})"
      "\n";
  const auto r = run_process({kIndexer, "--db", db, "-"}, {}, input);
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.err, Catch::Contains("stdin:2: not valid JSON"));
  CHECK(stats(db)["articles"] == 2);
  const auto hit = nlohmann::json::parse(run_process({kQuoth, "--db", db, "--json", "Peskov"}).out);
  CHECK(hit["results"][0]["id"] == "stdin#a1");
  CHECK(hit["results"][0]["source"] == "Wire");
  CHECK(hit["results"][0]["date"] == "2025-12-16");
  // The same feed again replaces rather than duplicates.
  (void)run_process({kIndexer, "--db", db, "-"}, {}, input);
  CHECK(stats(db)["articles"] == 2);
}

TEST_CASE("a JSON Lines file indexes its good lines and names its bad ones", "[indexer-cli]") {
  TempDir dir;
  dir.write("feed.jsonl",
            "{\"id\": \"x\", \"title\": \"One\", \"text\": \"Umerov met Witkoff.\"}\n"
            "not json at all\n"
            "\n"
            "{\"title\": \"Two\", \"body\": \"Zelensky spoke in Berlin.\"}\n");
  dir.write("note.md", "# Notes\n\n*Kushner* was in **Berlin**.\n");
  const std::string db = (dir / "db").string();
  const auto r = run_process({kIndexer, "--db", db, dir.path().string()});
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.err, Catch::Contains("feed.jsonl:2: not valid JSON"));
  CHECK(stats(db)["articles"] == 3);
  CHECK(run_process({kQuoth, "--db", db, "title:notes"}).exit_code == 0);
  const auto two = nlohmann::json::parse(run_process({kQuoth, "--db", db, "--json", "Zelensky"}).out);
  CHECK_THAT(two["results"][0]["id"].get<std::string>(), Catch::EndsWith("feed.jsonl#line-4"));
}
