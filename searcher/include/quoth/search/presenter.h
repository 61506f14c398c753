// Turns search results into what the user reads (text for a terminal, with
// colour only when asked) or what scripts parse (one JSON object). Never
// reaches back into the index.
#pragma once

#include <ostream>
#include <string>

#include "quoth/common/terminal.h"
#include "quoth/search/searcher.h"

namespace quoth {

void print_results(std::ostream& out, const SearchResults& results, const Style& style,
                   int width);

// {"query", "total", "results": [{"id", "path", "title", "score", "snippet"}]}
[[nodiscard]] std::string results_json(const SearchResults& results);

}  // namespace quoth
