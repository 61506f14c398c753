// Scale-out for real: a sharded index served by three `quoth serve`
// processes on loopback answers exactly like one local index of the same
// articles; a shard that goes down is an error, or a warning with
// --allow-partial; a replica kept by xapian-replicate is searchable.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <signal.h>

#include <fstream>

#include "support/programs.h"

namespace {

// The seeds, plus (when ../shared is there) the first `n` benchmark articles.
std::string make_corpus(const TempDir& dir, std::size_t n) {
  const auto corpus = dir / "corpus";
  std::filesystem::create_directories(corpus);
  for (const auto& seed : std::filesystem::directory_iterator(quoth::test::source_dir() / "corpus" / "seeds")) {
    std::filesystem::copy_file(seed.path(), corpus / seed.path().filename());
  }
  std::ifstream in(quoth::test::shared_dir() / "bench" / "articles.jsonl");
  if (!in) {
    WARN("only the seed articles: " << (quoth::test::shared_dir() / "bench").string() << " is absent");
    return corpus.string();
  }
  std::string line;
  for (std::size_t i = 0; i < n && std::getline(in, line); ++i) {
    const auto j = nlohmann::json::parse(line);
    dir.write("corpus/bench/" + std::to_string(i) + ".txt",
              j["title"].get<std::string>() + "\n\n" + j["text"].get<std::string>() + "\n");
  }
  return corpus.string();
}

// A quoth --json answer with ties in score put in a stable order and scores
// rounded: shards interleave document ids, so equal scores may come in
// another order than from one database.
nlohmann::json normalised(const std::string& out) {
  auto j = nlohmann::json::parse(out);
  for (const char* list : {"results", "answers"}) {
    for (auto& item : j[list]) {
      item["score"] = std::round(item["score"].get<double>() * 1e6) / 1e6;
      item.erase("snippet");  // the snippet window may pick another of equal passages
    }
    std::stable_sort(j[list].begin(), j[list].end(), [](const nlohmann::json& a, const nlohmann::json& b) {
      if (a["score"] != b["score"]) return a["score"] > b["score"];
      return a.dump() < b.dump();
    });
  }
  return j;
}

const std::vector<std::string> kQueries{
    "Zaporizhzhia nuclear power plant", "security guarantees", "\"peace plan\" OR Berlin", "oil prices",
    "who said 90% agreed",             "what did Zelensky say",   "who is Umerov",          "quotes about NATO",
    "person:Witkoff",                  "trade AND deficit -Japan"};

struct Servers {
  std::vector<std::unique_ptr<BackgroundProcess>> processes;
  std::vector<unsigned> ports;
  std::string tcp;
};

Servers serve_shards(const TempDir& dir, const std::string& sharded, int shards) {
  Servers s;
  for (int i = 0; i < shards; ++i) {
    const unsigned port = quoth::test::free_tcp_port();
    const std::string log = (dir / ("serve-" + std::to_string(i) + ".log")).string();
    s.processes.push_back(std::make_unique<BackgroundProcess>(
        std::vector<std::string>{kQuoth, "serve", "--db", sharded + "/shard-" + std::to_string(i), "--port",
                                 std::to_string(port)},
        log));
    REQUIRE(eventually([&] { return quoth::test::read_file(log).find("Listening") != std::string::npos; }, 30));
    s.ports.push_back(port);
    s.tcp += (s.tcp.empty() ? "tcp://" : ",") + std::string("127.0.0.1:") + std::to_string(port);
  }
  return s;
}

}  // namespace

TEST_CASE("three served shards answer exactly like one local index", "[scale]") {
  TempDir dir;
  const std::string corpus = make_corpus(dir, 1500);
  const std::string single = (dir / "single").string();
  const std::string sharded = (dir / "sharded").string();
  REQUIRE(run_process({kIndexer, "-q", "--db", single, corpus}).exit_code == 0);
  REQUIRE(run_process({kIndexer, "-q", "--shards", "3", "--db", sharded, corpus}).exit_code == 0);
  CHECK(run_process({kIndexer, "--db", sharded, "--check"}).exit_code == 0);

  const auto stats = [&](const std::string& db) {
    return nlohmann::json::parse(run_process({kIndexer, "--db", db, "--stats", "--json"}).out);
  };
  for (const char* key : {"articles", "quotes", "entities", "bytes"}) {
    INFO(key);
    CHECK(stats(single)[key] == stats(sharded)[key]);
  }

  Servers servers = serve_shards(dir, sharded, 3);
  for (const std::string& q : kQueries) {
    INFO(q);
    const auto local = run_process({kQuoth, "--json", "--facets", "--db", single, q});
    const auto remote = run_process({kQuoth, "--json", "--facets", "--db", servers.tcp, q});
    const auto stub = run_process({kQuoth, "--json", "--facets", "--db", sharded, q});
    REQUIRE(remote.exit_code == local.exit_code);
    REQUIRE(stub.exit_code == local.exit_code);
    CHECK(normalised(remote.out) == normalised(local.out));
    CHECK(normalised(stub.out) == normalised(local.out));
  }

  SECTION("a stub file naming the remote shards works like tcp://") {
    std::ofstream stub(dir / "remote.stub");
    for (unsigned port : servers.ports) stub << "remote 127.0.0.1:" << port << '\n';
    stub.close();
    const auto via_stub = run_process({kQuoth, "--json", "--db", (dir / "remote.stub").string(), "security guarantees"});
    const auto local = run_process({kQuoth, "--json", "--db", single, "security guarantees"});
    CHECK(normalised(via_stub.out) == normalised(local.out));
  }
  SECTION("a shard that is down is an error unless --allow-partial") {
    servers.processes[1]->signal(SIGTERM);
    CHECK(servers.processes[1]->wait() == 0);
    const std::string down = "127.0.0.1:" + std::to_string(servers.ports[1]);
    const auto strict = run_process({kQuoth, "--db", servers.tcp, "--timeout", "2000", "security guarantees"});
    CHECK(strict.exit_code == 2);
    CHECK_THAT(strict.err, Catch::Contains(down));
    const auto partial =
        run_process({kQuoth, "--allow-partial", "--db", servers.tcp, "--timeout", "2000", "security guarantees"});
    CHECK(partial.exit_code == 0);
    CHECK_THAT(partial.err, Catch::Contains("warning") && Catch::Contains(down));
  }
  for (auto& p : servers.processes) {
    if (p->running()) {
      p->signal(SIGTERM);
      CHECK(p->wait() == 0);
    }
  }
}

TEST_CASE("a replica kept by xapian-replicate is searchable and catches up", "[scale]") {
  TempDir dir;
  const std::string master_dir = (dir / "master").string();
  const std::string master = master_dir + "/news";
  const std::vector<std::string> changesets{"XAPIAN_MAX_CHANGESETS=10"};
  REQUIRE(run_process({kIndexer, "-q", "--db", master, (quoth::test::source_dir() / "corpus").string()}, changesets)
              .exit_code == 0);
  const unsigned port = quoth::test::free_tcp_port();
  BackgroundProcess server({"/usr/bin/xapian-replicate-server", "--interface", "127.0.0.1", "-p", std::to_string(port),
                            master_dir},
                           (dir / "replicate-server.log").string());
  const std::string replica = (dir / "replica").string();
  const auto replicate = [&] {
    return run_process({"/usr/bin/xapian-replicate", "-h", "127.0.0.1", "-p", std::to_string(port), "-m", "news",
                        "-o", "-r", "0", replica});
  };
  REQUIRE(eventually([&] { return replicate().exit_code == 0; }, 30));
  CHECK(run_process({kQuoth, "--db", replica, "Zaporizhzhia"}).exit_code == 0);

  dir.write("more/peskov.txt", "Peskov on the talks\nKremlin spokesman Dmitry Peskov said Moscow saw no text.\n");
  REQUIRE(run_process({kIndexer, "-q", "--db", master, (dir / "more").string()}, changesets).exit_code == 0);
  CHECK(run_process({kQuoth, "--db", replica, "\"Moscow saw no text\""}).exit_code == 1);
  REQUIRE(replicate().exit_code == 0);
  CHECK(run_process({kQuoth, "--db", replica, "\"Moscow saw no text\""}).exit_code == 0);
  server.signal(SIGTERM);
  server.wait();
}
