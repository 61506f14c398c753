// Turns text into index terms with positions: the one analysis shared by
// documents and queries, so that whatever is indexed can be searched.
//
// Terms are NFKC case-folded words from WordTokenizer (UAX #29 word
// boundaries, so "peace-plan" and "20-point" are two words, found by the
// phrases "peace plan" and "20 point"). Every word keeps a position, stop
// words included, so phrase search works across them. Further rules:
//   - possessives: "Zelenskyy's" -> zelenskyy;
//   - abbreviations: "U.S." and "US" -> u.s (never the word "us": dots stay
//     where the letters spell a common word), "U.K." and "UK" -> uk; inside
//     an ALL-CAPS headline a capitalised word is just a word;
//   - percentages: "90%" -> 90 percent, and "per cent" -> percent, so
//     `90%`, "90 percent" and "90 per cent" find each other;
//   - diacritics: a Latin word with them ("Zürich") also gets its plain
//     form (zurich) as an Unaccented term at the same position; Cyrillic and
//     other scripts keep their letters whole;
//   - dates: "December 15, 2025", "15 Dec 2025" and "2025-12-15" also give a
//     Date term 2025-12-15 at the position of their first word.
// Not thread-safe: use one instance per thread. ASCII text is analysed
// without ICU; the first other text loads ICU's data and throws
// std::runtime_error if that fails.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "quoth/analyzers/span.h"
#include "quoth/analyzers/word_tokenizer.h"

namespace quoth {

using TermPosition = std::uint32_t;

enum class TermKind {
  Word,        // a word; each has its own position
  Unaccented,  // the previous Word without diacritics, same position
  Date,        // an ISO date written by the words from this position on
};

struct Term {
  std::string text;       // folded term, no prefix
  TermPosition position;  // 0-based word position within the analysed text
  Span span;              // code points of the source word(s)
  TermKind kind = TermKind::Word;
};

class TermAnalyzer {
 public:
  // REQUIRES: utf8 is valid UTF-8.
  [[nodiscard]] std::vector<Term> analyze(std::string_view utf8);

  // NFKC case folding of one word (fast path for ASCII).
  [[nodiscard]] std::string fold(std::string_view word) const;

 private:
  WordTokenizer tokenizer_;
};

}  // namespace quoth
