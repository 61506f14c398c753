// What the quote extractor's learned models (cue_model.h, content_model.h,
// source_selector.h) share: features are 64-bit hashes, folded into a table
// of 2^Bits weights by their top bits; a model's score is the sum of its
// features' weights. Internal to the quote extractor; pure.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "quoth/analyzers/fnv1a.h"

namespace quoth::quotes {

// The weight slot of a feature hash in a table of 2^Bits.
template <std::size_t Bits>
[[nodiscard]] constexpr std::size_t top_bits_slot(std::uint64_t feature) {
  return feature >> (64 - Bits);
}

// The sum of the features' weights.
template <std::size_t Bits>
[[nodiscard]] double weight_sum(const std::array<float, std::size_t{1} << Bits>& weights,
                                const std::vector<std::uint64_t>& features) {
  double sum = 0;
  for (const std::uint64_t f : features) sum += weights[top_bits_slot<Bits>(f)];
  return sum;
}

// Folds a part into a feature's hash: a multiply-xorshift step, a handful
// of instructions (the slot is read from the top bits, which it mixes well).
[[nodiscard]] constexpr std::uint64_t mix(std::uint64_t h, std::uint64_t part) {
  h ^= part + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
  h *= 0xff51afd7ed558ccdULL;
  return h ^ (h >> 33);
}

// A feature's name, hashed when the program is compiled: every feature is
// named by a literal, and only its parts, which vary, are hashed per feature.
struct FeatureName {
  std::uint64_t hash;
  template <std::size_t N>
  consteval FeatureName(const char (&name)[N])  // NOLINT(google-explicit-constructor): f("bias", …)
      : hash(fnv1a(std::string_view(name, N - 1))) {}
};

// A feature's part as its hash (FNV-1a of its bytes). Parts that recur, the
// words of tokens, are hashed once when the tokens are made (QToken::hash)
// and passed as Part::of_hash; literals and other strings are hashed here.
struct Part {
  std::uint64_t hash = kFnv1aBasis;  // the empty part's
  constexpr Part() = default;
  constexpr Part(std::string_view s) : hash(fnv1a(s)) {}  // NOLINT(google-explicit-constructor): f("w", suffix)
  template <std::size_t N>  // a literal's, hashed when compiled
  consteval Part(const char (&s)[N]) : hash(fnv1a(std::string_view(s, N - 1))) {}  // NOLINT(google-explicit-constructor)
  [[nodiscard]] static constexpr Part of_hash(std::uint64_t h) {
    Part p;
    p.hash = h;
    return p;
  }
};

// Appends the hash of a feature given as a name and up to three parts: the
// name's hash and the parts' folded in order, then finalised (murmur3's
// fmix64) so that every bit of every part reaches the top bits.
struct StringFeatures {
  std::vector<std::uint64_t>& out;
  void operator()(FeatureName name, Part a, Part b = {}, Part c = {}) const {
    std::uint64_t h = mix(mix(mix(name.hash, a.hash), b.hash), c.hash);
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    out.push_back(h ^ (h >> 33));
  }
};

}  // namespace quoth::quotes
