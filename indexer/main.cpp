// quoth-index: builds and updates a quoth index from article files.
#include <CLI/CLI.hpp>

#include <cerrno>
#include <cstring>
#include <iostream>

#include "quoth/common/cli_options.h"
#include "quoth/common/exit_status.h"
#include "quoth/index/analyze_command.h"
#include "quoth/index/database.h"
#include "quoth/index/index_command.h"

namespace {

constexpr const char* kDescription = R"(quoth-index: index news articles for quoth.

Reads articles and adds them to a quoth index (a Xapian database): their
text, the people, organisations and places they name, and the statements
they quote. A .txt article's first non-empty line is its title. Directories
are read recursively. An article's identity is its path: indexing a file
again replaces its articles; unchanged files are skipped.

Examples:
  quoth-index corpus/                       index the bundled articles
  quoth-index --db /tmp/news notes/         index into another database
  quoth-index --prune corpus/               also drop articles whose files are gone
  quoth-index --remove corpus/old.txt       remove one file's articles
  quoth-index --watch ~/news                keep indexing what lands there
  quoth-index --stats --json                figures for scripts
  quoth-index --check                       verify the index
  quoth-index --analyze corpus/seeds/001_8deb26d47018f3c8.txt   entities and quotes
  quoth-index --shards 3 --db /srv/news corpus/   a sharded index (see quoth serve)

Exit status: 0 all indexed, 1 some files failed (each named on stderr),
2 could not run (e.g. index locked or unusable).)";

}  // namespace

namespace {

// Whether a Xapian error comes from a full disk, a quota or a file size limit.
bool out_of_space(const Xapian::Error& e) {
  const char* reason = e.get_error_string();
  if (reason == nullptr) return false;
  for (const int code : {ENOSPC, EDQUOT, EFBIG}) {
    if (std::strcmp(reason, std::strerror(code)) == 0) return true;
  }
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app(kDescription, "quoth-index");
  quoth::add_version_flag(app, "quoth-index");
  quoth::DatabaseOption db_option;
  db_option.add_to(app);
  quoth::IndexCommand command;
  app.add_option("PATH", command.inputs, "Article files or directories to index");
  app.add_flag("--json", command.json, "Print the summary (or --stats) as JSON on stdout");
  app.add_flag("-q,--quiet", command.quiet, "Print only errors");
  app.add_option("-j,--jobs", command.options.jobs, "Analysis threads; a new index is written by as many writers (default: all cores)")
      ->option_text("N");
  app.add_option("--batch", command.options.batch_documents,
                 "Documents per commit (default 1000, fewer if they hold many terms; lower uses less memory)")
      ->option_text("N")
      ->check(CLI::PositiveNumber);
  app.add_option("--glob", command.globs, "Only index files whose name matches (repeatable)")
      ->option_text("PATTERN")
      ->allow_extra_args(false);
  app.add_option("--exclude", command.excludes, "Skip files and directories whose name matches (repeatable)")
      ->option_text("PATTERN")
      ->allow_extra_args(false);
  app.add_option("--remove", command.remove, "Remove the articles of these files")->option_text("FILE");
  app.add_flag("--prune", command.prune, "Remove articles whose files no longer exist");
  auto* stats = app.add_flag("--stats", command.stats, "Print figures about the index and exit");
  auto* check = app.add_flag("--check", command.check,
                             "Check the index (Xapian's check and quoth's invariants) and exit");
  app.add_option("--watch", command.watch, "Index DIR, then keep indexing changes until interrupted")
      ->option_text("DIR");
  app.add_flag("--wait", command.wait, "If another quoth-index holds the index, wait for it");
  app.add_option("--shards", command.shards,
                 "Make a new index of N shards (a directory with a Xapian stub file XAPIANDB and\n"
                 "shard-0 .. shard-N-1); articles are routed by a hash of their identity")
      ->option_text("N")
      ->check(CLI::Range(1u, 1024u));
  bool analyze = false;
  app.add_flag("--analyze", analyze,
               "Print each article's analysis (entities, quotes with speakers) instead of indexing;\n"
               "with --json one JSON object a line");
  stats->excludes(check);
  CLI11_PARSE(app, argc, argv);

  if (analyze) {
    if (command.inputs.empty()) {
      std::cerr << "quoth-index: --analyze needs files or directories\n";
      return quoth::exit_status::kError;
    }
    return quoth::run_analyze_command(command.inputs, command.json, std::cout);
  }
  command.db = db_option.resolved();
  if (command.inputs.empty() && command.remove.empty() && command.watch.empty() && !command.prune &&
      !command.stats && !command.check) {
    std::cerr << "quoth-index: nothing to do: give files or directories to index (see --help)\n";
    return quoth::exit_status::kError;
  }
  try {
    return quoth::run_index_command(command);
  } catch (const quoth::IndexError& e) {
    std::cerr << "quoth-index: " << e.what() << '\n';
  } catch (const Xapian::Error& e) {
    std::cerr << "quoth-index: " << command.db << ": " << e.get_description() << '\n';
    if (out_of_space(e)) {
      std::cerr << "quoth-index: " << command.db << ": the disk is full (or a file size limit was reached); "
                << "the index keeps its last commit: free some space and run again (files already indexed "
                << "are skipped)\n";
    }
  } catch (const std::exception& e) {
    std::cerr << "quoth-index: " << e.what() << '\n';
  }
  return quoth::exit_status::kError;
}
