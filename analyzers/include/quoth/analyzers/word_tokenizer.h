// Word segmentation of UTF-8 text with ICU's word BreakIterator (UAX #29).
//
// Yields the word-like segments (letters, numbers, ideographs, kana) of a
// text with byte and code-point spans. Pure-ASCII text is segmented by the
// same rules without ICU, so a process that only sees ASCII never loads
// ICU's break rules; the iterator is created on the first other text, and
// that throws std::runtime_error if the rules cannot be loaded. Not
// thread-safe: an instance holds an ICU iterator; use one per thread.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "quoth/analyzers/span.h"

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace quoth {

enum class TokenKind { Letters, Number, Ideographic };

struct Token {
  std::string_view text;  // a view into the tokenized string
  ByteSpan bytes;
  Span span;              // code points
  TokenKind kind = TokenKind::Letters;
};

class WordTokenizer {
 public:
  WordTokenizer();
  ~WordTokenizer();
  WordTokenizer(const WordTokenizer&) = delete;
  WordTokenizer& operator=(const WordTokenizer&) = delete;
  WordTokenizer(WordTokenizer&&) noexcept;
  WordTokenizer& operator=(WordTokenizer&&) noexcept;

  // REQUIRES: utf8 is valid UTF-8 (see repair_utf8).
  [[nodiscard]] std::vector<Token> tokenize(std::string_view utf8);

  // The same through ICU whatever the text (tokenize takes it for non-ASCII).
  [[nodiscard]] std::vector<Token> tokenize_unicode(std::string_view utf8);

 private:
  std::unique_ptr<icu::BreakIterator> breaker_;
};

}  // namespace quoth
