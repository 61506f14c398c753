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
// countries, subdivisions and cities, and the tags already given to the two
// words before it.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace quoth::ner {

enum Tag : std::uint8_t { kO, kBPer, kIPer, kBOrg, kIOrg, kBLoc, kILoc, kBMisc, kIMisc, kTagCount };

inline constexpr std::uint32_t kBuckets = 1u << 18;  // hashed feature slots

[[nodiscard]] std::string_view tag_name(Tag t);
[[nodiscard]] Tag tag_from_name(std::string_view conll);  // "I-PER" → kIPer; unknown → kO

// Whether `next` may follow `previous` (I-X only after B-X or I-X).
[[nodiscard]] bool allowed(Tag previous, Tag next);

// The words of one sentence (or line) and what does not depend on tags.
struct SentenceFeatures {
  explicit SentenceFeatures(const std::vector<std::string_view>& words);
  std::vector<std::vector<std::uint32_t>> fixed;  // per word: hashed feature slots
  std::vector<std::string> lower;                 // per word
};

// Slots of the features that depend on the two previous tags.
void tag_features(const SentenceFeatures& s, std::size_t i, Tag previous, Tag previous2,
                  std::vector<std::uint32_t>& out);

// Weights: kBuckets * kTagCount values, slot-major.
class Tagger {
 public:
  Tagger(const std::int16_t* weights, float scale) : weights_(weights), scale_(scale) {}

  // The compiled-in model.
  [[nodiscard]] static const Tagger& builtin();

  [[nodiscard]] std::vector<Tag> tag(const std::vector<std::string_view>& words) const;

 private:
  const std::int16_t* weights_;
  float scale_;
};

using Scores = std::array<double, kTagCount>;

// Greedy decoding shared by the tagger and the trainer: `add_row(slot,
// scores)` adds a slot's weights for every tag to `scores`.
template <typename AddRow>
std::vector<Tag> decode(const SentenceFeatures& s, AddRow&& add_row) {
  std::vector<Tag> tags(s.fixed.size(), kO);
  std::vector<std::uint32_t> dynamic;
  for (std::size_t i = 0; i < tags.size(); ++i) {
    const Tag p1 = i > 0 ? tags[i - 1] : kO, p2 = i > 1 ? tags[i - 2] : kO;
    dynamic.clear();
    tag_features(s, i, p1, p2, dynamic);
    Scores scores{};
    for (const std::uint32_t slot : s.fixed[i]) add_row(slot, scores);
    for (const std::uint32_t slot : dynamic) add_row(slot, scores);
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
