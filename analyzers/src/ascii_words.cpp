#include "ascii_words.h"

#include <array>
#include <cstdint>
#include <cstring>

namespace quoth {
namespace {

// The UAX #29 Word_Break classes that ASCII characters fall into, as ICU's
// root rules tailor them: the colon is not MidLetter ("a:b" is two words)
// and '@' is a letter ("@rustem_umerov", "x@y.z" are one word each).
enum class WordBreak : std::uint8_t { Other, Letter, Numeric, MidLetter, MidNum, MidNumLet, ExtendNumLet };

constexpr std::array<WordBreak, 128> make_classes() {
  std::array<WordBreak, 128> c{};
  for (int ch = 'a'; ch <= 'z'; ++ch) c[ch] = WordBreak::Letter;
  for (int ch = 'A'; ch <= 'Z'; ++ch) c[ch] = WordBreak::Letter;
  for (int ch = '0'; ch <= '9'; ++ch) c[ch] = WordBreak::Numeric;
  c['@'] = WordBreak::Letter;
  c['.'] = WordBreak::MidNumLet;
  c['\''] = WordBreak::MidNumLet;  // Single_Quote: the same as MidNumLet here
  c[','] = WordBreak::MidNum;
  c[';'] = WordBreak::MidNum;
  c['_'] = WordBreak::ExtendNumLet;
  return c;
}

constexpr std::array<WordBreak, 128> kClasses = make_classes();

bool is_wordish(WordBreak c) {
  return c == WordBreak::Letter || c == WordBreak::Numeric || c == WordBreak::ExtendNumLet;
}

// May `mid` join a `before` and an `after` of the same kind (WB6/7, WB11/12)?
bool joins_across(WordBreak before, WordBreak mid, WordBreak after) {
  if (before == WordBreak::Letter && after == WordBreak::Letter) {
    return mid == WordBreak::MidLetter || mid == WordBreak::MidNumLet;
  }
  if (before == WordBreak::Numeric && after == WordBreak::Numeric) {
    return mid == WordBreak::MidNum || mid == WordBreak::MidNumLet;
  }
  return false;
}

// ICU tags a word by the last rule that extended it: ending in a letter it is
// a word, in a digit a number; an underscore takes the tag of what it follows
// (after an underscore: a word). A lone underscore is not a word at all.
enum class Tag { None, Letters, Number };

Tag tag_of(WordBreak before, WordBreak last) {
  if (last == WordBreak::Letter) return Tag::Letters;
  if (last == WordBreak::Numeric) return Tag::Number;
  return before == WordBreak::Numeric ? Tag::Number : Tag::Letters;
}

}  // namespace

bool is_ascii_text(std::string_view text) {
  const char* p = text.data();
  std::size_t n = text.size();
  std::uint64_t high = 0;
  for (; n >= 8; p += 8, n -= 8) {
    std::uint64_t word;
    std::memcpy(&word, p, 8);
    high |= word;
  }
  for (; n > 0; ++p, --n) high |= static_cast<unsigned char>(*p);
  return (high & 0x8080808080808080ULL) == 0;
}

void segment_ascii_words(std::string_view text, std::vector<Token>& out) {
  const std::size_t n = text.size();
  auto cls = [&](std::size_t i) { return kClasses[static_cast<unsigned char>(text[i])]; };
  std::size_t i = 0;
  while (i < n) {
    WordBreak last = cls(i);
    if (!is_wordish(last)) {
      ++i;
      continue;
    }
    const std::size_t start = i;
    Tag tag = last == WordBreak::ExtendNumLet ? Tag::None : tag_of(last, last);
    ++i;
    while (i < n) {
      const WordBreak next = cls(i);
      if (is_wordish(next)) {  // WB5, WB8-WB10, WB13a/b
        tag = tag_of(last, next);
        last = next;
        ++i;
      } else if (i + 1 < n && joins_across(last, next, cls(i + 1))) {
        last = cls(i + 1);
        tag = tag_of(next, last);
        i += 2;
      } else {
        break;
      }
    }
    if (tag == Tag::None) continue;
    Token t;
    t.bytes = {static_cast<ByteOffset>(start), static_cast<ByteOffset>(i)};
    t.text = text.substr(start, i - start);
    t.span = {static_cast<CodePointOffset>(start), static_cast<CodePointOffset>(i)};
    t.kind = tag == Tag::Number ? TokenKind::Number : TokenKind::Letters;
    out.push_back(t);
  }
}

}  // namespace quoth
