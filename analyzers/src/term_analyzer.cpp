#include "quoth/analyzers/term_analyzer.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <stdexcept>

#include "ascii_words.h"
#include "term_rules.h"

namespace quoth {
namespace {

// Loaded on the first non-ASCII word, so ASCII-only work never loads it.
const icu::Normalizer2& nfkc_casefold() {
  static const icu::Normalizer2* const instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status) || n == nullptr) {
      throw std::runtime_error(std::string("cannot load ICU NFKC_Casefold data: ") + u_errorName(status));
    }
    return n;
  }();
  return *instance;
}

// "Zelenskyy's" / "Zelenskyy’s" -> "Zelenskyy". ICU keeps the apostrophe
// inside a word (UAX #29 MidNumLet), so the suffix arrives attached.
std::string_view strip_possessive(std::string_view word) {
  static constexpr std::string_view kSuffixes[] = {"'s", "'S", "\u2019s", "\u2019S"};
  for (const auto suffix : kSuffixes) {
    if (word.size() > suffix.size() && word.ends_with(suffix)) {
      return word.substr(0, word.size() - suffix.size());
    }
  }
  return word;
}

}  // namespace

std::string TermAnalyzer::fold(std::string_view word) const {
  std::string out;
  if (is_ascii_text(word)) {
    out.resize(word.size());
    for (std::size_t i = 0; i < word.size(); ++i) {
      const char c = word[i];
      out[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  const auto source = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  const icu::UnicodeString folded = nfkc_casefold().normalize(source, status);
  if (U_FAILURE(status)) return std::string(word);
  std::string utf8;
  folded.toUTF8String(utf8);
  // Apostrophes fold to one form so "don’t" and "don't" are one term.
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    if (utf8.compare(i, 3, "\u2019") == 0) {
      out += '\'';
      i += 2;
    } else {
      out += utf8[i];
    }
  }
  return out;
}

std::vector<Term> TermAnalyzer::analyze(std::string_view utf8) {
  std::vector<Term> terms;
  const auto tokens = tokenizer_.tokenize(utf8);
  terms.reserve(tokens.size());
  TermPosition position = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    const std::string_view word = strip_possessive(token.text);
    std::string text;
    // Dotted abbreviations are unambiguous; bare capitals are abbreviations
    // except inside an ALL-CAPS headline.
    if (token.kind == TokenKind::Letters && (word.find('.') != std::string_view::npos || !terms::in_caps_run(tokens, i))) {
      if (auto abbreviation = terms::abbreviation_term(word)) text = std::move(*abbreviation);
    }
    if (text.empty()) text = fold(word);
    if (text.empty()) continue;
    // "per cent" is one word.
    if (text == "per" && i + 1 < tokens.size() && fold(tokens[i + 1].text) == "cent" &&
        tokens[i + 1].bytes.start == token.bytes.end + 1) {
      terms.push_back(Term{"percent", position++, {token.span.start, tokens[i + 1].span.end}});
      ++i;
      continue;
    }
    const TermPosition here = position++;
    std::optional<std::string> plain = terms::unaccented(text);
    terms.push_back(Term{std::move(text), here, token.span});
    if (plain) terms.push_back(Term{std::move(*plain), here, token.span, TermKind::Unaccented});
    std::size_t last = i;
    if (auto date = terms::date_at(utf8, tokens, i, last)) {
      terms.push_back(Term{std::move(*date), here, {token.span.start, tokens[last].span.end}, TermKind::Date});
    }
    if (token.kind == TokenKind::Number && token.bytes.end < utf8.size() && utf8[token.bytes.end] == '%') {
      terms.push_back(Term{"percent", position++, {token.span.end, token.span.end + 1}});
    }
  }
  return terms;
}

}  // namespace quoth
