// The content model: where reported content after its cue starts (past
// "that", the hearer, the rest of a cue phrase: "called on", "refuses to
// disavow") and where it ends (a comma, "and", another cue, or the sentence
// end). Two averaged perceptrons over the features of content_bounds.h,
// learned from PolNeAR's training articles by `quoth-train-content-model`
// (eval/README.md) and compiled in from content_model_data.inc. Decoding
// is greedy, left to right: the first token the model accepts. Internal to
// the quote extractor; pure and thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "hashed_features.h"
#include "content_bounds.h"

namespace quoth::quotes {

inline constexpr std::size_t kContentSlotBits = 16;
inline constexpr std::size_t kContentSlots = std::size_t{1} << kContentSlotBits;

[[nodiscard]] constexpr std::size_t content_slot(std::uint64_t feature) {
  return top_bits_slot<kContentSlotBits>(feature);
}

[[nodiscard]] double content_score(const std::vector<std::uint64_t>& features);

// The first token of content after cue k, before `end`.
[[nodiscard]] std::size_t learned_content_start(const ContentContext& x, std::size_t k, std::size_t end,
                                                std::vector<std::uint64_t>& scratch);

// The token before which content from c (after cue k) ends: `end` at most.
[[nodiscard]] std::size_t learned_content_end(const ContentContext& x, std::size_t k, std::size_t c,
                                              std::size_t end, std::vector<std::uint64_t>& scratch);

}  // namespace quoth::quotes
