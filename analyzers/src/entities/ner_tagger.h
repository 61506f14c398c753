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
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace quoth::ner {

enum Tag : std::uint8_t { kO, kBPer, kIPer, kBOrg, kIOrg, kBLoc, kILoc, kBMisc, kIMisc, kTagCount };

inline constexpr std::uint32_t kBuckets = 1u << 18;  // hashed feature slots

[[nodiscard]] std::string_view tag_name(Tag t);
[[nodiscard]] Tag tag_from_name(std::string_view conll);  // "I-PER" → kIPer; unknown → kO

// Whether `next` may follow `previous` (I-X only after B-X or I-X).
[[nodiscard]] bool allowed(Tag previous, Tag next);

// The words of one sentence (or paragraph) and what does not depend on tags.
class SentenceFeatures {
 public:
  explicit SentenceFeatures(const std::vector<std::string_view>& words);

  [[nodiscard]] std::size_t size() const { return lower_.size(); }
  [[nodiscard]] const std::string& lower(std::size_t i) const { return lower_[i]; }
  [[nodiscard]] bool has_capital(std::size_t i) const { return capital_[i] != 0; }
  [[nodiscard]] bool caps_line() const { return caps_line_; }

  // Whether word i is scored after a word tagged `previous`.
  [[nodiscard]] bool scored(std::size_t i, Tag previous) const { return has_capital(i) || previous != kO; }

  // Hashed slots of word i's features that depend on neither tags nor the
  // document; computed when first asked, then kept.
  [[nodiscard]] const std::vector<std::uint32_t>& fixed(std::size_t i) const;

 private:
  std::vector<std::string_view> words_;
  std::vector<std::string> lower_, shapes_;
  std::vector<char> capital_;
  bool caps_line_ = false;
  mutable std::vector<std::vector<std::uint32_t>> fixed_;
  mutable std::vector<char> computed_;
};

// What a document's earlier sentences said of its capitalised words: how
// often each was tagged O, PER, ORG, LOC or MISC, and whether it was also
// written in lower case. One per document; sentences are tagged in order.
class DocumentMemory {
 public:
  // Slots of word i's memory features.
  void features(const SentenceFeatures& s, std::size_t i, std::vector<std::uint32_t>& out) const;
  // Remember the tags a sentence was given.
  void remember(const SentenceFeatures& s, const std::vector<Tag>& tags);

 private:
  struct Seen {
    std::array<std::uint16_t, 5> as{};  // O, PER, ORG, LOC, MISC
    std::uint16_t lower_case = 0;
  };
  // Keyed by a 64-bit hash of the lower-case word: no string is kept.
  std::unordered_map<std::uint64_t, Seen> seen_;
};

// Slots of the features of word i that depend on the two previous tags and
// on the document (when `memory` is given).
void context_features(const SentenceFeatures& s, std::size_t i, Tag previous, Tag previous2,
                      const DocumentMemory* memory, std::vector<std::uint32_t>& out);

// Weights: kBuckets * kTagCount values, slot-major.
class Tagger {
 public:
  Tagger(const std::int16_t* weights, float scale) : weights_(weights), scale_(scale) {}

  // The compiled-in model.
  [[nodiscard]] static const Tagger& builtin();

  // Tags of a sentence; with `memory`, uses and then updates the document's memory.
  [[nodiscard]] std::vector<Tag> tag(const std::vector<std::string_view>& words, DocumentMemory* memory) const;

 private:
  const std::int16_t* weights_;
  float scale_;
};

using Scores = std::array<double, kTagCount>;

// Greedy decoding shared by the tagger and the trainer: `add_row(slot,
// scores)` adds a slot's weights for every tag to `scores`.
template <typename AddRow>
std::vector<Tag> decode(const SentenceFeatures& s, const DocumentMemory* memory, AddRow&& add_row) {
  std::vector<Tag> tags(s.size(), kO);
  std::vector<std::uint32_t> context;
  for (std::size_t i = 0; i < tags.size(); ++i) {
    const Tag p1 = i > 0 ? tags[i - 1] : kO, p2 = i > 1 ? tags[i - 2] : kO;
    if (!s.scored(i, p1)) continue;
    context.clear();
    context_features(s, i, p1, p2, memory, context);
    Scores scores{};
    for (const std::uint32_t slot : s.fixed(i)) add_row(slot, scores);
    for (const std::uint32_t slot : context) add_row(slot, scores);
    double best = -1e300;
    for (int t = 0; t < kTagCount; ++t) {
      if (allowed(p1, static_cast<Tag>(t)) && scores[static_cast<std::size_t>(t)] > best) {
        best = scores[static_cast<std::size_t>(t)];
        tags[i] = static_cast<Tag>(t);
      }
    }
  }
  return tags;
}

}  // namespace quoth::ner
