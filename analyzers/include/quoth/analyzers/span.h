// Offsets and spans into an article's stored text.
//
// Every offset a stage of quoth reports is a Unicode code-point offset into
// the article text as quoth stores it (see quoth/index/schema.h). Byte offsets
// appear only where a caller needs to slice UTF-8, and are named as such.
#pragma once

#include <cstddef>
#include <cstdint>

namespace quoth {

using CodePointOffset = std::uint32_t;
using ByteOffset = std::size_t;

// A half-open range [start, end) of code points.
struct Span {
  CodePointOffset start = 0;
  CodePointOffset end = 0;

  [[nodiscard]] CodePointOffset length() const { return end - start; }
  [[nodiscard]] bool empty() const { return end <= start; }
  friend bool operator==(const Span&, const Span&) = default;
};

// A half-open range [start, end) of bytes in a UTF-8 string.
struct ByteSpan {
  ByteOffset start = 0;
  ByteOffset end = 0;

  [[nodiscard]] ByteOffset length() const { return end - start; }
  friend bool operator==(const ByteSpan&, const ByteSpan&) = default;
};

}  // namespace quoth
