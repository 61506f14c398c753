#include "quote_tokens.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <cassert>

#include "quoth/analyzers/fnv1a.h"
#include "quoth/analyzers/utf8.h"

namespace quoth::quotes {
namespace {

// Words after which a period does not end a sentence.
constexpr std::array<std::string_view, 34> kAbbreviations{
    "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "prof", "jr", "sr",
    "inc", "corp", "co", "ltd", "vs", "no", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec", "rev", "ft",
    "mt", "messrs"};

bool is_abbreviation(const QToken& t) {
  if (t.lower.find('.') != std::string::npos) return true;  // U.S, a.m
  if (t.lower.size() == 1 && t.capitalised) return true;     // initials: John F. Kennedy
  for (const auto a : kAbbreviations) {
    if (a == t.lower) return true;
  }
  return false;
}

// The code point at byte i, advancing i; ASCII without a call.
char32_t next_code_point(std::string_view text, std::size_t& i) {
  const auto b = static_cast<unsigned char>(text[i]);
  if (b < 0x80) {
    ++i;
    return b;
  }
  return decode_code_point(text, i);
}

// ASCII letters and digits (kAlnum), and which of them are capitals
// (kCapital), by table: the tokenizer asks of every byte.
constexpr unsigned char kAlnum = 1, kCapital = 2;
constexpr std::array<unsigned char, 256> kAsciiClass = [] {
  std::array<unsigned char, 256> a{};
  for (int c = 0; c < 256; ++c) {
    const bool capital = c >= 'A' && c <= 'Z';
    const bool alnum = capital || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    a[static_cast<std::size_t>(c)] = static_cast<unsigned char>((alnum ? kAlnum : 0) | (capital ? kCapital : 0));
  }
  return a;
}();
constexpr bool ascii_alnum(char c) { return (kAsciiClass[static_cast<unsigned char>(c)] & kAlnum) != 0; }

bool word_char(char32_t c) {
  if (c < 0x80) return ascii_alnum(static_cast<char>(c));
  return u_isalnum(static_cast<UChar32>(c)) != 0 || u_charType(static_cast<UChar32>(c)) == U_NON_SPACING_MARK;
}

void append_lower(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  } else {
    append_utf8(out, static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))));
  }
}

// The end of the run of ASCII letters and digits from byte i; `capital`
// is set when the run has a capital (in the same pass, not a second one).
std::size_t ascii_alnum_run(std::string_view text, std::size_t i, bool& capital) {
  unsigned char classes = 0;
  for (; i < text.size(); ++i) {
    const unsigned char k = kAsciiClass[static_cast<unsigned char>(text[i])];
    if ((k & kAlnum) == 0) break;
    classes |= k;
  }
  capital = (classes & kCapital) != 0;
  return i;
}

bool upper_case(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(static_cast<UChar32>(c)) != 0;
}

// A word's lower-case form, appended to `forms` (which has room: see
// tokenize_for_quotes): letters lowered, ’ written ', the rest as it is.
std::string_view lower_form(std::string_view word, std::string& forms) {
  assert(forms.size() + word.size() * 2 <= forms.capacity());
  const std::size_t at = forms.size();
  for (std::size_t i = 0; i < word.size();) {
    const auto b = static_cast<unsigned char>(word[i]);
    if (b < 0x80) {  // most letters of most words: no decoding, no call
      forms += static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
      ++i;
      continue;
    }
    const char32_t c = decode_code_point(word, i);
    if (c == U'\u2019') {
      forms += '\'';
    } else {
      append_lower(forms, c);
    }
  }
  return std::string_view(forms).substr(at);
}

Tok punctuation_kind(char32_t c) {
  switch (c) {
    case U'\u201C': case U'\u201E': case U'\u00AB': return Tok::Open;
    case U'\u201D': case U'\u00BB': return Tok::Close;
    case U'"': return Tok::Straight;
    case U',': case U';': return Tok::Comma;
    case U':': return Tok::Colon;
    case U'.': case U'!': case U'?': case U'\u2026': return Tok::End;
    case U'\u2014': case U'\u2013': case U'\u2015': return Tok::Dash;
    case U'\n': return Tok::Paragraph;
    default: return Tok::Other;
  }
}

}  // namespace

std::vector<QToken> tokenize_for_quotes(std::string_view text, std::string& forms) {
  // A lower-case form is at most half as long again as its word (ICU's
  // simple case mappings grow a letter from two UTF-8 bytes to three at
  // most): with twice the text's size, `forms` never moves, so the views
  // into it hold.
  forms.clear();
  forms.reserve(text.size() * 2 + 16);
  std::vector<QToken> tokens;
  tokens.reserve(text.size() / 3 + 8);  // news prose has a token every 4 or 5 bytes
  std::size_t i = 0;
  CodePointOffset cp = 0;
  while (i < text.size()) {
    if (text[i] == ' ') {  // the commonest byte
      ++i;
      ++cp;
      continue;
    }
    const std::size_t start = i;
    const CodePointOffset start_cp = cp;
    const char32_t c = next_code_point(text, i);
    ++cp;
    if (word_char(c)) {
      // Letters and digits, and ' ’ . - when a letter follows. A word whose
      // lower-case form is its own text (ASCII, no capital, no ’) views
      // the text; the others are written to `forms`.
      bool plain = c < 0x80 && !upper_case(c);
      while (i < text.size()) {
        bool capital = false;
        const std::size_t run = ascii_alnum_run(text, i, capital);  // most words are ASCII letters
        if (run > i) {
          plain = plain && !capital;
          cp += static_cast<CodePointOffset>(run - i);
          i = run;
          if (i == text.size()) break;
        }
        std::size_t j = i;
        const char32_t d = next_code_point(text, j);
        if (word_char(d)) {  // not ASCII: that was the run
          plain = false;
          i = j;
          ++cp;
          continue;
        }
        if ((d == U'\'' || d == U'\u2019' || d == U'.' || d == U'-') && j < text.size()) {
          std::size_t k = j;
          const char32_t e = next_code_point(text, k);
          // A full stop before a closing bracket belongs to the word:
          // "(D-Ill.)" abbreviates, it does not end a sentence.
          if (word_char(e) || (d == U'.' && e == U')')) {
            plain = plain && d != U'\u2019';
            i = j;
            ++cp;
            continue;
          }
        }
        break;
      }
      QToken& t = tokens.emplace_back();
      t.kind = Tok::Word;
      t.byte = start;
      t.byte_end = i;
      t.span = {start_cp, cp};
      t.capitalised = upper_case(c);
      t.lower = plain ? text.substr(start, i - start) : lower_form(text.substr(start, i - start), forms);
      t.hash = fnv1a(t.lower);
      continue;
    }
    Tok kind = punctuation_kind(c);
    // Two apostrophes are a straight quote mark (the New York Times writes
    // ''like this'').
    if (c == U'\'' && i < text.size() && text[i] == '\'') {
      ++i;
      ++cp;
      kind = Tok::Straight;
    }
    // "--", and a hyphen standing alone between spaces, are dashes ("The
    // justice -- who has been … -- said").
    if (c == U'-' && i < text.size() && text[i] == '-') {
      while (i < text.size() && text[i] == '-') {
        ++i;
        ++cp;
      }
      kind = Tok::Dash;
    } else if (c == U'-' && start > 0 && text[start - 1] == ' ' && i < text.size() && text[i] == ' ') {
      kind = Tok::Dash;
    }
    if (kind == Tok::Other && (c == U' ' || c == U'\t' || c == U'\r' || c == U'\u00A0')) continue;
    QToken t;
    t.kind = kind;
    t.byte = start;
    t.byte_end = i;
    t.span = {start_cp, cp};
    tokens.push_back(std::move(t));
  }
  return tokens;
}

std::size_t token_from(const std::vector<QToken>& tokens, CodePointOffset x) {
  // A binary search whose steps do not branch on the tokens (as
  // std::lower_bound's do, mispredicted half the time): the loop runs
  // log2(n) times whatever x is.
  if (tokens.empty()) return 0;
  const QToken* base = tokens.data();
  std::size_t n = tokens.size();
  while (n > 1) {
    const std::size_t half = n / 2;
    base += half & (0 - static_cast<std::size_t>(base[half - 1].span.start < x));  // a mask: GCC branches on ?:
    n -= half;
  }
  return static_cast<std::size_t>(base - tokens.data()) + (base->span.start < x ? 1 : 0);
}

std::size_t byte_at(std::string_view text, const std::vector<QToken>& tokens, CodePointOffset x) {
  const std::size_t i = token_from(tokens, x);
  if (i < tokens.size() && tokens[i].span.start == x) return tokens[i].byte;
  // Else on from the token before x (its end, or inside it), or from the start.
  std::size_t byte = 0;
  CodePointOffset cp = 0;
  if (i > 0) {
    const QToken& before = tokens[i - 1];
    if (before.span.end <= x) {
      byte = before.byte_end;
      cp = before.span.end;
    } else {
      byte = before.byte;
      cp = before.span.start;
    }
  }
  for (; cp < x && byte < text.size(); ++cp) {
    ++byte;
    while (byte < text.size() && (static_cast<unsigned char>(text[byte]) & 0xC0) == 0x80) ++byte;
  }
  return byte;
}

bool abbreviation_stop(const std::vector<QToken>& tokens, std::size_t i) {
  return i > 0 && i < tokens.size() && tokens[i].kind == Tok::End && tokens[i - 1].kind == Tok::Word &&
         tokens[i - 1].span.end == tokens[i].span.start && is_abbreviation(tokens[i - 1]);
}

std::vector<Range> paragraphs(const std::vector<QToken>& tokens) {
  std::vector<Range> out;
  std::size_t begin = 0;
  for (std::size_t i = 0; i <= tokens.size(); ++i) {
    if (i == tokens.size() || tokens[i].kind == Tok::Paragraph) {
      if (i > begin) out.push_back({begin, i});
      begin = i + 1;
    }
  }
  return out;
}

std::vector<Range> sentences(const std::vector<QToken>& tokens, Range p) {
  std::vector<Range> out;
  append_sentences(tokens, p, out);
  return out;
}

void append_sentences(const std::vector<QToken>& tokens, Range p, std::vector<Range>& out) {
  std::size_t begin = p.begin;
  for (std::size_t i = p.begin; i < p.end; ++i) {
    if (tokens[i].kind != Tok::End) continue;
    // "U.S. officials", "Mr. Peskov", "John F. Kennedy": not an end.
    if (i > p.begin && abbreviation_stop(tokens, i)) continue;
    std::size_t end = i + 1;
    while (end < p.end && (tokens[end].kind == Tok::Close || tokens[end].kind == Tok::Straight || tokens[end].kind == Tok::End)) {
      if (tokens[end].kind == Tok::Straight && end + 1 < p.end && tokens[end + 1].kind == Tok::Word &&
          tokens[end + 1].span.start == tokens[end].span.end) {
        break;  // an opening straight quote glued to the next word
      }
      ++end;
    }
    if (end < p.end && tokens[end].kind == Tok::Word && !tokens[end].capitalised &&
        !(tokens[end].lower[0] >= '0' && tokens[end].lower[0] <= '9')) {
      continue;  // "e.g. something", lower case goes on
    }
    if (end < p.end && tokens[end].kind == Tok::Comma) continue;  // "of Huntsville, Ala., says": no end

    out.push_back({begin, end});
    begin = end;
    i = end - 1;
  }
  if (begin < p.end) out.push_back({begin, p.end});
}

}  // namespace quoth::quotes
