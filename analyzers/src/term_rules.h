// The rules TermAnalyzer applies beyond folding words (see term_analyzer.h).
// Internal to the analyzers library.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "quoth/analyzers/word_tokenizer.h"

namespace quoth::terms {

// Whether tokens[i] is written in capitals inside a run of capitalised words
// (an ALL-CAPS headline), where "US" may just be the word "us".
[[nodiscard]] bool in_caps_run(const std::vector<Token>& tokens, std::size_t i);

// The term of an abbreviation: "U.S." / "US" -> "u.s" (its letters would be
// the common word "us"), "U.K." / "UK" -> "uk". nullopt if `word` is not an
// abbreviation (dotted single letters, or 2-5 capitals).
[[nodiscard]] std::optional<std::string> abbreviation_term(std::string_view word);

// The word with Latin diacritics removed ("zürich" -> "zurich"); nullopt if
// it has none or is not in Latin script (Cyrillic "й" keeps its breve).
[[nodiscard]] std::optional<std::string> unaccented(std::string_view folded_word);

// An ISO date written from tokens[i] on: "December 15, 2025", "Dec. 15 2025",
// "15 December 2025", "2025-12-15". Sets `last` to its last token.
[[nodiscard]] std::optional<std::string> date_at(std::string_view text, const std::vector<Token>& tokens,
                                                 std::size_t i, std::size_t& last);

}  // namespace quoth::terms
