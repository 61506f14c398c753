#include "cue_lexicon.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>


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

// A word as a key: its length and up to 16 of its bytes, two 64-bit
// windows (the first and last 8 bytes, overlapping in a shorter word; 4 and
// 4 below 8; first, middle and last below 4). A word of up to 16 bytes is
// equal to another exactly when their keys are: comparing keys is
// comparing words, without a call. Made in a few loads, not a loop over the
// bytes: every word of every text is looked up here.
struct Key {
  std::uint64_t a = 0, b = 0;
  std::size_t size = 0;
  constexpr bool operator==(const Key&) const = default;
};
constexpr std::size_t kKeyBytes = 16;

// n <= 8 bytes from p, little-endian.
constexpr std::uint64_t load(const char* p, std::size_t n) {
  if (!std::is_constant_evaluated() && std::endian::native == std::endian::little) {
    std::uint64_t v = 0;
    std::memcpy(&v, p, n);
    return v;
  }
  std::uint64_t v = 0;
  for (std::size_t i = 0; i < n; ++i) v |= std::uint64_t{static_cast<unsigned char>(p[i])} << (8 * i);
  return v;
}

constexpr Key key_of(std::string_view w) {
  const std::size_t n = w.size();
  const char* p = w.data();
  if (n >= 8) return {load(p, 8), load(p + n - 8, 8), n};
  if (n >= 4) return {load(p, 4), load(p + n - 4, 4), n};
  if (n > 0) return {load(p, 1) | load(p + n / 2, 1) << 8 | load(p + n - 1, 1) << 16, 0, n};
  return {};
}

constexpr std::uint64_t hash_of(const Key& k) {
  std::uint64_t h = (k.a * 0x9E3779B97F4A7C15ULL) ^ (k.b * 0xC2B2AE3D27D4EB4FULL) ^ k.size;
  h ^= h >> 29;
  return h * 0x165667B19E3779F9ULL;
}

// An open-addressing table of entry indices by their words' keys' hash,
// built at compile time; a slot keeps some bits of the hash as a tag, so
// that a look-up passing other words' slots reads no entries.
constexpr std::size_t kSlotBits = 12;
constexpr std::size_t kSlots = std::size_t{1} << kSlotBits;
static_assert(kSlots >= 2 * kCueCount, "the table must stay sparse");
constexpr std::int16_t kEmpty = -1;
struct Slot {
  std::int16_t entry = kEmpty;
  std::uint16_t tag = 0;
};
constexpr std::size_t slot_of(std::uint64_t h) { return h >> (64 - kSlotBits); }
constexpr std::uint16_t tag_of(std::uint64_t h) { return static_cast<std::uint16_t>(h); }

constexpr auto kKeys = [] {
  std::array<Key, kCueCount> keys{};
  for (std::size_t i = 0; i < kCueCount; ++i) keys[i] = key_of(kCues[i].word);
  return keys;
}();

constexpr auto kTable = [] {
  std::array<Slot, kSlots> table{};
  // Filled element by element: GCC 12 evaluating this at compile time
  // writes an element of the array's `{}` to all the others it left alike.
  table.fill(Slot{});
  for (std::size_t i = 0; i < kCueCount; ++i) {
    const std::uint64_t h = hash_of(kKeys[i]);
    std::size_t s = slot_of(h);
    while (table[s].entry != kEmpty) s = (s + 1) & (kSlots - 1);
    table[s] = {static_cast<std::int16_t>(i), tag_of(h)};
  }
  return table;
}();

// A bit per 2^15 values of another part of the hash, set for the lexicon's
// words: most words of a text are none of them, and are told so by these
// 4 KB, which the look-ups of every word keep cached, without the table.
constexpr std::size_t kFilterBits = 15;
constexpr std::size_t filter_bit(std::uint64_t h) { return (h >> 16) & ((std::size_t{1} << kFilterBits) - 1); }
constexpr auto kFilter = [] {
  std::array<std::uint64_t, (std::size_t{1} << kFilterBits) / 64> bits{};
  bits.fill(0);  // element by element, as the table
  for (std::size_t i = 0; i < kCueCount; ++i) {
    const std::size_t b = filter_bit(hash_of(kKeys[i]));
    bits[b / 64] |= std::uint64_t{1} << (b % 64);
  }
  return bits;
}();

}  // namespace

double cue_weight(std::string_view word) {
  const Key key = key_of(word);
  const std::uint64_t h = hash_of(key);
  if ((kFilter[filter_bit(h) / 64] >> (filter_bit(h) % 64) & 1) == 0) return 0.0;
  for (std::size_t s = slot_of(h); kTable[s].entry != kEmpty; s = (s + 1) & (kSlots - 1)) {
    if (kTable[s].tag != tag_of(h)) continue;
    const auto e = static_cast<std::size_t>(kTable[s].entry);
    if (kKeys[e] == key && (word.size() <= kKeyBytes || kCues[e].word == word)) return kCues[e].weight;
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
    // Looked up as the lexicon is (cue_weight): the same keys, tags and a
    // filter, since every word of every text is asked for here.
    keys_.reserve(entries_.size());
    for (const auto& entry : entries_) keys_.push_back(key_of(entry.first));
    slots_.assign(std::bit_ceil(entries_.size() * 2 + 1), Slot{});
    filter_.fill(0);
    for (std::size_t i = 0; i < entries_.size(); ++i) {
      const std::uint64_t h = hash_of(keys_[i]);
      std::size_t s = (h >> 32) & (slots_.size() - 1);
      while (slots_[s].entry != kEmptyEntry) s = (s + 1) & (slots_.size() - 1);
      slots_[s] = {static_cast<std::uint32_t>(i), tag_of(h)};
      filter_[filter_bit(h) / 64] |= std::uint64_t{1} << (filter_bit(h) % 64);
    }
  }

  double weight(std::string_view word) const {
    const Key key = key_of(word);
    const std::uint64_t h = hash_of(key);
    if ((filter_[filter_bit(h) / 64] >> (filter_bit(h) % 64) & 1) == 0) return 0.0;
    for (std::size_t s = (h >> 32) & (slots_.size() - 1); slots_[s].entry != kEmptyEntry; s = (s + 1) & (slots_.size() - 1)) {
      if (slots_[s].tag != tag_of(h)) continue;
      const std::uint32_t e = slots_[s].entry;
      if (keys_[e] == key && (word.size() <= kKeyBytes || entries_[e].first == word)) return entries_[e].second;
    }
    return 0.0;
  }

 private:
  static constexpr std::uint32_t kEmptyEntry = ~std::uint32_t{0};
  struct Slot {
    std::uint32_t entry = kEmptyEntry;
    std::uint16_t tag = 0;
  };
  std::vector<std::pair<std::string, double>> entries_;
  std::vector<Key> keys_;
  std::vector<Slot> slots_;
  std::array<std::uint64_t, (std::size_t{1} << kFilterBits) / 64> filter_{};
};

}  // namespace

double cue_family_weight(std::string_view word) {
  static const FamilyTable families;
  return families.weight(word);
}

}  // namespace quoth::quotes
