// The ASCII word segmenter must give exactly ICU's segments and kinds: the
// index may be built through one and queried through the other.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "quoth/analyzers/word_tokenizer.h"

namespace quoth {
namespace {

std::string describe(const std::vector<Token>& tokens) {
  std::string out;
  for (const Token& t : tokens) {
    out += '[' + std::string(t.text) + ' ' + std::to_string(t.bytes.start) + '-' + std::to_string(t.bytes.end) +
           ' ' + std::to_string(t.span.start) + '-' + std::to_string(t.span.end) + ' ' +
           std::to_string(static_cast<int>(t.kind)) + ']';
  }
  return out;
}

// Returns "" when both paths agree on text, else what each gave.
std::string disagreement(WordTokenizer& tokenizer, const std::string& text) {
  const std::string fast = describe(tokenizer.tokenize(text));
  const std::string icu = describe(tokenizer.tokenize_unicode(text));
  if (fast == icu) return "";
  return "text <" + text + ">\n  ascii " + fast + "\n  icu   " + icu;
}

}  // namespace

TEST_CASE("ASCII segmentation equals ICU's on every short string of the special characters", "[tokenizer]") {
  // Letters, a digit, and each character the word-break rules treat apart.
  const std::string alphabet = "aZ7@_.',;:- \n\r";
  WordTokenizer tokenizer;
  std::string text;
  std::size_t checked = 0;
  for (std::size_t length = 1; length <= 5; ++length) {
    std::vector<std::size_t> digit(length, 0);
    for (;;) {
      text.clear();
      for (const std::size_t d : digit) text += alphabet[d];
      const std::string why = disagreement(tokenizer, text);
      if (!why.empty()) FAIL(why);
      ++checked;
      std::size_t k = 0;
      while (k < length && ++digit[k] == alphabet.size()) digit[k++] = 0;
      if (k == length) break;
    }
  }
  CHECK(checked > 500'000);
}

TEST_CASE("ASCII segmentation equals ICU's on random printable text", "[tokenizer]") {
  std::mt19937 random(20251125);
  std::uniform_int_distribution<int> length(1, 60);
  std::uniform_int_distribution<int> printable(0x20, 0x7e);
  std::uniform_int_distribution<int> pick(0, 9);
  WordTokenizer tokenizer;
  for (int n = 0; n < 100'000; ++n) {
    std::string text;
    for (int i = length(random); i > 0; --i) {
      // Mostly letters and digits, so that long words and numbers form.
      const int p = pick(random);
      text += p < 5 ? static_cast<char>('a' + pick(random)) : p < 7 ? static_cast<char>('0' + pick(random))
                                                                   : static_cast<char>(printable(random));
    }
    const std::string why = disagreement(tokenizer, text);
    if (!why.empty()) FAIL(why);
  }
}

TEST_CASE("ASCII segmentation equals ICU's on the seed articles' ASCII lines", "[tokenizer]") {
  WordTokenizer tokenizer;
  std::size_t lines = 0;
  for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(QUOTH_SOURCE_DIR) / "corpus" / "seeds")) {
    std::ifstream in(entry.path());
    for (std::string line; std::getline(in, line);) {
      std::string ascii;
      for (const char c : line) ascii += static_cast<unsigned char>(c) < 0x80 ? c : ' ';
      const std::string why = disagreement(tokenizer, ascii);
      if (!why.empty()) FAIL(entry.path().string() + ": " + why);
      ++lines;
    }
  }
  CHECK(lines > 100);
}

TEST_CASE("non-ASCII text still goes through ICU", "[tokenizer]") {
  WordTokenizer tokenizer;
  const auto tokens = tokenizer.tokenize("Zelenskyy’s café, 90%");
  REQUIRE(tokens.size() == 3);
  CHECK(tokens[0].text == "Zelenskyy’s");
  CHECK(tokens[1].span.start == 12);
  CHECK(tokens[2].kind == TokenKind::Number);
}

}  // namespace quoth
