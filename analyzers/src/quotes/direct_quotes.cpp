// Direct quotes: the text within quote marks, and its attribution after the
// quote, before it, or from the quote it continues.
#include <algorithm>

#include "extraction.h"

namespace quoth::quotes {

// How far (code points) after the last attributed direct quote an
// unattributed one still continues its speaker's words. Train's halves:
// 400 → 300 gains 8 right attributions, 120 loses 16, 700 loses 1.
constexpr CodePointOffset kContinuationReach = 300;

// Attribution of a direct quote: after it ("…," Zelensky said / said
// Zelensky), before it (Zelensky said: "…"), or the speaker of the quote
// it continues.
void Extraction::direct(const Marked& m) {
  const std::size_t close = std::min(m.close, t_.size());
  const std::size_t words = word_count(t_, m.open + 1, close);
  if (words == 0) return;
  const auto content = content_span(m.open + 1, close);
  if (!content) return;
  // The second part of a quote split by its attribution ("“A,” she said,
  // “B.”", "“A,” said X, a role. “B.”") joins the first: one statement,
  // one speaker, unless it names a speaker of its own.
  if (pending_split_ && pending_split_->next_open == m.open && !cue_after(close) && !verb_attribution_after(close)) {
    Quote& first = out_[pending_split_->index];
    first.text += " \u2026 " + slice(content->start, content->end);
    first.gap = {first.content.end, content->start};
    first.content.end = content->end;
    direct_spans_.back().end = content->end;
    pending_split_.reset();
    return;
  }
  std::optional<std::size_t> cue;
  std::optional<Range> speaker;
  const Range s = sentence_of(std::min(close, t_.size() - 1));
  // After: skip a comma or dash, then a cue within the next few words.
  const std::size_t a = attribution_start(close);
  if (const auto k = cue_after(close)) {
    speaker = *k > a ? name_then_appositive(a, *k) : std::nullopt;
    if (!speaker && *k > a) speaker = quotes::speaker_before(t_, *k, a);
    if (!speaker) speaker = quotes::speaker_after(t_, *k + 1, std::max(s.end, *k + 1));
    if (speaker) cue = *k;
  }
  // "“…,” Vitter demanded.", "“…,” she countered.": a name or pronoun and
  // one verb closing the sentence attribute the quote, whatever the verb.
  if (!speaker) {
    if (const auto v = verb_attribution_after(close)) {
      speaker = v->speaker;
      cue = v->verb;
    }
  }
  // Before: "X said: “…”" / "X said, “…”" / "X said that “…”", also
  // across a paragraph break after a colon ("He told the crowd:¶“…”").
  // After a colon or comma the cue may be further back ("Clinton,
  // speaking to reporters, said of the request: “…”"). Past a long aside
  // or a clause ("Trump, who has told aides …, said in his formal
  // statement: “…”", "Suu Kyi, 70, said … but added, “…”") the cue's
  // sentence subject speaks.
  if (!speaker && m.open > 0) {
    std::size_t b = m.open;
    while (b > 0 && t_[b - 1].kind == Tok::Paragraph) --b;
    if (b == m.open || (b > 0 && t_[b - 1].kind == Tok::Colon)) {
      const bool introduced = b > 0 && (t_[b - 1].kind == Tok::Colon || t_[b - 1].kind == Tok::Comma);
      const std::size_t mark = b;
      while (b > 0 && (t_[b - 1].kind == Tok::Colon || t_[b - 1].kind == Tok::Comma ||
                       (t_[b - 1].kind == Tok::Word && t_[b - 1].lower == "that"))) {
        --b;
      }
      const Range before = sentence_of(b > 0 ? b - 1 : 0);
      const std::size_t window = introduced ? 12 : 4;
      for (std::size_t k = b; k > before.begin && k + window > b; --k) {
        if (!(cue_at(k - 1) || reported_cue_at(k - 1)) || inside_[k - 1]) continue;
        speaker = quotes::speaker_before(t_, k - 1, before.begin);
        if (!speaker) speaker = quotes::speaker_after(t_, k, b);
        if (!speaker) speaker = subject_of_coordinated_cue(before, k - 1);
        if (!speaker) speaker = sentence_subject(before, k - 1);
        if (speaker) cue = k - 1;
        break;
      }
      // "Jeffrey M. Jones: “…”", "More from Jones: “…”": a name before the colon.
      if (!speaker && mark > 0 && t_[mark - 1].kind == Tok::Colon) speaker = name_before_colon(mark - 1);
    }
  }
  // A signature after it: "…” ― Sonya Herridge", "…” — Jane Doe, 27".
  if (!speaker) speaker = signature_after(close);
  // A quote filling its paragraph, under a short line that names someone
  // ("Pamela Padilla, 27, Texas"), is that person's.
  if (!speaker) speaker = name_line_before(m);
  // A quote after a sentence of someone's speech is that speaker's ("Sam
  // Lau … said in a statement. “…”"), also where it would otherwise
  // continue the last quote's speaker ("“…,” said Megan Greene. “…” Greene
  // added that …. “…”"). Train's halves: +13 right attributions.
  if (!speaker) {
    if (const auto v = said_sentence_before(m, last_direct_speaker_ ? last_direct_end_ : 0)) {
      speaker = v->speaker;
      cue = v->verb;
    }
  }
  const bool attributed = speaker.has_value();
  if (!attributed && words < options_.min_direct_words) return;  // a scare quote or a title
  const bool continues = last_direct_speaker_ && m.open > 0 &&
                         t_[m.open].span.start - last_direct_end_ < kContinuationReach;
  if (!attributed && continues) {
    Quote q;
    q.content = *content;
    q.text = slice(content->start, content->end);
    q.kind = QuoteKind::Direct;
    q.speaker = *last_direct_speaker_;
    out_.push_back(std::move(q));
    last_direct_end_ = t_[close - 1].span.end;
    return;
  }
  emit(*content, QuoteKind::Direct, cue, speaker);
  direct_spans_.push_back(*content);
  pending_split_.reset();
  if (cue && *cue > close) {
    // "“A,” X said, “B”", "“A,” said X, a role. “B”": note where a second
    // part would open (the attribution's sentence, then a quote mark).
    // Another verb of speech on the way is another attribution ("…, and
    // Jones said"): no continuation; words such as "statement", "about"
    // or "interview" are not.
    std::size_t next = *cue + 1;
    while (next < t_.size() && next < *cue + 40 && t_[next].kind != Tok::Paragraph && !is_mark(t_[next]) &&
           !(t_[next].kind == Tok::End && !quotes::abbreviation_stop(t_, next)) && !speech_cue_at(next)) {
      ++next;
    }
    if (next < t_.size() && speech_cue_at(next)) next = t_.size();
    while (next < t_.size() && (t_[next].kind == Tok::Comma || t_[next].kind == Tok::End || t_[next].kind == Tok::Colon)) ++next;
    while (next < t_.size() && t_[next].kind == Tok::Paragraph) ++next;
    if (next < t_.size() && (t_[next].kind == Tok::Open || t_[next].kind == Tok::Straight)) {
      pending_split_ = PendingSplit{out_.size() - 1, next};
    }
  }
  if (out_.back().speaker) {
    last_direct_speaker_ = out_.back().speaker;
    last_direct_end_ = t_[close - 1].span.end;
  }
}

// Where an attribution after a closing mark starts: past a comma or dash.
std::size_t Extraction::attribution_start(std::size_t close) const {
  std::size_t a = close + 1;
  while (a < t_.size() && (t_[a].kind == Tok::Comma || t_[a].kind == Tok::Dash)) ++a;
  return a;
}

// A cue within the next few words after a closing mark: words, with the
// full stops of abbreviations ("Mr. Obama said"), the brackets of "Rep.
// Jim Jordan (R-Ohio) said" and the commas of an appositive ("Flynn, a
// top Trump surrogate, said").
// A quote that closes on a full stop ("“… industry.” In a later vote, he
// warned …") is followed by a new sentence: only a short attribution
// without commas ("“….” he said.") is read as its own.
std::optional<std::size_t> Extraction::cue_after(std::size_t close) const {
  if (!closing_mark_at(close)) return std::nullopt;
  const std::size_t a = attribution_start(close);
  const bool full_stop = close > 0 && close < t_.size() && full_stop_at(close - 1);
  const std::size_t reach = full_stop ? kShortAttribution : kAttributionReach;
  for (std::size_t k = a; k < t_.size() && k < a + reach; ++k) {
    const bool in_attribution = t_[k].kind == Tok::Word || (t_[k].kind == Tok::Comma && !full_stop) ||
                                t_[k].kind == Tok::Other || quotes::abbreviation_stop(t_, k) ||
                                stop_before_comma(k);
    if (!in_attribution) break;
    if (!(cue_at(k) || reported_cue_at(k))) continue;
    // "“…,” the statement said": a cue word after an article is a noun,
    // the speaker; the verb follows.
    if (k > a && t_[k - 1].kind == Tok::Word &&
        (t_[k - 1].lower == "the" || t_[k - 1].lower == "a" || t_[k - 1].lower == "an")) {
      continue;
    }
    if (full_stop && !sentence_ends_soon(k + 1)) return std::nullopt;  // "“….” He said the call was …"
    return k;
  }
  return std::nullopt;
}

// A full stop before a comma ends an abbreviation, not a sentence:
// "Mr. Daniloff, now 81 and retired in Cambridge, Mass., said".
bool Extraction::stop_before_comma(std::size_t k) const {
  return t_[k].kind == Tok::End && k + 1 < t_.size() && t_[k + 1].kind == Tok::Comma;
}

// Whether a sentence end follows within a word or two of token i ("said.",
// "said Trump.").
bool Extraction::sentence_ends_soon(std::size_t i) const {
  for (std::size_t k = i; k < t_.size() && k < i + 3; ++k) {
    if (t_[k].kind == Tok::End && !quotes::abbreviation_stop(t_, k)) return true;
    if (t_[k].kind != Tok::Word && !quotes::abbreviation_stop(t_, k)) return false;
  }
  return false;
}

// An attribution by any verb right after a closing mark: "“…,” Vitter
// demanded.", "“…,” she countered.", and, when the quote ends on a comma,
// "!" or "?" (the mark of a quote being attributed), "“…!” the crowd cried
// out", "“…!” beamed Donald Hartley" with a verb in -ed.
std::optional<Extraction::VerbAttribution> Extraction::verb_attribution_after(std::size_t close) const {
  if (close + 2 >= t_.size() || close == 0 || !closing_mark_at(close)) return std::nullopt;
  const std::size_t a = attribution_start(close);
  const bool attributed_mark =
      t_[close - 1].kind == Tok::Comma || (t_[close - 1].kind == Tok::End && !full_stop_at(close - 1));
  if (attributed_mark && past_tense_at(a)) {
    const std::size_t e = name_end(a + 1);
    if (e > a + 1) return VerbAttribution{{a + 1, e}, a};
  }
  std::size_t k = subject_end(a);
  if (k == a || k + 1 >= t_.size() || t_[k].kind != Tok::Word || t_[k].capitalised) return std::nullopt;
  const bool closes_sentence = t_[k + 1].kind == Tok::End && !quotes::abbreviation_stop(t_, k + 1);
  const bool verb_form = past_tense_at(k) || (t_[k].lower.size() > 3 && t_[k].lower.ends_with("s"));  // "Blige sings"
  if (closes_sentence || (attributed_mark && verb_form)) return VerbAttribution{{a, k}, k};
  return std::nullopt;
}

std::optional<Extraction::VerbAttribution> Extraction::said_sentence_before(const Marked& m,
                                                                           CodePointOffset after) const {
  std::size_t p = m.open;
  while (p > 0 && t_[p - 1].kind == Tok::Paragraph) --p;
  if (p == 0 || t_[p - 1].kind != Tok::End || quotes::abbreviation_stop(t_, p - 1)) return std::nullopt;
  const Range s = sentence_of(p - 1);
  if (t_[s.begin].span.start < after) return std::nullopt;
  for (std::size_t k = s.begin + 1; k < p; ++k) {
    if (inside_[k] || !speech_cue_at(k)) continue;
    if (const auto speaker = quotes::speaker_before(t_, k, s.begin)) return VerbAttribution{*speaker, k};
    return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace quoth::quotes
