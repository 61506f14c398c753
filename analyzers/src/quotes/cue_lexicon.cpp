#include "cue_lexicon.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

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

namespace {

// The stem of a verb form: the word less "ing", "ed", "es" or "s" (and
// one of a doubled final consonant: "planned", "planning"); the word
// itself if it has none of those endings.
std::string_view verb_stem(std::string_view w) {
  std::string_view stem = w;
  for (const std::string_view ending : {"ing", "ed", "es", "s"}) {
    if (w.size() > ending.size() + 2 && w.ends_with(ending)) {
      stem = w.substr(0, w.size() - ending.size());
      break;
    }
  }
  if (stem.size() != w.size() && stem.size() > 3 && stem[stem.size() - 1] == stem[stem.size() - 2]) {
    stem.remove_suffix(1);
  }
  return stem;
}

// The endings that make a verb's forms of its stem.
constexpr std::string_view kFormEndings[] = {"", "e", "s", "es", "ed", "d", "ing"};

// The lexicon's words with their weights, and the forms it lacks of their
// verbs, each with the highest weight of its family: built once.
class FamilyTable {
 public:
  FamilyTable() {
    std::vector<std::pair<std::string, double>> forms;
    for (const CueEntry& e : kCues) {
      if (e.word.size() < 4 || e.word.ends_with("ly")) continue;
      const std::string_view stem = verb_stem(e.word);
      for (const std::string_view ending : kFormEndings) {
        std::string form = std::string(stem) + std::string(ending);
        if (cue_weight(form) == 0) forms.emplace_back(std::move(form), e.weight);
      }
    }
    // The lexicon's own words too, so that any word costs one probe here.
    for (const CueEntry& e : kCues) forms.emplace_back(std::string(e.word), e.weight);
    std::sort(forms.begin(), forms.end());
    for (const auto& [form, weight] : forms) {
      if (!entries_.empty() && entries_.back().first == form) {
        entries_.back().second = std::max(entries_.back().second, weight);
      } else {
        entries_.emplace_back(form, weight);
      }
    }
    slots_.assign(std::bit_ceil(entries_.size() * 2 + 1), kEmptySlot);
    for (std::size_t i = 0; i < entries_.size(); ++i) {
      std::size_t s = fnv1a(entries_[i].first) & (slots_.size() - 1);
      while (slots_[s] != kEmptySlot) s = (s + 1) & (slots_.size() - 1);
      slots_[s] = static_cast<std::uint32_t>(i);
    }
  }

  double weight(std::string_view word) const {
    for (std::size_t s = fnv1a(word) & (slots_.size() - 1); slots_[s] != kEmptySlot; s = (s + 1) & (slots_.size() - 1)) {
      if (entries_[slots_[s]].first == word) return entries_[slots_[s]].second;
    }
    return 0.0;
  }

 private:
  static constexpr std::uint32_t kEmptySlot = ~std::uint32_t{0};
  std::vector<std::pair<std::string, double>> entries_;
  std::vector<std::uint32_t> slots_;
};

}  // namespace

double cue_family_weight(std::string_view word) {
  static const FamilyTable families;
  return families.weight(word);
}

}  // namespace quoth::quotes
