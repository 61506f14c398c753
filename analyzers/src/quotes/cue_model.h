// The cue model: whether a word, in its context, introduces an attributed
// statement ("said", "believes", "wants", "according", "found", "reported
// by"). An averaged perceptron over hashed features of the word and its
// neighbours (forms, shapes, punctuation, quote marks), learned from
// PolNeAR's training articles by `quoth-train-cue-model` (eval/README.md)
// and compiled in from cue_model_data.inc. Only words of the cue lexicon
// are candidates. Internal to the quote extractor; pure and thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "hashed_features.h"
#include "quote_tokens.h"

namespace quoth::quotes {

inline constexpr std::size_t kCueSlotBits = 17;
inline constexpr std::size_t kCueSlots = std::size_t{1} << kCueSlotBits;

// The weight slot of a feature hash.
[[nodiscard]] constexpr std::size_t cue_slot(std::uint64_t feature) {
  return top_bits_slot<kCueSlotBits>(feature);
}

// Whether token i can be a cue at all (a word of the cue lexicon).
[[nodiscard]] bool cue_candidate(const std::vector<QToken>& t, std::size_t i);

// The hashed features of candidate token i; `inside` says per token whether
// it is within quote marks. Appends to `out` (cleared first).
void cue_features(const std::vector<QToken>& t, const std::vector<bool>& inside, std::size_t i,
                  std::vector<std::uint64_t>& out);

// The model's score of those features (> 0: a cue).
[[nodiscard]] double cue_score(const std::vector<std::uint64_t>& features);

}  // namespace quoth::quotes
