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

constexpr const char* kDescription = R"(quoth: ask the news articles you collected.

Questions, recognised from their wording:
  who said X            ranked speakers of statements about X, each with its
                        best quote and article (also: who claimed/told/warned X)
  what did S say [about X]   S's statements (any spelling of S's name)
  who is S              what the articles say of S: roles, aliases, counts
  quotes about X        statements about X, any speaker
Anything else is a ranked search for articles (BM25), shown with snippets.

Query language:
  words                 any of the words; more of them ranks higher; a word
                        also finds other forms of it (guarantees: guarantee)
  "a quoted phrase"     the exact phrase
  a AND b   a OR b      both / either (AND binds tighter; upper case only)
  a NOT b   -word       without b / without word;  +word requires word
  ( ... )               grouping
  title:  source:  person:  org:  place:  speaker:  quote:   a field
                        (FIELD:word or FIELD:"a phrase")
  date:2025-12-01..2025-12-31   date:2025-12   date:2025   a date range

Examples:
  quoth "who said 90% agreed"
  quoth "what did Ushakov say about NATO"
  quoth "who is Umerov"
  quoth "quotes about security guarantees"
  quoth Witkoff Kushner Berlin
  quoth 'person:Zelensky AND "security guarantees"'
  quoth --json --limit 3 --facets title:talks

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
  bool facets = false;
  app.add_flag("--facets", facets, "Also show the top people, organisations, places, sources and dates");
  std::vector<std::string> words;
  app.add_option("QUERY", words, "The query (several arguments are joined by spaces)")->required();
  CLI11_PARSE(app, argc, argv);

  std::string query;
  for (const auto& w : words) query += (query.empty() ? "" : " ") + w;
  const std::string db_path = db_option.resolved();

  try {
    quoth::Searcher searcher(quoth::open_index_for_reading(db_path));
    const quoth::SearchResults results = searcher.search(query, {limit, facets});
    const bool found = !results.hits.empty() || !results.answers.empty() || results.entity;
    if (output.json) {
      std::cout << quoth::results_json(results) << '\n';
    } else if (found) {
      const bool colour = quoth::use_colour(output.colour, STDOUT_FILENO);
      quoth::print_results(std::cout, results, quoth::Style::for_colour(colour),
                           quoth::terminal_width(STDOUT_FILENO));
    } else {
      std::cerr << "quoth: nothing matches " << query << '\n';
    }
    if (!found && !results.suggestion.empty() && !output.json) {
      std::cerr << "quoth: did you mean: " << results.suggestion << '\n';
    }
    return found ? kExitFound : kExitNothingFound;
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
