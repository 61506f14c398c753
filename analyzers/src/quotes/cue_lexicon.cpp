#include "cue_lexicon.h"

#include <algorithm>
#include <array>

namespace quoth::quotes {
namespace {

struct CueEntry {
  std::string_view word;
  double weight;      // cue occurrences / all occurrences in training text
  unsigned as_cue;    // cue occurrences in training text
};

// Sorted by word (the generator sorts), for binary search.
constexpr CueEntry kCues[] = {
#include "cue_lexicon_data.inc"
};

}  // namespace

double cue_weight(std::string_view word) {
  const auto it = std::lower_bound(std::begin(kCues), std::end(kCues), word,
                                   [](const CueEntry& e, std::string_view w) { return e.word < w; });
  return it != std::end(kCues) && it->word == word ? it->weight : 0.0;
}

}  // namespace quoth::quotes
