#include "cue_lexicon.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cassert>
#include <cstdint>
#include <cstring>
#include <optional>
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

// Open-addressing tables of entry indices by their words' keys' hash (a
// power of two of slots, at most half full): a slot keeps some bits of the
// hash as a tag, so that a look-up passing other words' slots reads no
// entries; and a bit per 2^15 values of another part of the hash, set for
// the table's words: most words of a text are none of them, and are told
// so by these 4 KB, which the look-ups of every word keep cached, without
// the table. The lexicon's table is built at compile time, the verb
// families' (below) once at run time; both are read by find_entry.
constexpr std::int16_t kEmpty = -1;
struct Slot {
  std::int16_t entry = kEmpty;
  std::uint16_t tag = 0;
};
constexpr std::size_t kFilterBits = 15;
using Filter = std::array<std::uint64_t, (std::size_t{1} << kFilterBits) / 64>;
constexpr std::size_t slot_in(std::uint64_t h, std::size_t slots) { return (h >> 32) & (slots - 1); }
constexpr std::uint16_t tag_of(std::uint64_t h) { return static_cast<std::uint16_t>(h); }
constexpr std::size_t filter_bit(std::uint64_t h) { return (h >> 16) & ((std::size_t{1} << kFilterBits) - 1); }

// Puts entry `entry`, of key `key`, in `slots` and `filter`.
template <typename Slots>
constexpr void insert(Slots& slots, Filter& filter, const Key& key, std::size_t entry) {
  const std::uint64_t h = hash_of(key);
  std::size_t s = slot_in(h, slots.size());
  while (slots[s].entry != kEmpty) s = (s + 1) & (slots.size() - 1);
  slots[s] = {static_cast<std::int16_t>(entry), tag_of(h)};
  filter[filter_bit(h) / 64] |= std::uint64_t{1} << (filter_bit(h) % 64);
}

// The entry whose word is `word` (keys[e] its key, word_of(e) its word),
// or none.
template <typename Slots, typename Keys, typename WordOf>
std::optional<std::size_t> find_entry(const Slots& slots, const Filter& filter, const Keys& keys, WordOf word_of,
                                      std::string_view word) {
  const Key key = key_of(word);
  const std::uint64_t h = hash_of(key);
  if ((filter[filter_bit(h) / 64] >> (filter_bit(h) % 64) & 1) == 0) return std::nullopt;
  for (std::size_t s = slot_in(h, slots.size()); slots[s].entry != kEmpty; s = (s + 1) & (slots.size() - 1)) {
    if (slots[s].tag != tag_of(h)) continue;
    const auto e = static_cast<std::size_t>(slots[s].entry);
    if (keys[e] == key && (word.size() <= kKeyBytes || word_of(e) == word)) return e;
  }
  return std::nullopt;
}

constexpr std::size_t kSlots = 4096;
static_assert(kSlots >= 2 * kCueCount, "the table must stay sparse");

constexpr auto kKeys = [] {
  std::array<Key, kCueCount> keys{};
  for (std::size_t i = 0; i < kCueCount; ++i) keys[i] = key_of(kCues[i].word);
  return keys;
}();

struct LexiconTable {
  std::array<Slot, kSlots> slots;
  Filter filter;
};
constexpr LexiconTable kTable = [] {
  LexiconTable table{};
  // Filled element by element: GCC 12 evaluating this at compile time
  // writes an element of the array's `{}` to all the others it left alike.
  table.slots.fill(Slot{});
  table.filter.fill(0);
  for (std::size_t i = 0; i < kCueCount; ++i) insert(table.slots, table.filter, kKeys[i], i);
  return table;
}();

}  // namespace

double cue_weight(std::string_view word) {
  const auto e = find_entry(kTable.slots, kTable.filter, kKeys, [](std::size_t i) { return kCues[i].word; }, word);
  return e ? kCues[*e].weight : 0.0;
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
    // Looked up as the lexicon is (cue_weight), since every word of every
    // text is asked for here.
    assert(entries_.size() < std::size_t{1} << 15);  // Slot::entry's range
    keys_.reserve(entries_.size());
    for (const auto& entry : entries_) keys_.push_back(key_of(entry.first));
    slots_.assign(std::bit_ceil(entries_.size() * 2 + 1), Slot{});
    filter_.fill(0);
    for (std::size_t i = 0; i < entries_.size(); ++i) insert(slots_, filter_, keys_[i], i);
  }

  double weight(std::string_view word) const {
    const auto e = find_entry(slots_, filter_, keys_, [this](std::size_t i) { return std::string_view(entries_[i].first); }, word);
    return e ? entries_[*e].second : 0.0;
  }

 private:
  std::vector<std::pair<std::string, double>> entries_;
  std::vector<Key> keys_;
  std::vector<Slot> slots_;
  Filter filter_{};
};

}  // namespace

double cue_family_weight(std::string_view word) {
  static const FamilyTable families;
  return families.weight(word);
}

}  // namespace quoth::quotes
