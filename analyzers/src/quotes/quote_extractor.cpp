#include "quoth/analyzers/quote_extractor.h"

#include <algorithm>

#include "cue_model.h"
#include "extraction.h"
#include "statement_model.h"

namespace quoth::quotes {

std::vector<Quote> Extraction::run() {
  paragraphs_ = quotes::paragraphs(t_);
  for (const Range& p : paragraphs_) quotes::append_sentences(t_, p, sentences_);
  const auto marked = quotes::pair_marks(t_, paragraphs_, options_.max_quote_length);
  inside_ = quotes::inside_marks(t_, marked);
  score_cues();
  for (const Marked& m : marked) direct(m);
  direct_count_ = out_.size();
  for (const Range& s : sentences_) reported(s);
  filter_statements();
  drop_parts_of_mixed();
  std::sort(out_.begin(), out_.end(), [](const Quote& a, const Quote& b) { return a.content.start < b.content.start; });
  return std::move(out_);
}

// A short quoted phrase inside reported speech is part of that mixed
// quote, not a statement of its own.
void Extraction::drop_parts_of_mixed() {
  std::vector<Span> mixed;
  for (const Quote& q : out_) {
    if (q.kind == QuoteKind::Mixed) mixed.push_back(q.content);
  }
  std::erase_if(out_, [&](const Quote& q) {
    return q.kind == QuoteKind::Direct && std::any_of(mixed.begin(), mixed.end(), [&](const Span& m) {
             return m.start <= q.content.start && q.content.end <= m.end && q.content.length() * 2 < m.length();
           });
  });
}

// The cue model's verdict on every candidate word outside quote marks
// (reported speech is read only there), once.
void Extraction::score_cues() {
  is_cue_.assign(t_.size(), false);
  cue_scores_.assign(t_.size(), kNoCueScore);
  std::vector<std::uint64_t> features;
  for (std::size_t i = 0; i < t_.size(); ++i) {
    if (inside_[i] || !quotes::cue_candidate(t_, i)) continue;
    quotes::cue_features(t_, inside_, i, features);
    cue_scores_[i] = static_cast<float>(quotes::cue_score(features));
    is_cue_[i] = cue_scores_[i] > options_.min_cue_score;
  }
}

// Content between token indices [b, e), trimmed of edge punctuation.
std::optional<Span> Extraction::content_span(std::size_t b, std::size_t e) const {
  while (b < e && t_[b].kind != Tok::Word && t_[b].kind != Tok::Open && t_[b].kind != Tok::Straight) ++b;
  while (e > b && (t_[e - 1].kind == Tok::Comma || t_[e - 1].kind == Tok::Colon || t_[e - 1].kind == Tok::Dash ||
                   (t_[e - 1].kind == Tok::End && t_[e - 1].span.length() == 1 && e - 1 > b))) {
    --e;
  }
  if (e <= b) return std::nullopt;
  return Span{t_[b].span.start, t_[e - 1].span.end};
}

void Extraction::emit(Span content, QuoteKind kind, std::optional<std::size_t> cue, std::optional<Range> speaker) {
  Quote q;
  q.content = content;
  q.text = slice(content.start, content.end);
  q.kind = kind;
  if (cue) {
    q.cue = t_[*cue].span;
    q.cue_text = slice(q.cue.start, q.cue.end);
  }
  if (speaker && cue && (options_.learned_source || record_)) speaker = choose_source(*cue, *speaker, kind, content);
  if (speaker) {
    q.speaker = quotes::make_speaker(text_, t_, *speaker, mentions_, last_named_ ? &*last_named_ : nullptr);
    if (!q.speaker->anonymous && !q.speaker->name.empty()) last_named_ = *q.speaker;
  }
  out_.push_back(std::move(q));
}

bool Extraction::covered(Span c) const {
  for (const Span& d : direct_spans_) {
    const CodePointOffset lo = std::max(c.start, d.start), hi = std::min(c.end, d.end);
    if (hi > lo && (hi - lo) * 2 > c.length()) return true;
  }
  return false;
}

bool Extraction::has_marks(Span c) const {
  for (std::size_t i = quotes::token_from(t_, c.start); i < t_.size() && t_[i].span.start < c.end; ++i) {
    if (is_mark(t_[i])) return true;
  }
  return false;
}

}  // namespace quoth::quotes

namespace quoth {

std::vector<Quote> QuoteExtractor::extract(std::string_view text, const std::vector<EntityMention>& mentions) const {
  return extract(TokenizedText(text), mentions);
}

std::vector<Quote> QuoteExtractor::extract(const TokenizedText& tokens, const std::vector<EntityMention>& mentions) const {
  return quotes::Extraction(tokens, mentions, options_).run();
}

}  // namespace quoth
