// Tokens for quote extraction: words and the punctuation that matters for
// attribution (quote marks, commas, colons, sentence ends, paragraph
// breaks), with code-point spans. Internal to the quote extractor.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "quoth/analyzers/span.h"

namespace quoth::quotes {

enum class Tok { Word, Open, Close, Straight, Comma, Colon, End, Dash, Paragraph, Other };

struct QToken {
  Tok kind = Tok::Other;
  Span span;          // code points
  std::size_t byte = 0;      // byte offset of the start
  std::size_t byte_end = 0;  // byte offset just past the end
  std::string_view lower;  // words: the lower-case form (’ as '), in the text or in `forms`
  std::uint64_t hash = 0;  // words: fnv1a(lower), made once for the models' features
  bool capitalised = false;
};

// Tokenizes valid UTF-8. Linear in the input. The tokens view `text`, and
// `forms`, where the lower-case forms that differ from the text are written:
// both must outlive them (and `forms` stay untouched).
[[nodiscard]] std::vector<QToken> tokenize_for_quotes(std::string_view text, std::string& forms);

// The first token starting at or after code point x (tokens.size() if none).
// Logarithmic.
[[nodiscard]] std::size_t token_from(const std::vector<QToken>& tokens, CodePointOffset x);

// The byte offset in `text` (which `tokens` were made of) of code point x,
// text.size() past its end: from the token nearest before x, not by
// counting code points from the start. Logarithmic, and constant at a
// token's edges.
[[nodiscard]] std::size_t byte_at(std::string_view text, const std::vector<QToken>& tokens, CodePointOffset x);

// A sentence or paragraph as a token index range [begin, end).
struct Range {
  std::size_t begin = 0, end = 0;
};

// Whether token i is a full stop that belongs to the word before it ("Mr.",
// "U.S.", the "F." of "John F. Kennedy") rather than ending a sentence there.
[[nodiscard]] bool abbreviation_stop(const std::vector<QToken>& tokens, std::size_t i);

// Paragraphs (split at line breaks) and, within them, sentences.
[[nodiscard]] std::vector<Range> paragraphs(const std::vector<QToken>& tokens);
[[nodiscard]] std::vector<Range> sentences(const std::vector<QToken>& tokens, Range paragraph);
// The same, appended to `out` (whose buffer a caller keeps from paragraph to paragraph).
void append_sentences(const std::vector<QToken>& tokens, Range paragraph, std::vector<Range>& out);

}  // namespace quoth::quotes
