// Drives the real quoth-index and quoth executables on real temporary indexes.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/programs.h"

namespace {

std::string seeds() { return (quoth::test::source_dir() / "corpus" / "seeds").string(); }

std::string index_seeds(const TempDir& dir) {
  const std::string db = (dir / "index").string();
  const auto r = run_process({kIndexer, "--db", db, seeds()});
  REQUIRE(r.exit_code == 0);
  return db;
}

}  // namespace

TEST_CASE("quoth-index reports a one-line summary on stderr", "[cli]") {
  TempDir dir;
  const auto r = run_process({kIndexer, "--db", (dir / "index").string(), seeds()});
  CHECK(r.exit_code == 0);
  CHECK(r.out.empty());
  CHECK_THAT(r.err, Catch::Contains("5 indexed, 0 unchanged, 0 removed, 0 failed"));
}

TEST_CASE("quoth ranks the Zaporizhzhia article first, in text and JSON", "[cli]") {
  TempDir dir;
  const std::string db = index_seeds(dir);
  const auto text = run_process({kQuoth, "--db", db, "Zaporizhzhia nuclear power plant"});
  CHECK(text.exit_code == 0);
  CHECK_THAT(text.out, Catch::StartsWith("1. "));
  CHECK(text.out.find("\x1b[") == std::string::npos);  // not a terminal: no colour

  const auto json = run_process({kQuoth, "--db", db, "--json", "Zaporizhzhia", "nuclear", "power", "plant"});
  REQUIRE(json.exit_code == 0);
  const auto j = nlohmann::json::parse(json.out);
  CHECK(j["query"] == "Zaporizhzhia nuclear power plant");
  CHECK(j["total"].get<int>() >= 1);
  CHECK(j["total_exact"] == true);  // five articles: Xapian sees them all
  REQUIRE(j["results"].is_array());
  const auto& first = j["results"][0];
  for (const char* key : {"id", "path", "title", "score", "snippet"}) {
    INFO(key);
    CHECK(first.contains(key));
  }
  CHECK_THAT(first["path"].get<std::string>(), Catch::Contains("001_8deb26d47018f3c8.txt"));
  CHECK(first["score"].is_number());
  CHECK(first["snippet"].get<std::string>().find('\x02') == std::string::npos);
}

TEST_CASE("colour is used only when asked and never with NO_COLOR", "[cli]") {
  TempDir dir;
  const std::string db = index_seeds(dir);
  const auto always = run_process({kQuoth, "--db", db, "--color=always", "Umerov"});
  CHECK(always.out.find("\x1b[") != std::string::npos);
  const auto no_colour = run_process({kQuoth, "--db", db, "Umerov"}, {"NO_COLOR=1"});
  CHECK(no_colour.out.find("\x1b[") == std::string::npos);
}

TEST_CASE("exit status is 0 found, 1 nothing found, 2 error", "[cli]") {
  TempDir dir;
  const std::string db = index_seeds(dir);
  CHECK(run_process({kQuoth, "--db", db, "Umerov"}).exit_code == 0);
  const auto none = run_process({kQuoth, "--db", db, "zzqxjv"});
  CHECK(none.exit_code == 1);
  CHECK(none.out.empty());

  const auto bad = run_process({kQuoth, "--db", db, "Berlin AND"});
  CHECK(bad.exit_code == 2);
  CHECK_THAT(bad.err, Catch::Contains("bad query") && Catch::Contains("^"));

  const auto missing = run_process({kQuoth, "--db", (dir / "nope").string(), "Berlin"});
  CHECK(missing.exit_code == 2);
  CHECK_THAT(missing.err, Catch::Contains("quoth-index"));
}

TEST_CASE("the index location defaults to QUOTH_DB", "[cli]") {
  TempDir dir;
  const std::string db = index_seeds(dir);
  const auto r = run_process({kQuoth, "Umerov"}, {"QUOTH_DB=" + db});
  CHECK(r.exit_code == 0);
}

TEST_CASE("without QUOTH_DB the index lives under the XDG data path", "[cli]") {
  TempDir dir;
  const std::string data_home = (dir / "xdg").string();
  const std::vector<std::string> env{"QUOTH_DB=", "XDG_DATA_HOME=" + data_home};
  CHECK(run_process({kIndexer, seeds()}, env).exit_code == 0);
  CHECK(std::filesystem::exists(dir / "xdg" / "quoth" / "index"));
  CHECK(run_process({kQuoth, "Umerov"}, env).exit_code == 0);
}

TEST_CASE("every kind of bad input in one directory: each named, the rest indexed, exit 1", "[cli]") {
  TempDir dir;
  dir.write("in/good.txt", "Peace talks\nUmerov met Witkoff in Berlin.\n");
  dir.write("in/empty.txt", "");
  dir.write("in/binary.txt", std::string("PK\x03\x04\0\0garbage", 12));
  dir.write("in/latin1.txt", "Caf\xe9 talks\nMerz spoke.\n");
  dir.write("in/unbalanced.txt", "Talks\nZelenskyy said \u201Cwe are ready to talk, and the mark never closes.\n"
                                 "Kushner flew home on Tuesday.\n");
  dir.write("in/feed.jsonl", "{\"title\": \"Peskov speaks\", \"text\": \"Dmitry Peskov spoke.\"}\n{\"title\": \"cut\n");
  dir.write("in/page.html", quoth::test::read_file(quoth::test::source_dir() / "tests/analyzers/golden/berlin_talks.html"));
  dir.write("in/menu.html", "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>");
  std::string long_line = "A very long line\n";
  while (long_line.size() < (1u << 20)) long_line += "Negotiators said the Zaporizhzhia plant was discussed at length. ";
  dir.write("in/long_line.txt", long_line + "\n");
  dir.write("in/huge.txt", "");
  std::filesystem::resize_file(dir / "in/huge.txt", 50u << 20);  // 50 MB
  std::filesystem::create_directory_symlink(dir / "in", dir / "in/loop");
  std::filesystem::create_symlink(dir / "in/nowhere.txt", dir / "in/dangling.txt");

  const std::string db = (dir / "index").string();
  const auto r = run_process({kIndexer, "--db", db, (dir / "in").string()});
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.err, Catch::Contains("empty.txt: empty file"));
  CHECK_THAT(r.err, Catch::Contains("binary.txt: binary file"));
  CHECK_THAT(r.err, Catch::Contains("latin1.txt: not UTF-8 at byte 3"));
  CHECK_THAT(r.err, Catch::Contains("feed.jsonl:2: not valid JSON"));
  CHECK_THAT(r.err, Catch::Contains("menu.html: no article text found"));
  CHECK_THAT(r.err, Catch::Contains("huge.txt: file too large for one article (50 MB"));
  CHECK_THAT(r.err, Catch::Contains("dangling.txt: "));
  for (const char* found : {"Umerov", "Merz", "Kushner", "Peskov", "Ushakov", "Zaporizhzhia"}) {
    INFO(found);
    CHECK(run_process({kQuoth, "--db", db, found}).exit_code == 0);
  }
  // Each file once, whatever the symlink loop offers.
  const auto stats = nlohmann::json::parse(run_process({kIndexer, "--db", db, "--stats", "--json"}).out);
  CHECK(stats["articles"] == 6);  // good, latin1, unbalanced, feed line 1, page, long_line
}

TEST_CASE("help teaches with examples and --version answers", "[cli]") {
  for (const auto& exe : {kIndexer, kQuoth}) {
    const auto help = run_process({exe, "--help"});
    CHECK(help.exit_code == 0);
    CHECK_THAT(help.out, Catch::Contains("Examples:"));
    const auto version = run_process({exe, "--version"});
    CHECK(version.exit_code == 0);
    CHECK_THAT(version.out, Catch::Contains("0."));
  }
}

TEST_CASE("the shared seed corpus indexes like the bundled copy", "[cli][shared]") {
  const auto shared_seeds = quoth::test::shared_dir() / "corpus" / "seeds";
  if (!std::filesystem::exists(shared_seeds)) {
    WARN("skipped: " << shared_seeds.string() << " is absent (only CI and developers have ../shared)");
    return;
  }
  TempDir dir;
  const auto r = run_process({kIndexer, "--db", (dir / "index").string(), shared_seeds.string()});
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Contains("5 indexed"));
}
