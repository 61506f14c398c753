// quoth-index: builds and updates a quoth index from article files.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <iostream>

#include "quoth/common/cli_options.h"
#include "quoth/index/article_files.h"
#include "quoth/index/database.h"
#include "quoth/index/indexer.h"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitSomeFailed = 1;
constexpr int kExitError = 2;

constexpr const char* kDescription = R"(quoth-index: index news articles for quoth.

Reads articles and adds them to a quoth index (a Xapian database). A .txt
article's first non-empty line is its title, the rest its body. Directories
are read recursively. An article's identity is its path: indexing the same
file again replaces it.

Examples:
  quoth-index corpus/                     index the bundled articles
  quoth-index --db /tmp/news notes/*.txt  index into another database
  QUOTH_DB=~/news.db quoth-index saved/   choose the index by environment

Exit status: 0 all indexed, 1 some files failed (each named on stderr),
2 could not run (e.g. index locked or unusable).)";

}  // namespace

int main(int argc, char** argv) {
  CLI::App app(kDescription, "quoth-index");
  quoth::add_version_flag(app, "quoth-index");
  quoth::DatabaseOption db_option;
  db_option.add_to(app);
  std::vector<std::string> inputs;
  app.add_option("PATH", inputs, "Article files or directories to index")->required();
  bool quiet = false;
  app.add_flag("-q,--quiet", quiet, "Print only errors");
  CLI11_PARSE(app, argc, argv);

  const std::string db_path = db_option.resolved();
  std::vector<quoth::FileError> walk_errors;
  const auto files = quoth::collect_article_files(inputs, walk_errors);
  for (const auto& e : walk_errors) std::cerr << "quoth-index: " << e.path << ": " << e.reason << '\n';

  try {
    auto db = quoth::open_index_for_writing(db_path);
    quoth::IndexReport report;
    report.error = [](const quoth::FileError& e) {
      std::cerr << "quoth-index: " << e.path << ": " << e.reason << '\n';
    };
    report.warning = [](const quoth::FileError& e) {
      std::cerr << "quoth-index: warning: " << e.path << ": " << e.reason << '\n';
    };
    const auto summary = quoth::index_files(db, files, report);
    const std::size_t failed = summary.failed + walk_errors.size();
    if (!quiet) {
      std::fprintf(stderr, "quoth-index: indexed %zu article%s, %zu failed, %.1f MB in %.2f s -> %s\n",
                   summary.indexed, summary.indexed == 1 ? "" : "s", failed,
                   static_cast<double>(summary.bytes) / 1e6, summary.seconds, db_path.c_str());
    }
    return failed == 0 ? kExitOk : kExitSomeFailed;
  } catch (const quoth::IndexError& e) {
    std::cerr << "quoth-index: " << e.what() << '\n';
  } catch (const Xapian::Error& e) {
    std::cerr << "quoth-index: " << db_path << ": " << e.get_description() << '\n';
  } catch (const std::exception& e) {
    std::cerr << "quoth-index: " << e.what() << '\n';
  }
  return kExitError;
}
