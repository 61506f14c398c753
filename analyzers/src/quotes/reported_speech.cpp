// Reported speech: statements without quote marks around a cue ("X said
// that …", "…, a spokesman said", "according to X, …"), their content's
// bounds and their speaker.
#include <algorithm>

#include "content_model.h"
#include "extraction.h"

namespace quoth::quotes {

// Reported speech in one sentence: the first cue outside quote marks with
// a speaker next to it.
void Extraction::reported(const Range& s) {
  if (headline_colon(s) || poll_opening(s) || attributed_at_end(s)) return;
  for (std::size_t k = s.begin; k < s.end; ++k) {
    if (t_[k].kind != Tok::Word || inside_[k]) continue;
    if (t_[k].lower == "according" && k + 1 < s.end && t_[k + 1].lower == "to") {
      if (according_to(s, k)) return;
      continue;
    }
    if (t_[k].lower == "asked" && asked_then_answer(s, k)) continue;
    if (t_[k].lower.ends_with("ing") && reported_cue_at(k) && opens_with_participle(s, k) && asked_then_answer(s, k)) {
      continue;
    }
    // A cue of several words ("has said", "was first reported by") is
    // read at its last; a weekday after it is its time ("said Wednesday"),
    // not its head.
    if (!head_cue_at(k) || (k + 1 < s.end && head_cue_at(k + 1))) continue;
    if (!cue_with_speaker(s, k)) continue;
    // A second statement may follow the first's content ("…, saying …"),
    // not sit inside it.
    const CodePointOffset end = std::max(out_.back().content.end, t_[k].span.end);
    while (k + 1 < s.end && t_[k + 1].span.start < end) ++k;
  }
}

// "Lynch: No outside influence on FBI probe into Clinton emails.", "Clinton
// camp: Trump's Islamaphobia threatens …", "TAPPER: Do you think …": a line
// that opens with a name or a few capitalised words and a colon is their
// statement, the colon its cue.
bool Extraction::headline_colon(const Range& s) {
  if (s.begin > 0 && t_[s.begin - 1].kind != Tok::Paragraph) return false;
  if (t_[s.begin].kind != Tok::Word || !t_[s.begin].capitalised || inside_[s.begin]) return false;
  std::size_t colon = s.begin;
  while (colon < s.end && colon - s.begin < kMaxHeadlineSource &&
         ((t_[colon].kind == Tok::Word && (t_[colon].capitalised || t_[colon].lower.size() <= 3)) ||
          quotes::abbreviation_stop(t_, colon))) {
    ++colon;
  }
  if (colon >= s.end || t_[colon].kind != Tok::Colon || inside_[colon] || colon == s.begin) return false;
  // "The Latest: …", "Editor's Note: …", "UPDATE: …": a rubric, no source.
  const std::string_view last = t_[colon - 1].lower;
  if (last == "latest" || last == "note" || last == "update" || last == "correction" || last == "name" ||
      last == "daily" || last == "according") {
    return false;
  }
  if (word_count(t_, colon + 1, s.end) < 3) return false;
  const auto content = content_span(colon + 1, s.end);
  if (!content) return false;
  const Range source{s.begin, colon};
  if (covered(*content)) {
    lend_speaker(*content, colon, source);  // "Trump: ‘I’m the Worst Thing …’"
    return false;
  }
  emit(*content, has_marks(*content) ? QuoteKind::Mixed : QuoteKind::Indirect, colon, source);
  return true;
}

// "In an NBC News/Wall Street Journal poll released Monday, 50 percent of
// respondents chose Clinton …": the poll is the source of what follows its
// comma, "In" the cue (as PolNeAR's annotators mark it).
bool Extraction::poll_opening(const Range& s) {
  if (t_[s.begin].kind != Tok::Word || t_[s.begin].lower != "in" || inside_[s.begin]) return false;
  std::size_t comma = s.begin + 1;
  bool poll = false;
  while (comma < s.end && comma < s.begin + kMaxPollPhrase && t_[comma].kind != Tok::Comma) {
    if (is_mark(t_[comma])) return false;
    const std::string_view w = t_[comma].lower;
    poll = poll || w == "poll" || w == "polls" || w == "survey" || w == "surveys" || w == "polling";
    ++comma;
  }
  if (!poll || comma >= s.end || t_[comma].kind != Tok::Comma || word_count(t_, comma + 1, s.end) < 3) return false;
  const auto content = content_span(comma + 1, s.end);
  if (!content || covered(*content)) return false;
  emit(*content, has_marks(*content) ? QuoteKind::Mixed : QuoteKind::Indirect, s.begin, Range{s.begin + 1, comma});
  return true;
}

// "CONTENT, he said." / "CONTENT, a spokesman said." / "CONTENT, said X.":
// the attribution closes the sentence.
bool Extraction::attributed_at_end(const Range& s) {
  std::size_t e = s.end;
  while (e > s.begin && t_[e - 1].kind != Tok::Word) --e;
  if (e == s.begin || inside_[e - 1]) return false;
  // Back over words and the full stops of abbreviations ("…, Mr. Verdery said.").
  std::size_t comma = e;
  while (comma > s.begin && (t_[comma - 1].kind == Tok::Word || quotes::abbreviation_stop(t_, comma - 1)) &&
         e - comma < 10) {
    --comma;
  }
  if (comma == s.begin || t_[comma - 1].kind != Tok::Comma) return false;
  // The cue is the last word ("X said") or the first ("said X"), possibly
  // followed by a time ("said on Sunday").
  for (std::size_t k = comma; k < e; ++k) {
    if (!reported_cue_at(k)) continue;
    // After "X cue", only a circumstance ("said on Sunday") or, after a
    // verb of speech, its hearer ("told reporters"): ", the sharpest
    // disagreements centered on the issue" and ", the FBI said it would
    // cooperate" are no attributions of what precedes.
    if (k == comma && !speech_cue_at(k)) continue;  // ", said X" only after a verb of speech
    if (k > comma && k + 1 < e && !circumstance_at(k + 1) &&
        !(speech_cue_at(k) && e - k - 1 <= 2 && !quotes::is_pronoun(t_[k + 1]))) {
      continue;
    }
    std::optional<Range> speaker =
        k > comma ? quotes::speaker_before(t_, k, comma) : speaker_closing(k + 1, e);
    // "…, new fundraising reports show.": the cue model vouches for the cue,
    // the whole phrase before it is its source.
    if (!speaker && k > comma && k + 1 == e) {
      const auto subject = quotes::subject_before(t_, k, comma);
      if (subject && subject->begin == comma && quotes::opens_subject(t_[comma])) speaker = subject;
    }
    if (!speaker || word_count(t_, s.begin, comma - 1) < 3) return false;
    if (k == comma && !attribution_after(s, k)) return false;
    // "…, they supported her by a smaller margin.": after the cue, a
    // circumstance at most ("he said on Sunday"), else it has content of its own.
    if (k > comma && k + 1 < e) {
      bool only = false;
      past_circumstance(s, k + 1, only);
      if (!only) return false;
    }
    const auto content = content_span(s.begin, comma - 1);
    if (!content || covered(*content)) return false;
    emit(*content, has_marks(*content) ? QuoteKind::Mixed : QuoteKind::Indirect, k, speaker);
    return true;
  }
  return false;
}

// "Asked if Trump's comments had rattled them as well, Ryan said, …",
// "When asked whom she supported, Ms. Sherry smiled": what was asked is
// the content, the one who answers its source.
bool Extraction::asked_then_answer(const Range& s, std::size_t k) {
  const bool opens = k == s.begin || (k == s.begin + 1 && t_[s.begin].lower == "when") || opens_with_participle(s, k);
  if (!opens) return false;
  std::size_t comma = k + 1;
  while (comma < s.end && t_[comma].kind != Tok::Comma && !is_mark(t_[comma])) ++comma;
  if (comma + 1 >= s.end || t_[comma].kind != Tok::Comma || word_count(t_, k + 1, comma) < 2) return false;
  const std::size_t a = comma + 1;
  std::optional<Range> speaker;
  for (std::size_t v = a + 1; v < s.end && v < a + 12 && t_[v].kind == Tok::Word; ++v) {
    if (!reported_cue_at(v) && !speech_cue_at(v)) continue;
    speaker = quotes::speaker_before(t_, v, a);
    break;
  }
  if (!speaker && subject_end(a) > a) speaker = Range{a, subject_end(a)};
  if (!speaker) return false;
  const auto content = content_span(k + 1, comma);
  if (!content || covered(*content)) return false;
  emit(*content, has_marks(*content) ? QuoteKind::Mixed : QuoteKind::Indirect, k, speaker);
  return true;
}

// "According to X, CONTENT." or "CONTENT, according to X."
bool Extraction::according_to(const Range& s, std::size_t k) {
  std::size_t e = k + 2;  // "according to F.A.A. records": over abbreviations' full stops
  while (e < s.end && (t_[e].kind == Tok::Word || quotes::abbreviation_stop(t_, e))) ++e;
  // "according to exit polls", "according to state corporate records":
  // whatever follows is the source, speaker-like or not.
  auto speaker = quotes::speaker_after(t_, k + 2, e);
  if (!speaker && e > k + 2) speaker = Range{k + 2, std::min(e, k + 2 + kMaxNameWords)};
  if (!speaker) return false;
  std::optional<Span> content;
  // "CONTENT, according to X, taking …": after a comma, what precedes.
  const bool after_comma = k > s.begin && t_[k - 1].kind == Tok::Comma && word_count(t_, s.begin, k) >= 3;
  if (!after_comma && e < s.end && t_[e].kind == Tok::Comma && word_count(t_, e + 1, s.end) >= 3) {
    content = content_span(e + 1, s.end);
  } else if (word_count(t_, s.begin, k) >= 3) {
    content = content_span(s.begin, k);
  }
  if (!content) return false;
  if (covered(*content)) {
    lend_speaker(*content, k, *speaker);  // "According to the newspaper, “…”"
    return false;
  }
  emit(*content, has_marks(*content) ? QuoteKind::Mixed : QuoteKind::Indirect, k, speaker);
  out_.back().cue = {t_[k].span.start, t_[k + 1].span.end};
  out_.back().cue_text = slice(out_.back().cue.start, out_.back().cue.end);
  return true;
}

// "…, Zelensky said: “…”": the cue belongs to the quote that follows.
bool Extraction::introduces_quote(std::size_t cue, const Range& s) const {
  std::size_t n = cue + 1;
  while (n < s.end && (t_[n].kind == Tok::Colon || t_[n].kind == Tok::Comma ||
                       (t_[n].kind == Tok::Word && t_[n].lower == "that"))) {
    ++n;
  }
  return n < t_.size() && is_mark(t_[n]);
}

// The first token of content after cue k: past "that", the hearer ("told
// reporters", "told him"), colons and commas; by the content model or the rules.
std::size_t Extraction::content_after(const Range& s, std::size_t k) {
  if (!options_.learned_bounds) return quotes::rule_content_start(bounds(), k, s.end);
  return quotes::learned_content_start(bounds(), k, s.end, scratch_);
}

// Where content after cue k starting at c ends: by the content model or
// the rules. The model does not carry content over a quote mark or a cue
// the rules stop before ("When Clinton noted that … ― as was true … ―
// Trump boasted, “…”", "said they were worried …, and more than 4 in 10
// said …"): what follows is a statement of its own.
std::size_t Extraction::content_end(std::size_t k, std::size_t c, std::size_t end) {
  const std::size_t rule = clause_end(c, end);
  std::size_t e = rule;
  if (options_.learned_bounds) {
    e = quotes::learned_content_end(bounds(), k, c, end, scratch_);
    // "saying she had made a “poor choice of words” at a previous campaign
    // event": content ending on a quote it would be mostly made of (a
    // direct quote's statement, then) goes on to the rules' end.
    if (e < rule && e > c + 1 && is_mark(t_[e - 1]) && t_[e].kind == Tok::Word) {
      const auto cut = content_span(c, e);
      if (cut && covered(*cut)) e = rule;
    }
    for (std::size_t i = rule; i < e; ++i) {
      if (is_mark(t_[i]) || speech_cue_at(i) || reported_cue_at(i)) {
        e = rule;
        break;
      }
    }
  }
  // "said that Trump, a political outsider, could …", "say that Sanders,
  // who did win Rhode Island, would …": in a "that" clause, a comma after a
  // word or two opens an aside within its subject, not the content's end.
  const std::size_t first = c < end && t_[c].kind == Tok::Word && t_[c].lower == "that" ? c + 1 : c;
  if (first > c && e + 1 < end && t_[e].kind == Tok::Comma && word_count(t_, first, e) <= 2) {
    e = std::max(e, clause_end(e + 1, end));
  }
  return std::min(e, next_speaker_clause(c, e));
}

// The first word of the cue phrase ending at k: back over the words the
// cue lexicon knows and adverbs ("has been asking repeatedly about", "and
// most recently defended"; an adverb in -ly is in lower case: "Kelly said"
// is a name's).
std::size_t Extraction::cue_phrase_start(std::size_t k, std::size_t floor) const {
  static constexpr std::string_view kAdverbs[] = {"most", "then", "later", "again", "never", "often", "once", "soon"};
  std::size_t b = k;
  while (b > floor && k - b < kMaxCuePhrase && t_[b - 1].kind == Tok::Word &&
         (quotes::cue_weight(t_[b - 1].lower) >= options_.min_cue_weight ||
          (!t_[b - 1].capitalised && t_[b - 1].lower.size() > 4 && t_[b - 1].lower.ends_with("ly")) ||
          std::find(std::begin(kAdverbs), std::end(kAdverbs), t_[b - 1].lower) != std::end(kAdverbs))) {
    --b;
  }
  return b;
}

// Whether reported content opening with the quote mark at `open` has at
// least two more words after the quote, before its clause ends.
bool Extraction::continues_after_quote(std::size_t open, std::size_t end) const {
  std::size_t close = open + 1;
  while (close < end && inside_[close]) ++close;
  return close < end && word_count(t_, close + 1, clause_end(open, end)) >= 2;
}

// "said on Sunday", "said in a statement": a circumstance after a verb of
// speech is no content (`only` is set); "said Thursday during a taping …,
// that state is wrong": the content is from the "that" after it.
std::size_t Extraction::past_circumstance(const Range& s, std::size_t c, bool& only) const {
  if (c >= s.end || t_[c].kind != Tok::Word) return c;
  const std::string_view w = t_[c].lower;
  const bool circumstance = (quotes::is_preposition(w) && w != "of" && w != "about" && w != "to" && w != "for") ||
                            quotes::is_weekday(w) || time_phrase_at(c) || hearer_after_to(c);
  if (!circumstance) return c;
  for (std::size_t i = c + 1; i < s.end && i < c + 20 && !is_mark(t_[i]); ++i) {
    if (t_[i].kind == Tok::Word && t_[i].lower == "that") return i;
  }
  only = word_count(t_, c, s.end) <= kMaxCircumstanceWords;
  return c;
}

// "last week", "that night", "earlier this month", "Nov. 9": a time after
// a verb of speech, no content.
bool Extraction::time_phrase_at(std::size_t i) const {
  static constexpr std::string_view kTimeNouns[] = {"night", "day", "morning", "afternoon", "evening",
                                                    "week", "weekend", "month", "year", "spring", "summer",
                                                    "fall", "winter"};
  static constexpr std::string_view kMonths[] = {"january", "february", "march", "april", "june", "july", "august",
                                                 "september", "october", "november", "december", "jan", "feb",
                                                 "aug", "sept", "oct", "nov", "dec"};
  static constexpr std::string_view kBefore[] = {"last", "that", "this", "earlier", "later", "next"};
  const auto in = [](const auto& list, std::string_view w) { return std::find(std::begin(list), std::end(list), w) != std::end(list); };
  if (i >= t_.size() || t_[i].kind != Tok::Word) return false;
  if (t_[i].capitalised && in(kMonths, t_[i].lower)) return true;
  if (t_[i].lower == "recently" || t_[i].lower == "earlier" || t_[i].lower == "later") return true;
  return in(kBefore, t_[i].lower) && i + 1 < t_.size() && t_[i + 1].kind == Tok::Word && in(kTimeNouns, t_[i + 1].lower);
}

// "said to reporters", "said to the crowd", "said to cheers": "to" before a
// determiner or a name is whom the words were said to ("said to be" is none).
bool Extraction::hearer_after_to(std::size_t i) const {
  static constexpr std::string_view kHearers[] = {"the", "a", "an", "his", "her", "their", "its", "our", "reporters",
                                                  "journalists", "cheers", "applause", "laughter", "supporters"};
  if (i + 1 >= t_.size() || t_[i].lower != "to" || t_[i + 1].kind != Tok::Word) return false;
  return t_[i + 1].capitalised || std::find(std::begin(kHearers), std::end(kHearers), t_[i + 1].lower) != std::end(kHearers);
}

// A circumstance opening at token i: a preposition or a weekday ("on Sunday").
// Not "to", "of", "about", "for": "promised to build", "spoke of".
bool Extraction::circumstance_at(std::size_t i) const {
  if (i >= t_.size() || t_[i].kind != Tok::Word) return false;
  const std::string_view w = t_[i].lower;
  return (quotes::is_preposition(w) && w != "of" && w != "about" && w != "to" && w != "for") || quotes::is_weekday(w);
}

// The speaker after a cue that closes an attribution ("…, said X."): the
// phrase after it, followed by no more words than a circumstance ("said
// Trump on Sunday"), so that "…, said the United States should …" is none;
// nor a pronoun that more words follow ("…, said he also may …").
std::optional<Range> Extraction::speaker_closing(std::size_t from, std::size_t end) const {
  // "…, said he also may campaign": a pronoun after the cue opens its content.
  if (from + 1 < end && quotes::is_pronoun(t_[from]) && t_[from + 1].kind == Tok::Word) return std::nullopt;
  auto speaker = quotes::speaker_after(t_, from, end);
  if (speaker && speaker->end < end && t_[speaker->end].kind == Tok::Word && !circumstance_at(speaker->end)) {
    return std::nullopt;
  }
  return speaker;
}

// "X said (that) CONTENT." / "CONTENT, X said." / "CONTENT, said X."
bool Extraction::cue_with_speaker(const Range& s, std::size_t k) {
  const auto agent = passive_agent(s, k);
  auto speaker = agent ? agent : quotes::speaker_before(t_, k, s.begin);
  std::optional<Span> content;
  std::size_t c = agent ? quotes::rule_content_start(bounds(), agent->end - 1, s.end) : content_after(s, k);
  bool circumstance_only = false;
  if (!agent && speech_cue_at(k)) c = past_circumstance(s, c, circumstance_only);
  // "All those reviews came back clear, and the F.B.I. has said …": a
  // conjunction after the cue's comma opens another clause, no content of
  // this cue's (its own cue may report it).
  if (c > k + 1 && c < s.end && t_[c - 1].kind == Tok::Comma && t_[c].kind == Tok::Word &&
      (t_[c].lower == "and" || t_[c].lower == "but")) {
    c = s.end;
  }
  // A quote right after the cue is a direct quote of its own, unless the
  // content goes on after it ("says “the wind is at our backs” despite
  // his loss"): then the whole is one mixed statement.
  const bool quote_follows = c < s.end && is_mark(t_[c]) && inside_[c] && !continues_after_quote(c, s.end);
  if (speaker) {
    if (word_count(t_, c, s.end) >= kMinContentWords && !quote_follows && !circumstance_only) {
      content = content_span(c, content_end(k, c, s.end));
    } else if (speaker->begin > s.begin && t_[speaker->begin - 1].kind == Tok::Comma &&
               word_count(t_, s.begin, speaker->begin) >= 3 && !introduces_quote(k, s) &&
               !opens_with_circumstance(s)) {
      content = content_span(s.begin, speaker->begin - 1);  // "CONTENT, X said."
    }
  } else if (k > s.begin && t_[k - 1].kind == Tok::Comma && word_count(t_, s.begin, k) >= 3 &&
             speech_cue_at(k) && !introduces_quote(k, s)) {
    // "CONTENT, said X.": only a verb of speech comes before its subject
    // (", blamed George W. Bush for …" is no attribution).
    speaker = speaker_closing(k + 1, s.end);
    // "Sen. Lindsey Graham, R-S.C., a long-shot candidate, said Obama is
    // overselling …": a phrase that words go on after is content, not the
    // speaker of what comes before.
    if (speaker && ((speaker->end < s.end && t_[speaker->end].kind == Tok::Word) || !attribution_after(s, k))) {
      speaker.reset();
    }
    if (speaker) content = content_span(s.begin, k - 1);
  }
  // The cue model vouches for the cue: its subject need not look like a
  // speaker ("the poll found", "rising rates will support").
  if (!content && word_count(t_, c, s.end) >= kMinContentWords && !quote_follows && !circumstance_only) {
    const std::size_t first = cue_phrase_start(k, s.begin);
    speaker = quotes::subject_before(t_, first, s.begin);
    // "By offering …", "Despite …", "can support": a phrase that opens
    // with a preposition or a verb's auxiliary is no subject; the
    // sentence's is.
    if (speaker && !quotes::opens_subject(t_[speaker->begin])) {
      speaker = sentence_subject(s, speaker->begin);
    }
    // ", saying …", ", acknowledging that …", ", while saying that …": a
    // participle after a comma reports what the sentence's subject says.
    const std::size_t before = first > s.begin + 1 && quotes::opens_clause(t_[first - 1].lower) &&
                                       !t_[first - 1].lower.ends_with("ing") ? first - 1 : first;
    if (!speaker && before > s.begin && comma_before(before) && t_[k].lower.ends_with("ing")) {
      speaker = sentence_subject(s, before - 1);
    }
    // "Wilson praised Rubio’s positions … and said the Florida senator
    // can …": a cue after "and" goes on from the sentence's subject.
    if (!speaker && first > s.begin && t_[first - 1].kind == Tok::Word &&
        (t_[first - 1].lower == "and" || t_[first - 1].lower == "but")) {
      speaker = sentence_subject(s, first - 1);
    }
    // "Marley Anderson, 21, a junior from Las Vegas, said she …", "Jason
    // Sims — a teacher from Mount Pleasant — says he …": after an aside,
    // the cue is the sentence subject's.
    if (!speaker && first > s.begin && (t_[first - 1].kind == Tok::Comma || t_[first - 1].kind == Tok::Dash)) {
      speaker = sentence_subject(s, first - 1);
    }
    if (speaker) content = content_span(c, content_end(k, c, s.end));
  }
  // "Trump was supported by 42 percent of the voters.": nothing after a
  // passive cue's agent; its subject is the content, what the agent backs,
  // criticizes or says.
  if (!content && agent) {
    const auto subject = quotes::subject_before(t_, k, s.begin);
    if (subject && subject->end - subject->begin <= kMaxPassiveSubject) content = content_span(subject->begin, subject->end);
  }
  if (!content) return false;
  if (covered(*content)) {
    if (speaker) lend_speaker(*content, k, *speaker);
    return false;
  }
  const auto rule_speaker = speaker;
  emit(*content, has_marks(*content) ? QuoteKind::Mixed : QuoteKind::Indirect, k, speaker);
  if (rule_speaker && !agent) join_interrupted_subject(s, k, *rule_speaker);
  return true;
}

}  // namespace quoth::quotes
