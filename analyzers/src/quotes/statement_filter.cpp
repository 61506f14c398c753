// The statement filter's pass (statement_model.h): reported statements the
// model scores below kMinStatementScore are dropped, and cue-less direct quotes
// below kMinCuelessQuoteScore (filtered_statement); direct quotes with a cue stay.
#include "extraction.h"
#include "statement_model.h"

namespace quoth::quotes {

void Extraction::filter_statements() {
  if (!options_.learned_filter && !record_statements_) return;
  const StatementContext context{t_, is_cue_, cue_scores_, out_};
  std::vector<std::uint64_t> features;
  std::vector<bool> drop(out_.size(), false);
  for (std::size_t i = 0; i < out_.size(); ++i) {
    const Quote& q = out_[i];
    if (!filtered_statement(q)) continue;
    statement_features(context, q, features);
    if (record_statements_) {
      record_statements_->push_back({q.content, q.cue, features});
    } else {
      drop[i] = statement_score(features) < min_statement_score(q);
    }
  }
  std::size_t kept = 0;
  for (std::size_t i = 0; i < out_.size(); ++i) {
    if (drop[i]) continue;
    if (kept != i) out_[kept] = std::move(out_[i]);
    ++kept;
  }
  out_.resize(kept);
}

}  // namespace quoth::quotes
