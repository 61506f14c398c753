// How score-quotes matches a predicted quote with gold contents, shared by
// the scorer and the trainers that label the extractor's own output by it.
// A prediction matches a gold Content when their overlap covers at least
// half of each; a quote split by its attribution matches through its two
// parts together (the attribution between them left out) or through each
// part alone, and its two parts may match two gold contents.
#pragma once

#include <cstddef>
#include <vector>

#include "polnear.h"
#include "quoth/analyzers/quote.h"

namespace quoth::eval {

// The gold contents not yet `used` that a predicted quote matches: one, as
// a whole; a split quote's two parts may match two (annotators who mark
// each part), else both parts together match one, else either part alone.
[[nodiscard]] std::vector<std::size_t> matched_golds(const Quote& q, const std::vector<GoldAttribution>& gold,
                                                     const std::vector<bool>& used);

// Whether a predicted quote matches one gold content in any of those ways.
[[nodiscard]] bool matches(const Quote& q, const std::vector<Span>& gold);

}  // namespace quoth::eval
