// The cue lexicon: words that introduce attributed statements ("said",
// "told", "according"), each with how reliably it does so. Learned from
// PolNeAR's training articles by `quoth-train-cues` (see eval/README.md);
// the table is compiled in from cue_lexicon_data.inc. Internal.
#pragma once

#include <string_view>

namespace quoth::quotes {

// The fraction of this word's occurrences that were annotated as a cue in
// the training data, or 0 for a word that is no cue.
[[nodiscard]] double cue_weight(std::string_view lower_word);

}  // namespace quoth::quotes
