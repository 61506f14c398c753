// Word segmentation of pure-ASCII text by the rules ICU's word BreakIterator
// applies to ASCII (UAX #29 with ICU's root tailoring), without ICU.
//
// Most queries and many texts are ASCII; segmenting them here spares a
// one-shot `quoth` loading ICU's break rules. The result must be exactly what
// ICU gives — same segments, same word/number kind — because the index is
// built with one path and queried with the other; a test compares the two on
// every short string over the characters the rules treat specially.
#pragma once

#include <string_view>
#include <vector>

#include "quoth/analyzers/word_tokenizer.h"

namespace quoth {

// True when every byte of text is below 0x80.
[[nodiscard]] bool is_ascii_text(std::string_view text);

// REQUIRES: is_ascii_text(text). Appends the word-like segments of text.
void segment_ascii_words(std::string_view text, std::vector<Token>& out);

}  // namespace quoth
