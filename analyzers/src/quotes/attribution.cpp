// The speaker phrase of a quote: names, subjects and agents around its cue,
// signatures and name lines, and a speaker lent to a quote that has none.
#include <algorithm>
#include <optional>

#include "extraction.h"
#include "quoth/analyzers/fnv1a.h"

namespace quoth::quotes {

// A name (capitalised words and initials) just before the colon at
// `colon`, opening its line or after "from": "Jeffrey M. Jones:".
std::optional<Range> Extraction::name_before_colon(std::size_t colon) const {
  std::size_t b = colon;
  // "Mark Blumenthal and Jon Cohen:", "Rep. Trey Gowdy (R-S.C.):": two
  // names and the party's brackets too.
  const auto in_name = [&](const QToken& w) {
    return (w.kind == Tok::Word && (w.capitalised || w.lower == "and")) || w.kind == Tok::Other;
  };
  while (b > 0 && colon - b < 10 && (in_name(t_[b - 1]) || quotes::abbreviation_stop(t_, b - 1))) --b;
  while (b < colon && t_[b].kind != Tok::Word) ++b;
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

// A dash after the closing mark, on its line or opening the next, then a
// name (capitalised words and initials) that ends the line or is followed
// by a comma.
std::optional<Range> Extraction::signature_after(std::size_t close) const {
  if (!closing_mark_at(close)) return std::nullopt;
  std::size_t k = close + 1;
  while (k < t_.size() && (t_[k].kind == Tok::End || t_[k].kind == Tok::Comma || t_[k].kind == Tok::Paragraph)) ++k;
  // A hyphen opening the next line ("”¶- Bernie Sanders.") signs it too.
  const bool line_hyphen = k < t_.size() && k > close + 1 && t_[k - 1].kind == Tok::Paragraph &&
                           t_[k].kind == Tok::Other && slice(t_[k].span.start, t_[k].span.end) == "-";
  if (k >= t_.size() || (t_[k].kind != Tok::Dash && !line_hyphen)) return std::nullopt;
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

namespace {

// Tokens an opening adjunct may take before its comma ("Speaking at a town
// hall event in Salem, New Hampshire, Trump …").
constexpr std::size_t kAdjunctReach = 40;

// An article or a possessive opening the subject after an adjunct ("Instead,
// the Vermont senator"); narrower than speaker.cpp's determiners of a
// described speaker: "one", "another", "my", "your" open more adjuncts than
// subjects there (train's halves: −6 and −2 attributions with them).
bool opens_described_subject(const QToken& w) {
  return w.kind == Tok::Word && (w.lower == "the" || w.lower == "a" || w.lower == "an" || w.lower == "his" ||
                                 w.lower == "her" || w.lower == "their" || w.lower == "its" || w.lower == "our");
}

// Whether a word is written in capitals only ("WASHINGTON").
bool upper_case(std::string_view text, const QToken& w) {
  const std::string_view s = text.substr(w.byte, w.byte_end - w.byte);
  return s.size() > 1 && std::none_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// "LOS ANGELES (AP) — Hillary Clinton …", "Washington (AFP) – Democrat …",
// "WASHINGTON — Sen. Chuck Grassley …": past a dateline (capitalised words
// and an agency in brackets, or words in capitals, then a dash).
std::size_t past_dateline(std::string_view text, const std::vector<QToken>& t, std::size_t from, std::size_t limit) {
  std::size_t i = from;
  bool capitals = true;
  while (i < limit && i < from + 4 && t[i].kind == Tok::Word && t[i].capitalised) {
    capitals = capitals && upper_case(text, t[i]);
    ++i;
  }
  if (i == from) return from;
  if (i + 3 < limit && t[i].kind == Tok::Other && t[i + 1].kind == Tok::Word && t[i + 2].kind == Tok::Other &&
      t[i + 3].kind == Tok::Dash) {
    return i + 4;
  }
  if (capitals && i + 1 < limit && t[i].kind == Tok::Dash) return i + 1;
  return from;
}

// A lower-case word that can open a subject after an adjunct's comma: a
// noun, not a verb's auxiliary, an adverb in -ly or a clause's opener
// ("Over the past two weeks, prosecutors charged …").
bool lower_subject(const QToken& w) {
  return w.kind == Tok::Word && !w.capitalised && !quotes::opens_clause(w.lower) && !w.lower.ends_with("ly") &&
         !w.lower.ends_with("ed") && w.lower != "it" && !quotes::is_pronoun(w) && w.lower != "there" &&
         w.lower != "this" && w.lower != "that";
}

// Where the subject after an opening adjunct starts: after the first comma
// of the next kAdjunctReach tokens that a name, a determiner or a subject
// pronoun follows, unless that name is a place's ("in Salem, New
// Hampshire, Trump": a name, a comma and another name); else after the
// first comma of 12 tokens; else `from`.
std::size_t past_adjunct(const std::vector<QToken>& t, std::size_t from, std::size_t limit) {
  std::optional<std::size_t> first;
  for (std::size_t p = from + 1; p < limit && p < from + kAdjunctReach; ++p) {
    if (t[p].kind != Tok::Comma) continue;
    if (!first && p < from + 12) first = p + 1;
    std::size_t c = p + 1;
    while (c < limit && (t[c].kind == Tok::Close || t[c].kind == Tok::Open || t[c].kind == Tok::Straight)) ++c;
    if (c >= limit || t[c].kind != Tok::Word) continue;
    if (opens_described_subject(t[c]) || quotes::is_subject_pronoun(t[c])) return c;
    if (quotes::opens_adjunct(t, c) || !quotes::opens_subject(t[c])) continue;
    if (!t[c].capitalised && lower_subject(t[c])) return c;  // "Over the past two weeks, prosecutors charged"
    if (!t[c].capitalised || quotes::opens_sentence(t[c].lower)) continue;
    std::size_t e = c;
    while (e < limit && ((t[e].kind == Tok::Word && t[e].capitalised) || quotes::abbreviation_stop(t, e))) ++e;
    if (e + 1 < limit && t[e].kind == Tok::Comma && t[e + 1].kind == Tok::Word && t[e + 1].capitalised &&
        !quotes::opens_sentence(t[e + 1].lower)) {
      continue;
    }
    return c;
  }
  return first.value_or(from);
}

// How many tokens before its cue a pronoun subject is looked for.
constexpr std::size_t kPronounReach = 20;

// The subject pronoun nearest before cue k in sentence s, outside quote
// marks: "He pledged …, and he, once again, pledged", "she laughed and
// admitted", "as he defended Melania Trump …, saying".
std::optional<Range> pronoun_before(const std::vector<QToken>& t, const std::vector<bool>& inside, const Range& s,
                                    std::size_t k) {
  for (std::size_t j = k; j > s.begin && k - j < kPronounReach;) {
    --j;
    if (!inside[j] && (quotes::is_subject_pronoun(t[j]) || t[j].lower == "it")) return Range{j, j + 1};
  }
  return std::nullopt;
}

// Words a phrase after "by" or "according to" may take.
constexpr std::size_t kMaxAgentWords = 8;

// The words from b up to punctuation, a preposition other than "of" or a
// clause's opener, kMaxAgentWords at most: "organizers", "many Wall Street
// players", "a transcript of the show".
std::optional<Range> phrase_from(const std::vector<QToken>& t, std::size_t b, std::size_t end) {
  std::size_t e = b;
  while (e < end && e < b + kMaxAgentWords && t[e].kind == Tok::Word &&
         (e == b || t[e].lower == "of" || !quotes::is_preposition(t[e].lower)) && !quotes::opens_clause(t[e].lower) &&
         t[e].lower != "that") {
    ++e;
  }
  if (e == b) return std::nullopt;
  return Range{b, e};
}

// The agent after a cue in -ed and "by", whatever comes before it ("an
// option seen by organizers", "has been repeatedly criticized by many Wall
// Street players", "Asked by Stephanopoulos").
std::optional<Range> agent_after(const std::vector<QToken>& t, const Range& s, std::size_t k) {
  if (k + 2 >= s.end || !t[k].lower.ends_with("ed") || t[k + 1].lower != "by") return std::nullopt;
  return phrase_from(t, k + 2, s.end);
}

// The source the cue's statement is reported by, after it in the sentence:
// "Sanders said, according to CNN", "the president will say, according
// to excerpts of his speech released by the White House".
std::optional<Range> according_after(const std::vector<QToken>& t, const Range& s, std::size_t k) {
  for (std::size_t j = k + 1; j + 2 < s.end; ++j) {
    if (t[j].lower == "according" && t[j + 1].lower == "to") return phrase_from(t, j + 2, s.end);
  }
  return std::nullopt;
}

}  // namespace

// The subject of sentence s, before token `limit`: the first capitalised
// words or pronoun, past a leading conjunction, a dateline or an opening
// adjunct and its comma.
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
  from = past_dateline(text_, t_, from, limit);
  // "But the former president showed …", "And after the debate, Rubio …":
  // past a conjunction or adverb opening the sentence without a comma.
  if (from + 1 < limit && t_[from].kind == Tok::Word && quotes::opens_sentence(t_[from].lower) &&
      !opens_described_subject(t_[from]) && !quotes::is_preposition(t_[from].lower) && t_[from + 1].kind == Tok::Word) {
    ++from;
  }
  if (from < limit && quotes::opens_adjunct(t_, from)) {
    from = past_adjunct(t_, from, limit);
  } else if (from + 2 < limit && t_[from].kind == Tok::Word && quotes::opens_sentence(t_[from].lower) &&
             t_[from + 1].kind == Tok::Comma) {
    from += 2;  // "Still, Tad Devine, a senior adviser …, said"
  }
  // "Still, Tad Devine, a senior adviser …, said": past an opening adverb and its comma.
  if (from + 2 < limit && t_[from].kind == Tok::Word && quotes::opens_sentence(t_[from].lower) &&
      t_[from + 1].kind == Tok::Comma) {
    from += 2;
  }
  // "the board of elections on Monday rejected …", "Instead, the Vermont
  // senator is sticking …": a described subject, not "Monday" or "Vermont".
  if (from < limit && (opens_described_subject(t_[from]) || (from > s.begin && lower_subject(t_[from])))) {
    if (const auto d = quotes::described_phrase_at(t_, from, limit)) return d;
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
  add(quotes::relative_before(t_, k, s.begin), SourceKind::Relative);
  add(pronoun_before(t_, inside_, s, k), SourceKind::Pronoun);
  add(agent_after(t_, s, k), SourceKind::Agent);
  add(according_after(t_, s, k), SourceKind::According);
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
