// An article's text cut into the tokens that entity recognition and quote
// extraction both read (words with their lower-case forms, quote marks,
// the punctuation of attribution, paragraph breaks: quotes/quote_tokens.h),
// made once per text and given to both (article_analyzer.h).
//
// It views `text`, which must outlive it; moving it keeps its tokens valid.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

namespace quoth {
namespace quotes {
struct QToken;
}

class TokenizedText {
 public:
  // REQUIRES: text is valid UTF-8. Linear in the text.
  explicit TokenizedText(std::string_view text);
  ~TokenizedText();
  TokenizedText(TokenizedText&&) noexcept;
  TokenizedText& operator=(TokenizedText&&) noexcept;

  [[nodiscard]] std::string_view text() const { return text_; }
  // Internal to the analyzers (the type is in src/quotes/quote_tokens.h).
  [[nodiscard]] const std::vector<quotes::QToken>& tokens() const;

 private:
  struct Tokens;
  std::string_view text_;
  std::unique_ptr<Tokens> tokens_;  // on the heap: the tokens view its forms buffer
};

}  // namespace quoth
