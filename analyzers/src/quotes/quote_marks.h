// Pairing of quote marks into direct quotes, paragraph by paragraph.
// Internal to the quote extractor (and read by the cue model's trainer).
#pragma once

#include <vector>

#include "quote_tokens.h"

namespace quoth::quotes {

// A direct quote: the token indices of its marks (close == paragraph end if
// the closing mark is missing).
struct Marked {
  std::size_t open, close;
};

[[nodiscard]] inline bool is_mark(const QToken& t) {
  return t.kind == Tok::Open || t.kind == Tok::Close || t.kind == Tok::Straight;
}

// Pairs quote marks paragraph by paragraph. A quote still open at the end
// of a paragraph continues if the next paragraph opens with a mark (the
// convention for quotes over several paragraphs); otherwise it ends with
// its paragraph, so a missing mark never swallows the rest of the article.
// No quote runs longer than max_length code points. Linear.
[[nodiscard]] std::vector<Marked> pair_marks(const std::vector<QToken>& t,
                                             const std::vector<Range>& paras,
                                             CodePointOffset max_length);

// Per token, whether it lies within a pair of marks (from an opening mark
// up to, not including, its closing mark).
[[nodiscard]] std::vector<bool> inside_marks(const std::vector<QToken>& t,
                                             const std::vector<Marked>& marked);

}  // namespace quoth::quotes
