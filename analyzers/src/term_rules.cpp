#include "term_rules.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cctype>

#include "ascii_words.h"
#include "quoth/analyzers/dates.h"

namespace quoth::terms {
namespace {

// Abbreviations whose letters spell a common English word: their term keeps
// the dots so that "US" never matches the pronoun "us".
constexpr std::array<std::string_view, 36> kWordLikeAbbreviations = {
    "us", "it", "who", "am", "is", "no", "or", "ok", "as", "at", "in", "on", "we", "me", "he", "my", "so", "do",
    "go", "up", "an", "by", "to", "be", "of", "if", "all", "are", "can", "may", "not", "now", "one", "new", "aid", "ice"};

// Short words of headlines: a capitalised neighbour among these (or a long
// one) makes a run of capitals.
constexpr std::array<std::string_view, 24> kHeadlineWords = {
    "a",  "an",   "and",  "the",  "of",   "to",    "in",   "for",  "on",   "with", "as",   "by",
    "at", "from", "is",   "are",  "was",  "were",  "be",   "will", "says", "said", "after", "over"};

bool is_capitals(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::string lower(std::string_view w) {
  std::string out(w);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool is_headline_capitals(const Token& t) {
  if (t.kind != TokenKind::Letters || !is_capitals(t.text)) return false;
  const std::string w = lower(t.text);
  return w.size() > 5 || std::find(kHeadlineWords.begin(), kHeadlineWords.end(), w) != kHeadlineWords.end();
}

// A number token of at most `digits` digits, as an int; -1 otherwise.
int number(const Token& t, std::size_t digits) {
  if (t.kind != TokenKind::Number || t.text.empty() || t.text.size() > digits) return -1;
  int n = 0;
  for (const char c : t.text) {
    if (c < '0' || c > '9') return -1;
    n = n * 10 + (c - '0');
  }
  return n;
}

// Only spaces, commas and full stops between two tokens ("Dec. 15, 2025").
bool loose_gap(std::string_view text, const Token& a, const Token& b) {
  const std::string_view gap = text.substr(a.bytes.end, b.bytes.start - a.bytes.end);
  return gap.size() <= 3 && !gap.empty() &&
         std::all_of(gap.begin(), gap.end(), [](char c) { return c == ' ' || c == ',' || c == '.'; });
}

bool dash_gap(std::string_view text, const Token& a, const Token& b) {
  return text.substr(a.bytes.end, b.bytes.start - a.bytes.end) == "-";
}

}  // namespace

bool in_caps_run(const std::vector<Token>& tokens, std::size_t i) {
  if ((i > 0 && is_headline_capitals(tokens[i - 1])) || (i + 1 < tokens.size() && is_headline_capitals(tokens[i + 1]))) {
    return true;
  }
  // Three words in capitals in a row are a headline, not abbreviations.
  const auto capitals = [&](std::size_t k) { return tokens[k].kind == TokenKind::Letters && is_capitals(tokens[k].text); };
  if (!capitals(i)) return false;
  std::size_t first = i, last = i;
  while (first > 0 && capitals(first - 1)) --first;
  while (last + 1 < tokens.size() && capitals(last + 1)) ++last;
  return last - first >= 2;
}

std::optional<std::string> abbreviation_term(std::string_view word) {
  std::string letters;
  const bool dotted = word.size() >= 3 && word[1] == '.';
  if (dotted) {
    // "U.S" (ICU leaves the final full stop outside the word), "U.K", "E.U"
    for (std::size_t i = 0; i < word.size(); i += 2) {
      if (std::isalpha(static_cast<unsigned char>(word[i])) == 0) return std::nullopt;
      if (i + 1 < word.size() && word[i + 1] != '.') return std::nullopt;
      letters += static_cast<char>(std::tolower(static_cast<unsigned char>(word[i])));
    }
  } else if (word.size() >= 2 && word.size() <= 5 && is_capitals(word)) {
    letters = lower(word);
  } else {
    return std::nullopt;
  }
  if (std::find(kWordLikeAbbreviations.begin(), kWordLikeAbbreviations.end(), letters) ==
      kWordLikeAbbreviations.end()) {
    return letters;
  }
  std::string with_dots;
  for (const char c : letters) {
    if (!with_dots.empty()) with_dots += '.';
    with_dots += c;
  }
  return with_dots;
}

std::optional<std::string> unaccented(std::string_view folded_word) {
  if (is_ascii_text(folded_word)) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return std::nullopt;
  const auto source = icu::UnicodeString::fromUTF8(
      icu::StringPiece(folded_word.data(), static_cast<int32_t>(folded_word.size())));
  const icu::UnicodeString decomposed = nfd->normalize(source, status);
  if (U_FAILURE(status)) return std::nullopt;
  icu::UnicodeString stripped;
  bool changed = false;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) {
      changed = true;
      continue;
    }
    const UScriptCode script = uscript_getScript(c, &status);
    if (u_isalpha(c) && script != USCRIPT_LATIN && script != USCRIPT_COMMON) return std::nullopt;
    stripped.append(c);
  }
  if (!changed) return std::nullopt;
  std::string out;
  stripped.toUTF8String(out);
  return out;
}

std::optional<std::string> date_at(std::string_view text, const std::vector<Token>& tokens, std::size_t i,
                                   std::size_t& last) {
  if (i + 2 >= tokens.size()) return std::nullopt;
  const Token &a = tokens[i], &b = tokens[i + 1], &c = tokens[i + 2];
  std::string iso;
  if (a.kind == TokenKind::Letters && month_number(a.text) != 0 && loose_gap(text, a, b) && loose_gap(text, b, c)) {
    iso = iso_date(number(c, 4), month_number(a.text), number(b, 2));  // December 15, 2025
  } else if (number(a, 2) > 0 && b.kind == TokenKind::Letters && loose_gap(text, a, b) && loose_gap(text, b, c)) {
    iso = iso_date(number(c, 4), month_number(b.text), number(a, 2));  // 15 December 2025
  } else if (a.text.size() == 4 && number(a, 4) > 0 && dash_gap(text, a, b) && dash_gap(text, b, c)) {
    iso = iso_date(number(a, 4), number(b, 2), number(c, 2));  // 2025-12-15
  }
  if (iso.empty()) return std::nullopt;
  last = i + 2;
  return iso;
}

}  // namespace quoth::terms
