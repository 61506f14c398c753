#include "quoth/analyzers/tokenized_text.h"

#include <string>

#include "quotes/quote_tokens.h"

namespace quoth {

struct TokenizedText::Tokens {
  std::string forms;  // the lower-case forms that differ from the text
  std::vector<quotes::QToken> tokens;
};

TokenizedText::TokenizedText(std::string_view text) : text_(text), tokens_(std::make_unique<Tokens>()) {
  tokens_->tokens = quotes::tokenize_for_quotes(text, tokens_->forms);
}

TokenizedText::~TokenizedText() = default;
TokenizedText::TokenizedText(TokenizedText&&) noexcept = default;
TokenizedText& TokenizedText::operator=(TokenizedText&&) noexcept = default;

const std::vector<quotes::QToken>& TokenizedText::tokens() const { return tokens_->tokens; }

}  // namespace quoth
