// Turns text into index terms with positions: the one analysis shared by
// documents and queries, so that whatever is indexed can be searched.
//
// Terms are NFKC case-folded words from WordTokenizer; the possessive "'s" is
// dropped ("Zelenskyy's" -> "zelenskyy"). Every word keeps a position, stop
// words included, so phrase search works across them. Not thread-safe: use one
// instance per thread. Construction throws std::runtime_error if ICU fails.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "quoth/analyzers/span.h"
#include "quoth/analyzers/word_tokenizer.h"

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class Normalizer2;
U_NAMESPACE_END

namespace quoth {

using TermPosition = std::uint32_t;

struct Term {
  std::string text;       // folded term, no prefix
  TermPosition position;  // 0-based word position within the analysed text
  Span span;              // code points of the source word
};

class TermAnalyzer {
 public:
  TermAnalyzer();

  // REQUIRES: utf8 is valid UTF-8.
  [[nodiscard]] std::vector<Term> analyze(std::string_view utf8);

  // NFKC case folding of one word (fast path for ASCII).
  [[nodiscard]] std::string fold(std::string_view word) const;

 private:
  WordTokenizer tokenizer_;
  const icu::Normalizer2* nfkc_casefold_;  // owned by ICU, immutable
};

}  // namespace quoth
