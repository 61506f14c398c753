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

// A feature's name, hashed when the program is compiled: every feature is
// named by a literal, and only its parts, which vary, are hashed per feature.
struct FeatureName {
  std::uint64_t hash;
  template <std::size_t N>
  consteval FeatureName(const char (&name)[N])  // NOLINT(google-explicit-constructor): f("bias", …)
      : hash(fnv1a(std::string_view(name, N - 1))) {}
};

// Appends the hash of a feature given as a name and up to three string
// parts (FNV-1a, parts kept apart by a unit separator).
struct StringFeatures {
  std::vector<std::uint64_t>& out;
  void operator()(FeatureName name, std::string_view a, std::string_view b = {}, std::string_view c = {}) const {
    std::uint64_t h = name.hash;
    h = fnv1a(std::string_view("\x1f"), fnv1a(a, h));
    h = fnv1a(std::string_view("\x1f"), fnv1a(b, h));
    out.push_back(fnv1a(c, h));
  }
};

}  // namespace quoth::quotes
