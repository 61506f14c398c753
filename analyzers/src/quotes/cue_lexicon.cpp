#include "cue_lexicon.h"

#include <array>
#include <cstdint>

#include "quoth/analyzers/fnv1a.h"

namespace quoth::quotes {
namespace {

struct CueEntry {
  std::string_view word;
  double weight;    // cue occurrences / all occurrences in training text
  unsigned as_cue;  // cue occurrences in training text
};

constexpr CueEntry kCues[] = {
#include "cue_lexicon_data.inc"
};
constexpr std::size_t kCueCount = std::size(kCues);

// An open-addressing table of entry indices by the words' FNV-1a hash,
// built at compile time: every word of every text is looked up here.
constexpr std::size_t kSlots = 4096;
static_assert(kSlots >= 2 * kCueCount, "the table must stay sparse");
constexpr std::int16_t kEmpty = -1;
constexpr auto kTable = [] {
  std::array<std::int16_t, kSlots> table{};
  table.fill(kEmpty);
  for (std::size_t i = 0; i < kCueCount; ++i) {
    std::size_t s = fnv1a(kCues[i].word) & (kSlots - 1);
    while (table[s] != kEmpty) s = (s + 1) & (kSlots - 1);
    table[s] = static_cast<std::int16_t>(i);
  }
  return table;
}();

}  // namespace

double cue_weight(std::string_view word) {
  for (std::size_t s = fnv1a(word) & (kSlots - 1); kTable[s] != kEmpty;
       s = (s + 1) & (kSlots - 1)) {
    const CueEntry& e = kCues[static_cast<std::size_t>(kTable[s])];
    if (e.word == word) return e.weight;
  }
  return 0.0;
}

}  // namespace quoth::quotes
