// UTF-8 validation, repair and code-point counting.
//
// Pure functions over byte strings. Invalid input is never an exception: it
// is repaired (each maximal invalid subsequence becomes U+FFFD) and reported.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "quoth/analyzers/span.h"

namespace quoth {

inline constexpr char32_t kReplacementCharacter = 0xFFFD;

struct Utf8Repair {
  std::string text;                      // valid UTF-8
  std::size_t invalid_sequences = 0;     // how many were replaced
  std::optional<ByteOffset> first_invalid_byte;  // in the input
};

// Returns the byte offset of the first invalid sequence, or nullopt if valid.
[[nodiscard]] std::optional<ByteOffset> find_invalid_utf8(std::string_view bytes);

// Replaces every invalid sequence by U+FFFD (WHATWG "maximal subpart" rule).
[[nodiscard]] Utf8Repair repair_utf8(std::string_view bytes);

// Number of code points in valid UTF-8.
[[nodiscard]] std::size_t count_code_points(std::string_view utf8);

// Decodes the code point starting at utf8[i] (valid UTF-8), advancing i.
[[nodiscard]] char32_t decode_code_point(std::string_view utf8, std::size_t& i);

// Appends the UTF-8 encoding of cp to out.
void append_utf8(std::string& out, char32_t cp);

// Converts byte offsets into code-point offsets for one string, walking
// forward only: each call must pass an offset >= the previous one. Linear in
// the string over all calls.
class CodePointCursor {
 public:
  explicit CodePointCursor(std::string_view utf8) : text_(utf8) {}
  [[nodiscard]] CodePointOffset at(ByteOffset byte_offset);

 private:
  std::string_view text_;
  ByteOffset byte_ = 0;
  CodePointOffset code_point_ = 0;
};

// The reverse: code-point offsets into byte offsets, walking forward only
// (each call passes an offset >= the previous one; linear over all calls).
class ByteCursor {
 public:
  explicit ByteCursor(std::string_view utf8) : text_(utf8) {}
  [[nodiscard]] ByteOffset at(CodePointOffset code_point);
  // The code-point offset the cursor stands at (that of the last call).
  [[nodiscard]] CodePointOffset code_point() const { return code_point_; }

 private:
  std::string_view text_;
  ByteOffset byte_ = 0;
  CodePointOffset code_point_ = 0;
};

// Byte offsets of code-point offsets in one string, in any order: a
// checkpoint every 64 code points, so each lookup scans at most 63.
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view utf8);
  [[nodiscard]] ByteOffset byte_of(CodePointOffset cp) const;
  // The bytes of [from, to).
  [[nodiscard]] std::string_view slice(CodePointOffset from, CodePointOffset to) const;

 private:
  static constexpr CodePointOffset kStride = 64;
  std::string_view text_;
  std::vector<ByteOffset> checkpoints_;  // byte offset of code point k * kStride
};

// The byte offset of a code-point offset (linear scan).
[[nodiscard]] ByteOffset byte_offset_of(std::string_view utf8, CodePointOffset cp);

}  // namespace quoth
