// Which words of an analysed text a query's terms match, exactly as the index
// sees them: a word equal to a query word (or to its unaccented form), a word
// whose stem is a query stem, and a query phrase's words at consecutive
// positions (marked as one stretch). Internal to the searcher.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <string_view>
#include <vector>

#include "query_terms.h"
#include "quoth/analyzers/span.h"
#include "quoth/analyzers/term_analyzer.h"

namespace quoth {

struct TermMatch {
  ByteSpan bytes;  // in the analysed text
  std::size_t clause = 0;
};

// Matches in `terms` (TermAnalyzer's analysis of `text`), in text order, none
// overlapping (a phrase wins over the words inside it). Not thread-safe:
// `stemmer` is Xapian's.
[[nodiscard]] std::vector<TermMatch> match_terms(std::string_view text,
                                                 const std::vector<Term>& terms,
                                                 const QueryTerms& query,
                                                 const Xapian::Stem& stemmer);

}  // namespace quoth
