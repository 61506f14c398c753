// quoth: ranked search over a quoth index.
#include <CLI/CLI.hpp>
#include <unistd.h>

#include <iostream>

#include "quoth/common/cli_options.h"
#include "quoth/index/database.h"
#include "quoth/search/presenter.h"
#include "quoth/search/searcher.h"

namespace {

constexpr int kExitFound = 0;
constexpr int kExitNothingFound = 1;
constexpr int kExitError = 2;

constexpr const char* kDescription = R"(quoth: search the news articles you collected.

Ranks articles by BM25 relevance and shows each with a snippet in which the
query's words are highlighted.

Query language:
  words                 any of the words; articles with more of them rank higher
  "a quoted phrase"     the exact phrase
  a AND b   a OR b      both / either (AND binds tighter; upper case only)
  a NOT b   -word       without b / without word;  +word requires word
  ( ... )               grouping
  title:word            in the title (title:"a phrase" too)

Examples:
  quoth "Zaporizhzhia nuclear power plant"
  quoth '"security guarantees" AND Ukraine'
  quoth Witkoff AND Kushner NOT Moscow
  quoth --json --limit 3 title:talks

Exit status: 0 something found, 1 nothing found, 2 error (bad query syntax,
missing or unusable index).)";

void report_syntax_error(const std::string& query, const quoth::QuerySyntaxError& e) {
  std::cerr << "quoth: bad query: " << e.what() << "\n  " << query << "\n  "
            << std::string(std::min(e.position(), query.size()), ' ') << "^\n";
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app(kDescription, "quoth");
  quoth::add_version_flag(app, "quoth");
  quoth::DatabaseOption db_option;
  db_option.add_to(app);
  quoth::OutputOptions output;
  output.add_to(app);
  unsigned limit = 10;
  app.add_option("-n,--limit", limit, "Show at most N results (default 10)")
      ->option_text("N")
      ->check(CLI::Range(1u, 100000u));
  std::vector<std::string> words;
  app.add_option("QUERY", words, "The query (several arguments are joined by spaces)")->required();
  CLI11_PARSE(app, argc, argv);

  std::string query;
  for (const auto& w : words) query += (query.empty() ? "" : " ") + w;
  const std::string db_path = db_option.resolved();

  try {
    quoth::Searcher searcher(quoth::open_index_for_reading(db_path));
    const quoth::SearchResults results = searcher.search(query, limit);
    if (output.json) {
      std::cout << quoth::results_json(results) << '\n';
    } else if (!results.hits.empty()) {
      const bool colour = quoth::use_colour(output.colour, STDOUT_FILENO);
      quoth::print_results(std::cout, results, quoth::Style::for_colour(colour),
                           quoth::terminal_width(STDOUT_FILENO));
    } else {
      std::cerr << "quoth: no articles match " << query << '\n';
    }
    return results.hits.empty() ? kExitNothingFound : kExitFound;
  } catch (const quoth::QuerySyntaxError& e) {
    report_syntax_error(query, e);
  } catch (const quoth::IndexError& e) {
    std::cerr << "quoth: " << e.what() << '\n';
  } catch (const Xapian::Error& e) {
    std::cerr << "quoth: " << db_path << ": " << e.get_description() << '\n';
  } catch (const std::exception& e) {
    std::cerr << "quoth: " << e.what() << '\n';
  }
  return kExitError;
}
