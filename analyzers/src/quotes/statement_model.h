// The statement filter: whether a reported statement the rules found
// (indirect or mixed), or a direct quote without a cue, is one an annotator
// would mark. An averaged perceptron over hashed features of the statement
// (its cue word and the cue model's score of it, its kind, the length and
// first words of its content, its speaker's type, where the cue sits
// against the content), learned from PolNeAR's training articles by
// `quoth-train-statement-model` (eval/README.md) and compiled in from
// statement_model_data.inc; a statement scoring below kMinStatementScore is
// dropped. Internal to the quote extractor and read by its trainer; pure.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "hashed_features.h"
#include "quote_tokens.h"
#include "quoth/analyzers/quote.h"

namespace quoth::quotes {

inline constexpr std::size_t kStatementSlotBits = 14;
inline constexpr std::size_t kStatementSlots = std::size_t{1} << kStatementSlotBits;
// Reported statements scoring below this are dropped, and direct quotes
// without a cue below kMinCuelessQuoteScore (a table of zeros keeps all;
// both chosen on train's halves, each scored by the table of the other:
// -6 for the first kept content F1 of -10 with precision 0.02 higher; the
// same for the second cost direct recall).
inline constexpr double kMinStatementScore = -6;
inline constexpr double kMinCuelessQuoteScore = -10;

// Whether the filter scores q: reported statements, and direct quotes
// without a cue (no verb of speech near them: scare quotes, titles, slogans),
// which match a gold content less often than not. Direct quotes with a cue
// stay.
[[nodiscard]] inline bool filtered_statement(const Quote& q) {
  return q.kind != QuoteKind::Direct || q.cue.empty();
}

// The threshold below which a statement of q's sort is dropped.
[[nodiscard]] inline double min_statement_score(const Quote& q) {
  return q.kind == QuoteKind::Direct ? kMinCuelessQuoteScore : kMinStatementScore;
}

[[nodiscard]] constexpr std::size_t statement_slot(std::uint64_t feature) {
  return top_bits_slot<kStatementSlotBits>(feature);
}

// The cue score of a token the cue model did not score (inside quote marks, no candidate).
inline constexpr float kNoCueScore = -1e9F;

// What a statement is scored against: the text's tokens, whether each is a
// cue by the cue model and its score there (kNoCueScore if none), and all
// the statements found in the text (the one scored among them).
struct StatementContext {
  const std::vector<QToken>& t;
  const std::vector<bool>& is_cue;
  const std::vector<float>& cue_score;
  const std::vector<Quote>& all;
};

// The features of reported statement q. Cleared first.
void statement_features(const StatementContext& c, const Quote& q, std::vector<std::uint64_t>& out);

[[nodiscard]] double statement_score(const std::vector<std::uint64_t>& features);

}  // namespace quoth::quotes
