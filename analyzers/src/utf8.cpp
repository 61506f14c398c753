#include "quoth/analyzers/utf8.h"

namespace quoth {
namespace {

// Length of the valid sequence starting at bytes[i], or 0 if invalid. When
// invalid, `consumed` receives the length of the maximal invalid subpart.
std::size_t valid_sequence_length(std::string_view bytes, std::size_t i, std::size_t& consumed) {
  const auto b0 = static_cast<unsigned char>(bytes[i]);
  consumed = 1;
  if (b0 < 0x80) return 1;
  std::size_t need = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;  // no surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  for (std::size_t k = 1; k <= need; ++k) {
    if (i + k >= bytes.size()) return 0;
    const auto b = static_cast<unsigned char>(bytes[i + k]);
    const unsigned char l = (k == 1) ? lo : 0x80;
    const unsigned char h = (k == 1) ? hi : 0xBF;
    if (b < l || b > h) return 0;
    consumed = k + 1;
  }
  return need + 1;
}

}  // namespace

std::optional<ByteOffset> find_invalid_utf8(std::string_view bytes) {
  std::size_t i = 0;
  while (i < bytes.size()) {
    if (static_cast<unsigned char>(bytes[i]) < 0x80) {
      ++i;
      continue;
    }
    std::size_t consumed = 0;
    const std::size_t n = valid_sequence_length(bytes, i, consumed);
    if (n == 0) return i;
    i += n;
  }
  return std::nullopt;
}

Utf8Repair repair_utf8(std::string_view bytes) {
  Utf8Repair result;
  const auto first = find_invalid_utf8(bytes);
  if (!first) {
    result.text.assign(bytes);
    return result;
  }
  result.first_invalid_byte = first;
  result.text.reserve(bytes.size() + 16);
  result.text.append(bytes.substr(0, *first));
  std::size_t i = *first;
  while (i < bytes.size()) {
    std::size_t consumed = 0;
    const std::size_t n = valid_sequence_length(bytes, i, consumed);
    if (n == 0) {
      append_utf8(result.text, kReplacementCharacter);
      ++result.invalid_sequences;
      i += consumed;
    } else {
      result.text.append(bytes.substr(i, n));
      i += n;
    }
  }
  return result;
}

std::size_t count_code_points(std::string_view utf8) {
  std::size_t n = 0;
  for (const char c : utf8) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

char32_t decode_code_point(std::string_view s, std::size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i++]);
  if (b0 < 0x80) return b0;
  int extra = b0 >= 0xF0 ? 3 : b0 >= 0xE0 ? 2 : 1;
  char32_t cp = b0 & (0x3F >> extra);
  while (extra-- > 0 && i < s.size()) {
    cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3F);
  }
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

CodePointOffset CodePointCursor::at(ByteOffset byte_offset) {
  if (byte_offset < byte_) {  // misuse: restart rather than give a wrong answer
    byte_ = 0;
    code_point_ = 0;
  }
  while (byte_ < byte_offset && byte_ < text_.size()) {
    if ((static_cast<unsigned char>(text_[byte_]) & 0xC0) != 0x80) ++code_point_;
    ++byte_;
  }
  return code_point_;
}

ByteOffset ByteCursor::at(CodePointOffset code_point) {
  if (code_point < code_point_) {  // misuse: restart rather than give a wrong answer
    byte_ = 0;
    code_point_ = 0;
  }
  while (code_point_ < code_point && byte_ < text_.size()) {
    (void)decode_code_point(text_, byte_);
    ++code_point_;
  }
  return byte_;
}

ByteOffset byte_offset_of(std::string_view utf8, CodePointOffset cp) {
  CodePointOffset seen = 0;
  for (ByteOffset i = 0; i < utf8.size(); ++i) {
    if ((static_cast<unsigned char>(utf8[i]) & 0xC0) != 0x80) {
      if (seen == cp) return i;
      ++seen;
    }
  }
  return utf8.size();
}

CodePointIndex::CodePointIndex(std::string_view utf8) : text_(utf8) {
  CodePointOffset cp = 0;
  for (ByteOffset i = 0; i < utf8.size(); ++i) {
    if ((static_cast<unsigned char>(utf8[i]) & 0xC0) != 0x80) {
      if (cp % kStride == 0) checkpoints_.push_back(i);
      ++cp;
    }
  }
}

ByteOffset CodePointIndex::byte_of(CodePointOffset cp) const {
  const std::size_t k = cp / kStride;
  if (k >= checkpoints_.size()) return text_.size();
  ByteOffset i = checkpoints_[k];
  for (CodePointOffset left = cp % kStride; left > 0 && i < text_.size();) {
    ++i;
    if (i == text_.size() || (static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) --left;
  }
  return i;
}

std::string_view CodePointIndex::slice(CodePointOffset from, CodePointOffset to) const {
  const ByteOffset b0 = byte_of(from);
  return text_.substr(b0, byte_of(to) - b0);
}

}  // namespace quoth
