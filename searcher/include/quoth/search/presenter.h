// Turns search results into what the user reads (text for a terminal, with
// colour only when asked, lines fitted to the width) or what scripts parse
// (one JSON object, documented in README.md). Never reaches back into the index.
#pragma once

#include <ostream>
#include <string>

#include "quoth/common/terminal.h"
#include "quoth/search/searcher.h"

namespace quoth {

void print_results(std::ostream& out, const SearchResults& results, const Style& style, int width);

// {"query", "intent", "total", "answers": [...], "results": [...], "entity": {...}|null,
//  "facets": {...}|null, "suggestion"}
[[nodiscard]] std::string results_json(const SearchResults& results);

}  // namespace quoth
