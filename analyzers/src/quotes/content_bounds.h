// Where reported content after its cue starts and ends ("Ushakov said
// [that] CONTENT, while …"): the hand rules, and the features of a learned
// model of the same decisions (content_model.h). Internal to the quote
// extractor and read by its trainer; pure.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "quote_tokens.h"

namespace quoth::quotes {

// What the bounds are decided from: the text, its tokens, whether each is
// within quote marks, and the cue model's verdict per token.
struct ContentContext {
  std::string_view text;
  const std::vector<QToken>& t;
  const std::vector<bool>& inside;
  const std::vector<bool>& cue;
};

[[nodiscard]] std::size_t word_count(const std::vector<QToken>& t, std::size_t b, std::size_t e);

// The rules' first token of content after cue k (before `end`): past
// "that", the hearer ("told reporters", "told him"), colons and commas.
[[nodiscard]] std::size_t rule_content_start(const ContentContext& x, std::size_t k, std::size_t end);

// Whether the rules end content starting at c before token i (a comma that
// opens a clause of another kind, ", and he …", a semicolon): the token
// content ends before (i, or i + 1 past the closing mark of “…,”).
[[nodiscard]] std::optional<std::size_t> rule_ends_at(const ContentContext& x, std::size_t c, std::size_t i);

// The rules' end of content starting at c: the first rule_ends_at, or `end`.
[[nodiscard]] std::size_t rule_clause_end(const ContentContext& x, std::size_t c, std::size_t end);

// Features of "content after cue k starts at token c" (rule_start: the
// rules' choice) and of "content from c ends before token i". Cleared first.
void start_features(const ContentContext& x, std::size_t k, std::size_t c, std::size_t rule_start,
                    std::vector<std::uint64_t>& out);
void end_features(const ContentContext& x, std::size_t k, std::size_t c, std::size_t i,
                  std::vector<std::uint64_t>& out);

// Tokens after the cue within which content may start, for the model.
inline constexpr std::size_t kStartWindow = 8;

}  // namespace quoth::quotes
