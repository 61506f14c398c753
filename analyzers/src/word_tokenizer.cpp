#include "quoth/analyzers/word_tokenizer.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <stdexcept>
#include <string>

#include "ascii_words.h"
#include "quoth/analyzers/utf8.h"

namespace quoth {

WordTokenizer::WordTokenizer() = default;
WordTokenizer::~WordTokenizer() = default;
WordTokenizer::WordTokenizer(WordTokenizer&&) noexcept = default;
WordTokenizer& WordTokenizer::operator=(WordTokenizer&&) noexcept = default;

std::vector<Token> WordTokenizer::tokenize(std::string_view utf8) {
  if (!is_ascii_text(utf8)) return tokenize_unicode(utf8);
  std::vector<Token> tokens;
  tokens.reserve(utf8.size() / 6);
  segment_ascii_words(utf8, tokens);
  return tokens;
}

std::vector<Token> WordTokenizer::tokenize_unicode(std::string_view utf8) {
  std::vector<Token> tokens;
  if (utf8.empty()) return tokens;
  UErrorCode status = U_ZERO_ERROR;
  if (!breaker_) {
    breaker_.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status) || !breaker_) {
      breaker_.reset();
      throw std::runtime_error(std::string("cannot create ICU word break iterator: ") + u_errorName(status));
    }
  }
  UText* ut = utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
  if (U_FAILURE(status)) return tokens;
  breaker_->setText(ut, status);
  if (U_FAILURE(status)) {
    utext_close(ut);
    return tokens;
  }
  tokens.reserve(utf8.size() / 6);
  CodePointCursor cursor(utf8);
  int32_t start = breaker_->first();
  for (int32_t end = breaker_->next(); end != icu::BreakIterator::DONE;
       start = end, end = breaker_->next()) {
    const int32_t status_tag = breaker_->getRuleStatus();
    if (status_tag < UBRK_WORD_NONE_LIMIT) continue;
    Token t;
    t.bytes = {static_cast<ByteOffset>(start), static_cast<ByteOffset>(end)};
    t.text = utf8.substr(t.bytes.start, t.bytes.length());
    t.span.start = cursor.at(t.bytes.start);
    t.span.end = cursor.at(t.bytes.end);
    if (status_tag < UBRK_WORD_NUMBER_LIMIT) {
      t.kind = TokenKind::Number;
    } else if (status_tag >= UBRK_WORD_KANA) {
      t.kind = TokenKind::Ideographic;
    } else {
      t.kind = TokenKind::Letters;
    }
    tokens.push_back(t);
  }
  utext_close(ut);
  return tokens;
}

}  // namespace quoth
