#include <unistd.h>

#include <iostream>

#include "quoth/common/exit_status.h"
#include "quoth/index/database.h"
#include "quoth/search/commands.h"
#include "quoth/search/presenter.h"
#include "quoth/search/searcher.h"

namespace quoth {
namespace {

void report_syntax_error(const std::string& query, const QuerySyntaxError& e) {
  std::cerr << "quoth: bad query: " << e.what() << "\n  " << query << "\n  "
            << std::string(std::min(e.position(), query.size()), ' ') << "^\n";
}

}  // namespace

int run_search_command(const SearchCommand& c) {
  try {
    OpenedIndex index = open_shards_for_reading(c.db, c.shards);
    for (const std::string& missing : index.missing) {
      std::cerr << "quoth: warning: searching without " << missing << '\n';
    }
    Searcher searcher(std::move(index.db));
    const SearchResults results = searcher.search(c.query, {c.limit, c.facets});
    const bool found = !results.hits.empty() || !results.answers.empty() || results.entity;
    if (c.json) {
      std::cout << results_json(results) << '\n';
    } else {
      if (found) {
        print_results(std::cout, results, Style::for_colour(use_colour(c.colour, STDOUT_FILENO)),
                      terminal_width(STDOUT_FILENO));
      } else {
        std::cerr << "quoth: nothing matches " << c.query << '\n';
      }
      if (!results.suggestion.empty()) std::cerr << "quoth: did you mean: " << results.suggestion << '\n';
    }
    return found ? exit_status::kOk : exit_status::kNothing;
  } catch (const QuerySyntaxError& e) {
    report_syntax_error(c.query, e);
  } catch (const IndexError& e) {
    std::cerr << "quoth: " << e.what() << '\n';
  } catch (const Xapian::NetworkError& e) {
    std::cerr << "quoth: " << c.db << ": a shard failed during the search: " << e.get_msg()
              << " (--allow-partial searches the shards that answer)\n";
  } catch (const Xapian::Error& e) {
    std::cerr << "quoth: " << c.db << ": " << e.get_description() << '\n';
  }
  return exit_status::kError;
}

}  // namespace quoth
