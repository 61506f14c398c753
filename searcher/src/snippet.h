// A search hit's snippet: about `bytes` bytes of its stored text around the
// passage where the most of the query's clauses occur (earliest of equals),
// cut at spaces, "…" where text is left out, each run of whitespace as one
// space, and the query's words, stems and phrases between kHighlightStart and
// kHighlightEnd, exactly as the index matches them (term_matches.h).
//
// The text is only scanned for the query's words (passage_scan.h); the
// analyzer reads the few words around each found in the chosen window (a
// token of context either side), so a hit costs a byte scan plus a fixed
// amount whatever its length. A text the scan cannot judge (non-ASCII
// text or query words such as "u.s") whose window shows no match is analysed
// whole, so nothing is missed. Not thread-safe: uses the caller's analyzer.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "passage_scan.h"
#include "query_terms.h"
#include "quoth/analyzers/term_analyzer.h"
#include "term_matches.h"

namespace quoth {

class SnippetMaker {
 public:
  // `analyzer` must outlive the maker.
  SnippetMaker(TermAnalyzer& analyzer, const Xapian::Query& query, std::size_t bytes);

  // REQUIRES: text is valid UTF-8 without highlight markers.
  [[nodiscard]] std::string make(std::string_view text);

 private:
  [[nodiscard]] ByteSpan window(std::string_view text,
                                const std::vector<std::pair<ByteSpan, std::size_t>>& found) const;
  // Matches in text[part], analysed on its own.
  [[nodiscard]] std::vector<TermMatch> analyse(std::string_view text, ByteSpan part);
  // Matches around what the scan found in the window `w`: the analyzer reads
  // a few words at each, not the whole window.
  [[nodiscard]] std::vector<TermMatch> analyse_around(
      std::string_view text, ByteSpan w,
      const std::vector<std::pair<ByteSpan, std::size_t>>& found);

  TermAnalyzer& analyzer_;
  QueryTerms query_;
  PassageScan scan_;
  Xapian::Stem stemmer_{"english"};
  std::size_t bytes_;
  std::vector<std::size_t> clause_words_;  // words a clause spans: a phrase's, else 1
};

// `text[window]` as a snippet, with `matches` (byte spans of `text`, in
// order) that lie inside it marked. Exposed for tests.
[[nodiscard]] std::string render_snippet(std::string_view text, ByteSpan window,
                                         const std::vector<TermMatch>& matches);

// The window of at most `bytes` bytes to show for the passage `passage`
// (byte spans of `text`): some lead before it, the text's start when the
// passage is near it, ends moved to spaces. Exposed for tests.
[[nodiscard]] ByteSpan snippet_window(std::string_view text, ByteSpan passage, std::size_t bytes);

}  // namespace quoth
