// A Bloom filter over 64-bit hashes, two bits a hash: may_contain() is never
// wrong about a hash added, and rarely right about one that was not.
// Internal to the entity recognizer.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace quoth::entities {

template <std::size_t kBits>
class BloomFilter {
  static_assert(kBits % 64 == 0);

 public:
  void add(std::uint64_t h) { add_if(h, true); }
  // Adds h when `wanted`, without a branch on it (callers add some of a
  // stream of words, as good as at random).
  void add_if(std::uint64_t h, bool wanted) {
    for (const std::size_t bit : bits(h)) words_[bit / 64] |= std::uint64_t{wanted} << (bit % 64);
  }
  void clear() { words_.fill(0); }
  // Both bits are read, without a branch between them: most hashes asked
  // about were not added, and which bit tells is as good as random.
  [[nodiscard]] bool may_contain(std::uint64_t h) const {
    const auto [a, b] = bits(h);
    return ((words_[a / 64] >> (a % 64)) & (words_[b / 64] >> (b % 64)) & 1) != 0;
  }

 private:
  static std::array<std::size_t, 2> bits(std::uint64_t h) { return {h % kBits, (h >> 32) % kBits}; }
  std::array<std::uint64_t, kBits / 64> words_{};
};

}  // namespace quoth::entities
