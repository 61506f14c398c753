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
  void add(std::uint64_t h) {
    for (const std::size_t bit : bits(h)) words_[bit / 64] |= std::uint64_t{1} << (bit % 64);
  }
  void clear() { words_.fill(0); }
  [[nodiscard]] bool may_contain(std::uint64_t h) const {
    for (const std::size_t bit : bits(h)) {
      if ((words_[bit / 64] >> (bit % 64) & 1) == 0) return false;
    }
    return true;
  }

 private:
  static std::array<std::size_t, 2> bits(std::uint64_t h) { return {h % kBits, (h >> 32) % kBits}; }
  std::array<std::uint64_t, kBits / 64> words_{};
};

}  // namespace quoth::entities
