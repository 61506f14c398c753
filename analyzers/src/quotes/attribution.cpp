// The speaker phrase of a quote: names, subjects and agents around its cue,
// signatures and name lines, and a speaker lent to a quote that has none.
#include <algorithm>

#include "extraction.h"
#include "quoth/analyzers/fnv1a.h"

namespace quoth::quotes {

// A name (capitalised words and initials) just before the colon at
// `colon`, opening its line or after "from": "Jeffrey M. Jones:".
std::optional<Range> Extraction::name_before_colon(std::size_t colon) const {
  std::size_t b = colon;
  while (b > 0 && colon - b < 6 &&
         ((t_[b - 1].kind == Tok::Word && t_[b - 1].capitalised) || quotes::abbreviation_stop(t_, b - 1))) {
    --b;
  }
  const std::size_t words = word_count(t_, b, colon);
  if (words == 0 || t_[b].kind != Tok::Word) return std::nullopt;
  const bool line_start = b == 0 || t_[b - 1].kind == Tok::Paragraph || t_[b - 1].kind == Tok::Dash;
  const bool after_from = b > 0 && t_[b - 1].kind == Tok::Word && t_[b - 1].lower == "from";
  if (!(line_start && words >= 2) && !after_from) return std::nullopt;
  return Range{b, colon};
}

// "“…,” Scott Pruitt, the Republican attorney general of Oklahoma, one of
// the states suing, said": a name opening the attribution, then a comma,
// before the cue at k; the asides between are the name's.
std::optional<Range> Extraction::name_then_appositive(std::size_t a, std::size_t k) const {
  const std::size_t e = name_run_end(a, k);
  if (e == a || e + 1 >= k || t_[e].kind != Tok::Comma || quotes::opens_sentence(t_[a].lower)) return std::nullopt;
  return Range{a, e};
}

// Where a run of capitalised words and the full stops of initials
// starting at b ends: before `limit`, after `max_tokens` tokens at most.
std::size_t Extraction::name_run_end(std::size_t b, std::size_t limit, std::size_t max_tokens) const {
  std::size_t e = b;
  while (e < limit && e < b + max_tokens &&
         ((t_[e].kind == Tok::Word && t_[e].capitalised) || (e > b && quotes::abbreviation_stop(t_, e)))) {
    ++e;
  }
  return e;
}

// The end of a name (capitalised words and initials) starting at b.
std::size_t Extraction::name_end(std::size_t b) const {
  std::size_t e = name_run_end(b, t_.size());
  while (e > b && t_[e - 1].kind != Tok::Word) --e;
  return e;
}

// The end of a subject starting at a: a pronoun, a name, or a determiner
// and a few words before a verb in -ed ("the crowd", "a young woman").
std::size_t Extraction::subject_end(std::size_t a) const {
  if (a >= t_.size() || t_[a].kind != Tok::Word) return a;
  if (quotes::is_subject_pronoun(t_[a])) return a + 1;
  if (t_[a].capitalised && !quotes::opens_sentence(t_[a].lower)) return name_end(a);
  if (t_[a].lower != "the" && t_[a].lower != "a" && t_[a].lower != "an") return a;
  for (std::size_t k = a + 2; k < t_.size() && k < a + 5 && t_[k].kind == Tok::Word; ++k) {
    if (past_tense_at(k)) return k;
  }
  return a;
}

// A dash after the closing mark, then a name (capitalised words and
// initials) that ends the line or is followed by a comma.
std::optional<Range> Extraction::signature_after(std::size_t close) const {
  if (!closing_mark_at(close)) return std::nullopt;
  std::size_t k = close + 1;
  while (k < t_.size() && (t_[k].kind == Tok::End || t_[k].kind == Tok::Comma)) ++k;
  if (k >= t_.size() || t_[k].kind != Tok::Dash) return std::nullopt;
  const std::size_t b = ++k;
  std::size_t e = name_run_end(b, t_.size(), kMaxSignatureTokens);
  while (e > b && t_[e - 1].kind != Tok::Word) --e;  // "Carla Sanchez." ends at the name
  if (e == b) return std::nullopt;
  std::size_t after = e;
  while (after < t_.size() && t_[after].kind == Tok::End) ++after;
  if (after < t_.size() && t_[after].kind != Tok::Paragraph && t_[after].kind != Tok::Comma) return std::nullopt;
  return Range{b, e};
}

std::optional<Range> Extraction::name_line_before(const Marked& m) const {
  // Paragraphs are in order and disjoint: find the one opening at the mark.
  const auto para = std::lower_bound(paragraphs_.begin(), paragraphs_.end(), m.open,
                                     [](const Range& p, std::size_t x) { return p.begin < x; });
  if (para == paragraphs_.begin() || para == paragraphs_.end() || para->begin != m.open) return std::nullopt;
  const Range prev = *std::prev(para);
  if (prev.end - prev.begin > 14 || !t_[prev.begin].capitalised || inside_[prev.begin]) return std::nullopt;
  std::size_t e = prev.begin;
  while (e < prev.end && t_[e].kind == Tok::Word && t_[e].capitalised) ++e;
  if (e - prev.begin < 2) return std::nullopt;
  return Range{prev.begin, e};
}

// The subject of sentence s, before token `limit`: the first capitalised
// words or pronoun, past a leading conjunction.
std::optional<Range> Extraction::sentence_subject(const Range& s, std::size_t limit) const {
  // "On Tuesday, Trump said …", "Speaking to reporters, Rubio …": past
  // an opening phrase and its comma.
  std::size_t from = s.begin;
  // "“…,” said Devine, suggesting that …", "“…,” the U.S. president said,
  // adding that …": the quote opening the sentence is no subject; its
  // attribution's speaker is.
  if (inside_[from]) {
    while (from < limit && inside_[from]) ++from;
    while (from < limit && (is_mark(t_[from]) || t_[from].kind == Tok::Comma)) ++from;
    for (std::size_t j = from; j < limit && j < from + kMaxPhraseToCue && t_[j].kind == Tok::Word; ++j) {
      if (!speech_cue_at(j)) continue;
      return j == from ? quotes::speaker_after(t_, j + 1, limit) : quotes::speaker_before(t_, j, from);
    }
    return std::nullopt;
  }
  if (t_[from].kind == Tok::Word && (quotes::is_preposition(t_[from].lower) || quotes::opens_clause(t_[from].lower))) {
    std::size_t comma = from + 1;
    while (comma < limit && comma < from + 12 && t_[comma].kind != Tok::Comma) ++comma;
    if (comma < limit && t_[comma].kind == Tok::Comma) from = comma + 1;
  } else if (from + 2 < limit && t_[from].kind == Tok::Word && quotes::opens_sentence(t_[from].lower) &&
             t_[from + 1].kind == Tok::Comma) {
    from += 2;  // "Still, Tad Devine, a senior adviser …, said"
  }
  // "Still, Tad Devine, a senior adviser …, said": past an opening adverb and its comma.
  if (from + 2 < limit && t_[from].kind == Tok::Word && quotes::opens_sentence(t_[from].lower) &&
      t_[from + 1].kind == Tok::Comma) {
    from += 2;
  }
  for (std::size_t i = from; i < limit && i < from + kSubjectReach; ++i) {
    if (t_[i].kind != Tok::Word) {
      // "The survey, conducted for …, also found": a determiner and a few
      // words before the aside's comma.
      const bool determiner = t_[from].lower == "the" || t_[from].lower == "a" || t_[from].lower == "an";
      if (determiner && t_[i].kind == Tok::Comma && i > from + 1 && i <= from + kMaxDescriptionWords) {
        return Range{from, i};
      }
      return std::nullopt;
    }
    if (quotes::is_pronoun(t_[i])) return Range{i, i + 1};
    if (!t_[i].capitalised) continue;
    if (i == from && quotes::opens_sentence(t_[i].lower)) continue;
    std::size_t e = i + 1;
    while (e < limit && ((t_[e].kind == Tok::Word && t_[e].capitalised) || quotes::abbreviation_stop(t_, e))) ++e;
    while (e > i + 1 && t_[e - 1].kind != Tok::Word) --e;
    return Range{i, e};
  }
  return std::nullopt;
}

// The agent of a passive cue: "Trump has been criticized by some of his
// rivals for …" is the rivals' statement, not Trump's. Up to a
// preposition other than "of".
std::optional<Range> Extraction::passive_agent(const Range& s, std::size_t k) const {
  if (k == s.begin || k + 2 >= s.end || !t_[k].lower.ends_with("ed") || t_[k + 1].lower != "by") return std::nullopt;
  const std::string_view aux = t_[k - 1].lower;
  if (aux != "been" && aux != "was" && aux != "were" && aux != "is" && aux != "are" && aux != "be") return std::nullopt;
  std::size_t e = k + 2;
  while (e < s.end && e < k + 2 + kMaxNameWords && t_[e].kind == Tok::Word &&
         (t_[e].lower == "of" || !quotes::is_preposition(t_[e].lower)) && !quotes::opens_clause(t_[e].lower)) {
    ++e;
  }
  if (e == k + 2) return std::nullopt;
  return Range{k + 2, e};
}

// The sentence's subject for a cue that goes on from its verb: a
// participle after a comma ("Albright urged women …, saying, “…”") or
// a verb after "and" ("The president noted …, and added: “…”").
std::optional<Range> Extraction::subject_of_coordinated_cue(const Range& s, std::size_t cue) const {
  if (cue <= s.begin) return std::nullopt;
  const QToken& prev = t_[cue - 1];
  const bool participle = prev.kind == Tok::Comma && t_[cue].lower.ends_with("ing");
  const bool coordinated = prev.kind == Tok::Word && prev.lower == "and";
  if (!participle && !coordinated) return std::nullopt;
  return sentence_subject(s, cue - 1);
}

// Reported speech mostly quoted ("Cox says the NRA won't allow “law-abiding
// gun owners to …”") is the direct quote's statement: a quote there without
// a speaker of its own takes this cue's.
void Extraction::lend_speaker(Span content, std::size_t cue, Range speaker) {
  // The direct quotes come first in out_, in text order and disjoint.
  const auto directs = out_.begin() + static_cast<std::ptrdiff_t>(direct_count_);
  const auto q = std::upper_bound(out_.begin(), directs, content.start,
                                  [](CodePointOffset x, const Quote& d) { return x < d.content.end; });
  if (q == directs || q->speaker || content.end <= q->content.start) return;
  q->cue = t_[cue].span;
  q->cue_text = slice(q->cue.start, q->cue.end);
  q->speaker = quotes::make_speaker(text_, t_, speaker, mentions_, last_named_ ? &*last_named_ : nullptr);
}

// The tokens of a code-point span: those it overlaps.
Range Extraction::tokens_of(Span span) const {
  std::size_t first = quotes::token_from(t_, span.start);
  if (first > 0 && t_[first - 1].span.end > span.start) --first;  // the token span.start is inside
  std::size_t last = first;
  while (last < t_.size() && t_[last].span.start < span.end) ++last;
  return {first, last};
}

// The type of the first entity mention overlapping tokens r.
std::optional<EntityType> Extraction::entity_at(Range r) const {
  const CodePointOffset from = t_[r.begin].span.start, to = t_[r.end - 1].span.end;
  auto m = std::lower_bound(mentions_.begin(), mentions_.end(), from,
                            [](const EntityMention& e, CodePointOffset x) { return e.span.start < x; });
  if (m != mentions_.begin() && std::prev(m)->span.end > from) --m;
  if (m != mentions_.end() && m->span.start < to && m->span.end > from) return m->type;
  return std::nullopt;
}

// The person named nearest before cue k in sentence s, outside the content.
std::optional<Range> Extraction::nearest_person(const Range& s, std::size_t k, Span content) const {
  const CodePointOffset from = t_[s.begin].span.start, cue = t_[k].span.start;
  auto m = std::lower_bound(mentions_.begin(), mentions_.end(), cue,
                            [](const EntityMention& e, CodePointOffset x) { return e.span.start < x; });
  while (m != mentions_.begin()) {
    --m;
    if (m->span.start < from) break;
    if (m->type != EntityType::Person || (m->span.start < content.end && m->span.end > content.start)) continue;
    const Range r = tokens_of(m->span);
    if (r.end > r.begin && r.end <= k) return r;
  }
  return std::nullopt;
}

// The source of a statement with cue k, of the rules' speaker and the
// other phrases around the cue, by the source model (source_selector.h).
Range Extraction::choose_source(std::size_t k, Range rule, QuoteKind kind, Span content) {
  const Range s = sentence_of(k);
  const SourceStatement statement{t_, k, s, kind, content.end <= t_[k].span.start, fnv1a(t_[k].lower),
                                   speech_cue_at(k)};
  candidates_.clear();
  candidates_.push_back({rule, SourceKind::Rule, entity_at(rule), true});
  const auto add = [&](std::optional<Range> r, SourceKind source) {
    if (!r || r->end <= r->begin || r->end > t_.size()) return;
    if (t_[r->begin].span.start < content.end && t_[r->end - 1].span.end > content.start) return;
    for (const SourceCandidate& c : candidates_) {
      if (c.phrase.begin == r->begin && c.phrase.end == r->end) return;
    }
    candidates_.push_back({*r, source, entity_at(*r), false});
  };
  if (k > s.begin) add(quotes::speaker_before(t_, k, s.begin), SourceKind::Before);
  add(quotes::speaker_after(t_, k + 1, s.end), SourceKind::After);
  add(sentence_subject(s, k), SourceKind::Subject);
  add(nearest_person(s, k, content), SourceKind::Entity);
  if (!out_.empty() && out_.back().speaker) add(tokens_of(out_.back().speaker->span), SourceKind::Previous);
  if (candidates_.size() == 1 && !record_) return rule;
  std::size_t best = 0;
  double top = 0;
  for (std::size_t i = 0; i < candidates_.size(); ++i) {
    source_features(statement, candidates_[i], scratch_);
    const double score = source_score(scratch_);
    if (i == 0 || score > top) {
      top = score;
      best = i;
    }
    if (record_) {
      if (i == 0) record_->push_back({content.start, t_[k].span.start, {}, {}});
      const Speaker sp = quotes::make_speaker(text_, t_, candidates_[i].phrase, mentions_,
                                              last_named_ ? &*last_named_ : nullptr);
      record_->back().candidates.push_back(sp.span);
      record_->back().features.push_back(scratch_);
    }
  }
  return options_.learned_source ? candidates_[best].phrase : rule;
}

}  // namespace quoth::quotes
