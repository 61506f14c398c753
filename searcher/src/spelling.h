// "Did you mean": for query words the index does not know (not even another
// form of them, by their stem), the closest known word (edit distance 1, or 2
// for long words), preferring frequent ones; field names are left alone.
// Internal to the searcher.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>

#include "quoth/analyzers/term_analyzer.h"

namespace quoth {

// The query with unknown words replaced, or "" if every word is known or no
// replacement was found.
[[nodiscard]] std::string suggest_spelling(const Xapian::Database& db, TermAnalyzer& analyzer,
                                           std::string_view query);

// Damerau-Levenshtein (optimal string alignment) distance, capped at limit+1.
[[nodiscard]] std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit);

}  // namespace quoth
