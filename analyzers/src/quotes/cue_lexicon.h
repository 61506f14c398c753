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

// The weight of a word the lexicon lacks, from the other forms of its verb
// that it has: the forms of a lexicon word's stem ("alleged": "alleges",
// "allege"; "welcome": "welcomed"; "refused": "refusing") take its weight,
// the highest of their family's. A word the lexicon has keeps its own. The
// training articles hold few forms of the rarer verbs.
[[nodiscard]] double cue_family_weight(std::string_view lower_word);

}  // namespace quoth::quotes
