// A statistical tagger for PERSON, ORG and PLACE names: an averaged
// perceptron over hashed features, decoded greedily left to right with BIO
// constraints (an I- tag only continues its own type). Trained by
// eval/train_ner.cpp on CoNLL-2003 (eng.train); the weights are compiled
// into the library (analyzers/data/ner.model), so using it reads no file.
//
// Features of a word: the word and its lower-case form, prefixes and
// suffixes up to four letters, its shape ("Xxxx", "XX", "d-d"), the words
// and shapes around it (two each side), word bigrams, whether the line is in
// capitals (a headline) and whether the word opens it, the gazetteer of
// countries, subdivisions and cities, first names, the tags already given to
// the two words before it, and what the document said of the same word
// before (DocumentMemory: "Washington" after "MaliVai Washington" is a man).
//
// Only words with a capital letter, and words that may continue a name
// ("of" after "Bank"), are scored; every other word is O. That keeps the
// tagger's cost to the few words that can be names.
#pragma once

#include <array>
#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "bloom_filter.h"
#include "entity_tables.h"

namespace quoth::ner {

enum Tag : std::uint8_t { kO, kBPer, kIPer, kBOrg, kIOrg, kBLoc, kILoc, kBMisc, kIMisc, kTagCount };

inline constexpr std::uint32_t kBuckets = 1u << 18;  // hashed feature slots

[[nodiscard]] std::string_view tag_name(Tag t);
[[nodiscard]] Tag tag_from_name(std::string_view conll);  // "I-PER" → kIPer; unknown → kO

// Whether `next` may follow `previous` (I-X only after B-X or I-X), by
// table: it is asked of every tag of every scored word.
inline constexpr std::array<std::array<bool, kTagCount>, kTagCount> kAllowed = [] {
  std::array<std::array<bool, kTagCount>, kTagCount> a{};
  for (int p = 0; p < kTagCount; ++p) {
    for (int n = 0; n < kTagCount; ++n) {
      const bool inside = n == kIPer || n == kIOrg || n == kILoc || n == kIMisc;  // B-X is I-X - 1
      a[static_cast<std::size_t>(p)][static_cast<std::size_t>(n)] = !inside || p == n - 1 || p == n;
    }
  }
  return a;
}();
[[nodiscard]] constexpr bool allowed(Tag previous, Tag next) { return kAllowed[previous][next]; }

// The words of one sentence (or paragraph) and what does not depend on tags.
// Each word's lower-case hash is computed at once; its lower-case form (into
// one buffer) and its shape's hash when a feature first needs them. A
// feature's slot combines hashes, so no feature string is built.
class SentenceFeatures {
 public:
  SentenceFeatures() = default;
  explicit SentenceFeatures(const std::vector<std::string_view>& words) { assign(words); }
  // Starts over with another sentence, keeping the buffers.
  void assign(const std::vector<std::string_view>& words);
  // The same, taking the words' buffer and leaving `words` the previous
  // sentence's (a caller that fills a vector sentence after sentence copies nothing).
  void take(std::vector<std::string_view>& words);

  [[nodiscard]] std::size_t size() const { return words_.size(); }
  [[nodiscard]] std::string_view lower(std::size_t i) const {
    prepare(i);
    return piece(info_[i].lower_at, info_[i].lower_size);
  }
  [[nodiscard]] std::uint64_t lower_hash(std::size_t i) const { return info_[i].lower_hash; }
  [[nodiscard]] bool has_capital(std::size_t i) const { return info_[i].capital; }
  [[nodiscard]] bool alphabetic(std::size_t i) const { return info_[i].alphabetic; }
  [[nodiscard]] bool caps_line() const { return caps_line_; }

  // Whether word i is scored after a word tagged `previous`.
  [[nodiscard]] bool scored(std::size_t i, Tag previous) const { return has_capital(i) || previous != kO; }

  // Hashed slots of word i's features that depend on neither tags nor the
  // document, computed when first asked, then kept; a span is valid until
  // the next call. `own` are those of the word alone (as written, with
  // whether it opens the sentence and whether the line is in capitals: the
  // same `own_key` gives the same slots); `around` those of its neighbours.
  [[nodiscard]] std::span<const std::uint32_t> own(std::size_t i) const;
  [[nodiscard]] std::span<const std::uint32_t> around(std::size_t i) const;
  [[nodiscard]] std::uint64_t own_key(std::size_t i) const;

 private:
  struct Slots {
    std::uint32_t at = 0, size = 0;  // in slots_; size 0: not computed yet
  };
  // All that is kept of a word, in one place: assign() starts each afresh
  // in the pass that hashes it.
  struct Word {
    std::uint32_t lower_at = 0, lower_size = 0;  // in text_, once prepared
    std::uint64_t lower_hash = 0, shape_hash = 0;
    std::uint64_t own_key = 0;  // 0: not computed yet
    Slots own, around;
    std::uint16_t classes = entities::kClassesNotLookedUp;  // entities' word classes, until asked
    bool capital = false, alphabetic = false, prepared = false;
  };
  // Writes word i's lower-case form and hashes its shape, when first needed.
  void prepare(std::size_t i) const {
    if (!info_[i].prepared) write_forms(i);
  }
  void write_forms(std::size_t i) const;
  void describe_words();  // what assign() and take() compute of words_
  [[nodiscard]] std::uint64_t shape_hash(std::size_t i) const {
    prepare(i);
    return info_[i].shape_hash;
  }
  [[nodiscard]] std::string_view piece(std::uint32_t at, std::uint32_t size) const { return {text_.data() + at, size}; }
  [[nodiscard]] std::uint16_t classes(std::size_t i) const;  // entity_tables' word classes, looked up once
  [[nodiscard]] std::uint64_t own_shape(std::size_t i) const;  // "CAPS" for a word of a headline
  [[nodiscard]] bool starts_capital(std::size_t i) const;     // "Witkoff", not "eBay"
  void compute_own(std::size_t i) const;
  void compute_around(std::size_t i) const;

  std::vector<std::string_view> words_;
  // The lower-case forms, back to back: text_used_ bytes of text_, which is
  // sized for the longest sentence yet (so writing a form neither fills nor
  // moves it, and views into it hold).
  mutable std::string text_;
  mutable std::size_t text_used_ = 0;
  mutable std::vector<Word> info_;
  bool caps_line_ = false;
  mutable std::vector<std::uint32_t> slots_;  // features, word after word as computed
};

// The slots of a word's context features (at most six: the two tag
// features, the tag-and-word pair and three of the document's memory), kept
// in place rather than on the heap: they are gathered for every scored word.
class ContextSlots {
 public:
  void push_back(std::uint32_t slot) { slots_[size_++] = slot; }
  void clear() { size_ = 0; }
  [[nodiscard]] std::span<const std::uint32_t> slots() const { return {slots_.data(), size_}; }

 private:
  std::array<std::uint32_t, 6> slots_;
  std::size_t size_ = 0;
};

// What a document's earlier sentences said of its capitalised words: how
// often each was tagged O, PER, ORG, LOC or MISC, and whether it was also
// written in lower case (a Bloom filter: once in a few thousand words, a
// word never written so is taken for one that was). One per document;
// sentences are tagged in order.
class DocumentMemory {
 public:
  // Slots of word i's memory features.
  void features(const SentenceFeatures& s, std::size_t i, ContextSlots& out) const;
  // Remember the tags a sentence was given.
  void remember(const SentenceFeatures& s, const std::vector<Tag>& tags);
  // Forget everything, for the next document (keeping the buffers).
  void clear();

 private:
  struct Seen {
    std::uint64_t key = 0;  // the word's lower-case hash; 0: an empty slot
    std::array<std::uint16_t, 5> as{};  // O, PER, ORG, LOC, MISC
  };
  [[nodiscard]] const Seen* find(std::uint64_t key) const;
  Seen& at(std::uint64_t key);
  // Capitalised words: open addressing keyed by a 64-bit hash of the
  // lower-case word (no string is kept).
  std::vector<Seen> table_;
  std::size_t used_ = 0;
  // Words written in lower case (most words are, and only whether a name
  // was is asked).
  entities::BloomFilter<16384> lower_case_;
};

// Slots of the features of word i that depend on the two previous tags and
// on the document (when `memory` is given); `context_slot` is the one of
// them that pairs the word with the tag before it.
[[nodiscard]] std::uint32_t context_slot(const SentenceFeatures& s, std::size_t i, Tag previous);
void context_features(const SentenceFeatures& s, std::size_t i, Tag previous, Tag previous2,
                      const DocumentMemory* memory, ContextSlots& out);
// The same features in two parts: those of the two previous tags alone
// (the same for every word: the tagger sums their rows once per pair of
// tags), and those of the word with the tag before and of the document.
void tag_features(Tag previous, Tag previous2, ContextSlots& out);
void word_context_features(const SentenceFeatures& s, std::size_t i, Tag previous, const DocumentMemory* memory,
                           ContextSlots& out);

template <typename Score>
using Scores = std::array<Score, kTagCount>;

// Weights: kBuckets * kTagCount values, slot-major.
class Tagger {
 public:
  Tagger(const std::int16_t* weights, float scale);

  // The compiled-in model.
  [[nodiscard]] static const Tagger& builtin();

  // Tags of a sentence into `tags`; with `memory`, uses and then updates the
  // document's memory. `s` is the sentence (assigned by the caller, who keeps
  // it between sentences so its buffers are reused).
  void tag(const SentenceFeatures& s, DocumentMemory* memory, std::vector<Tag>& tags) const;

 private:
  // The row of a slot, or a row of zeros when all its weights are 0: three
  // slots in four never were trained, and the zero row stays in the
  // first-level cache where theirs would be read from megabytes away. It is
  // chosen without a branch: whether a feature's slot was trained is
  // as good as random, and a branch on it was mispredicted half the time.
  [[nodiscard]] const std::int16_t* row(std::uint32_t slot) const {
    const std::int16_t* const rows[2] = {kZeroRow.data(), weights_ + static_cast<std::size_t>(slot) * kTagCount};
    return rows[trained_[slot / 64] >> (slot % 64) & 1];
  }

  static constexpr std::array<std::int16_t, kTagCount> kZeroRow{};
  const std::int16_t* weights_;
  float scale_;
  std::vector<std::uint64_t> trained_;  // a bit per slot: whether any of its weights is not 0
  // Per previous two tags, the summed rows of their tag_features(): asked
  // of every scored word, summed once.
  std::array<std::array<Scores<std::int32_t>, kTagCount>, kTagCount> tag_sums_{};
};

// Greedy decoding shared by the tagger and the trainer: `add_row(slot,
// scores)` adds a slot's weights for every tag to `scores` (a Sums: Scores
// or any type that starts at zero and reads a tag's score with []).
// `add_own(i, scores)` adds the weights of word i's own features (the
// tagger caches their sum per word), `add_tags(p1, p2, scores)` those of the
// two previous tags' features (tag_features; the tagger sums them once per
// pair); `fetch(j)` is told of the capitalised words ahead, kAhead of them
// before they are scored, so that what scoring them reads can be fetched
// while the words before are scored.
template <typename Score, typename Sums = Scores<Score>, typename AddOwn, typename AddTags, typename AddRow,
          typename Fetch>
void decode(const SentenceFeatures& s, const DocumentMemory* memory, AddOwn&& add_own, AddTags&& add_tags,
            AddRow&& add_row, Fetch&& fetch, std::vector<Tag>& tags) {
  constexpr std::size_t kAhead = 2;
  tags.assign(s.size(), kO);
  ContextSlots context;
  std::size_t next = 0, fetched = 0;  // the next word to look at for fetching; words fetched, not yet scored
  const auto fetch_ahead = [&] {
    for (; fetched < kAhead && next < s.size(); ++next) {
      if (s.has_capital(next)) {
        fetch(next);
        ++fetched;
      }
    }
  };
  for (std::size_t i = 0; i < tags.size(); ++i) {
    if (i < next && s.has_capital(i)) --fetched;
    fetch_ahead();
    const Tag p1 = i > 0 ? tags[i - 1] : kO, p2 = i > 1 ? tags[i - 2] : kO;
    if (!s.scored(i, p1)) continue;
    context.clear();
    word_context_features(s, i, p1, memory, context);
    Sums scores{};
    add_own(i, scores);
    for (const std::uint32_t slot : s.around(i)) add_row(slot, scores);
    add_tags(p1, p2, scores);  // between the two, as context_features() lists them: the trainer's sums are the same
    for (const std::uint32_t slot : context.slots()) add_row(slot, scores);
    // The first allowed tag of the highest score, chosen without branches
    // on the scores (which tag wins is as good as random).
    constexpr Score kLowest = std::numeric_limits<Score>::lowest();
    Score best = kLowest;
    Tag chosen = kO;
    for (std::size_t t = 0; t < kTagCount; ++t) {
      const Score score = kAllowed[p1][t] ? Score(scores[t]) : kLowest;
      const bool better = score > best;
      best = better ? score : best;
      chosen = better ? static_cast<Tag>(t) : chosen;
    }
    tags[i] = chosen;
  }
}

// The same, reading every slot (no cache of own features or of the tags'
// features, nothing fetched ahead): the trainer's decoding, whose weights
// change as it goes.
template <typename Score, typename AddRow>
void decode(const SentenceFeatures& s, const DocumentMemory* memory, AddRow&& add_row, std::vector<Tag>& tags) {
  const auto add_own = [&](std::size_t i, Scores<Score>& scores) {
    for (const std::uint32_t slot : s.own(i)) add_row(slot, scores);
  };
  const auto add_tags = [&](Tag p1, Tag p2, Scores<Score>& scores) {
    ContextSlots slots;
    tag_features(p1, p2, slots);
    for (const std::uint32_t slot : slots.slots()) add_row(slot, scores);
  };
  decode<Score>(s, memory, add_own, add_tags, add_row, [](std::size_t) {}, tags);
}

}  // namespace quoth::ner
