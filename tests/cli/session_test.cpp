// The interactive session, driven for real in tmux: typed keys in, the
// screen read back.
#include <catch2/catch.hpp>
#include <unistd.h>

#include "support/programs.h"

namespace {

class Tmux {
 public:
  Tmux(const std::string& command) : socket_("quoth-test-" + std::to_string(::getpid())) {
    ok_ = run_process({"/usr/bin/tmux", "-L", socket_, "new-session", "-d", "-x", "150", "-y", "50", command}).exit_code == 0;
  }
  ~Tmux() { (void)run_process({"/usr/bin/tmux", "-L", socket_, "kill-server"}); }
  [[nodiscard]] bool ok() const { return ok_; }
  void keys(const std::vector<std::string>& keys) {
    std::vector<std::string> argv{"/usr/bin/tmux", "-L", socket_, "send-keys"};
    argv.insert(argv.end(), keys.begin(), keys.end());
    (void)run_process(argv);
  }
  void type(const std::string& line) {
    (void)run_process({"/usr/bin/tmux", "-L", socket_, "send-keys", "-l", line});
    keys({"Enter"});
  }
  std::string screen() {
    return run_process({"/usr/bin/tmux", "-L", socket_, "capture-pane", "-p", "-S", "-200"}).out;
  }
  bool shows(const std::string& text, double seconds = 30) {
    return eventually([&] { return screen().find(text) != std::string::npos; }, seconds);
  }
  bool alive() { return run_process({"/usr/bin/tmux", "-L", socket_, "has-session"}).exit_code == 0; }
  void clear() { (void)run_process({"/usr/bin/tmux", "-L", socket_, "clear-history"}); keys({"C-l"}); }

 private:
  std::string socket_;
  bool ok_ = false;
};

}  // namespace

TEST_CASE("the interactive session answers, obeys its commands and sees new articles", "[session]") {
  if (access("/usr/bin/tmux", X_OK) != 0) {
    WARN("skipped: tmux is not installed (scripts/setup installs it)");
    return;
  }
  TempDir dir;
  const std::string db = (dir / "db").string();
  REQUIRE(run_process({kIndexer, "-q", "--db", db, (quoth::test::source_dir() / "corpus").string()}).exit_code == 0);
  Tmux tmux("env NO_COLOR=1 PAGER=cat XDG_STATE_HOME=" + (dir / "state").string() + " " + kQuoth + " --db " + db);
  REQUIRE(tmux.ok());
  REQUIRE(tmux.shows("quoth>"));

  tmux.type("Zaporizhzhia nuclear power plant");
  CHECK(tmux.shows("matching article"));
  CHECK(tmux.screen().find("1. ") != std::string::npos);

  tmux.type(":limit 1");
  CHECK(tmux.shows("showing 1"));
  tmux.clear();
  tmux.type("security guarantees");
  CHECK(tmux.shows("1 of "));

  tmux.keys({":he", "Tab"});
  CHECK(tmux.shows(":help"));
  tmux.keys({"Enter"});
  CHECK(tmux.shows(":open N"));

  tmux.clear();
  tmux.keys({"who is Umer", "Tab"});  // an entity's name, completed in the case typed
  CHECK(tmux.shows("who is Umerov"));
  tmux.keys({"Enter"});
  CHECK(tmux.shows("Rustem Umerov"));

  tmux.type("Berlin AND");
  CHECK(tmux.shows("bad query"));

  tmux.type("title:WSJ");
  CHECK(tmux.shows("WSJ learns"));
  tmux.type(":open 1");
  CHECK(tmux.shows("million percent guarantee"));  // the article's last lines, not its snippet

  tmux.type(":json");
  tmux.type("who is Umerov");
  CHECK(tmux.shows("\"intent\":\"who_is\""));

  dir.write("more/new.txt", "Quokka sighting\nA quokka was seen near the Reichstag during the talks.\n");
  REQUIRE(run_process({kIndexer, "-q", "--db", db, (dir / "more").string()}).exit_code == 0);
  tmux.type("quokka");
  CHECK(tmux.shows("Quokka sighting"));

  tmux.keys({"C-d"});
  CHECK(eventually([&] { return !tmux.alive(); }, 20));
  CHECK(std::filesystem::exists(dir / "state" / "quoth" / "history"));
}
