// FNV-1a, 64 bits: a fast, stable hash of bytes. Stable means stored: the
// indexer's article keys are made of it, so it never changes.
#pragma once

#include <cstdint>
#include <string_view>

namespace quoth {

inline constexpr std::uint64_t kFnv1aBasis = 0xcbf29ce484222325ULL;
inline constexpr std::uint64_t kFnv1aPrime = 0x100000001b3ULL;

// The hash of `bytes`, or of their continuation after a hash `h` so far.
[[nodiscard]] constexpr std::uint64_t fnv1a(std::string_view bytes, std::uint64_t h = kFnv1aBasis) {
  for (const char c : bytes) h = (h ^ static_cast<unsigned char>(c)) * kFnv1aPrime;
  return h;
}

}  // namespace quoth
