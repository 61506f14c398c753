// The speaker phrase of a quote: names, subjects and agents around its cue,
// signatures and name lines, and a speaker lent to a quote that has none.
#include <algorithm>

#include "extraction.h"

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
// starting at b ends: before `limit`, after kMaxNameWords tokens at most.
std::size_t Extraction::name_run_end(std::size_t b, std::size_t limit) const {
  std::size_t e = b;
  while (e < limit && e < b + kMaxNameWords &&
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
  std::size_t e = b;
  while (e < t_.size() && e < b + 8 &&
         ((t_[e].kind == Tok::Word && t_[e].capitalised) || (e > b && quotes::abbreviation_stop(t_, e)))) {
    ++e;
  }
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
  if (t_[from].kind == Tok::Word && (quotes::is_preposition(t_[from].lower) || quotes::opens_clause(t_[from].lower))) {
    std::size_t comma = from + 1;
    while (comma < limit && comma < from + 12 && t_[comma].kind != Tok::Comma) ++comma;
    if (comma < limit && t_[comma].kind == Tok::Comma) from = comma + 1;
  }
  for (std::size_t i = from; i < limit && i < from + kSubjectReach; ++i) {
    if (t_[i].kind != Tok::Word) return std::nullopt;
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

}  // namespace quoth::quotes
