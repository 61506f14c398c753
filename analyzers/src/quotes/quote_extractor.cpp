#include "quoth/analyzers/quote_extractor.h"

#include <algorithm>

#include "content_model.h"
#include "cue_lexicon.h"
#include "cue_model.h"
#include "quote_marks.h"
#include "quote_tokens.h"
#include "quoth/analyzers/utf8.h"
#include "speaker.h"

namespace quoth {
namespace {

using quotes::QToken;
using quotes::Range;
using quotes::Tok;
using quotes::Marked;
using quotes::is_mark;

using quotes::word_count;

// Reported speech shorter than this is a fragment ("said so"), not a statement.
constexpr std::size_t kMinContentWords = 2;
// A cue lexicon weight only words of speech reach ("said", "noting").
constexpr double kSpeechCueWeight = 0.6;
// Words of a cue phrase at most ("has been asking repeatedly about").
constexpr std::size_t kMaxCuePhrase = 4;
// How far into a sentence its subject is looked for (tokens).
constexpr std::size_t kSubjectReach = 8;
// Tokens after a closing mark within which its cue is looked for.
constexpr std::size_t kAttributionReach = 32;
// Tokens of an attribution after a quote that closes on a full stop.
constexpr std::size_t kShortAttribution = 2;
// Words of a circumstance after a verb of speech read as such ("said on
// Sunday at a rally in Iowa"), not as content.
constexpr std::size_t kMaxCircumstanceWords = 6;
// Words of a name read as a speaker without a cue ("Sen. Richard J. Durbin").
constexpr std::size_t kMaxNameWords = 6;

class Extraction {
 public:
  Extraction(std::string_view text, const std::vector<EntityMention>& mentions, const QuoteExtractor::Options& o)
      : text_(text), index_(text), mentions_(mentions), options_(o), t_(quotes::tokenize_for_quotes(text, forms_)) {}

  std::vector<Quote> run() {
    paragraphs_ = quotes::paragraphs(t_);
    for (const Range& p : paragraphs_) {
      for (const Range& s : quotes::sentences(t_, p)) sentences_.push_back(s);
    }
    const auto marked = quotes::pair_marks(t_, paragraphs_, options_.max_quote_length);
    inside_ = quotes::inside_marks(t_, marked);
    score_cues();
    for (const Marked& m : marked) direct(m);
    direct_count_ = out_.size();
    for (const Range& s : sentences_) reported(s);
    drop_parts_of_mixed();
    std::sort(out_.begin(), out_.end(), [](const Quote& a, const Quote& b) { return a.content.start < b.content.start; });
    return std::move(out_);
  }

 private:
  // A short quoted phrase inside reported speech is part of that mixed
  // quote, not a statement of its own.
  void drop_parts_of_mixed() {
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
  void score_cues() {
    is_cue_.assign(t_.size(), false);
    std::vector<std::uint64_t> features;
    for (std::size_t i = 0; i < t_.size(); ++i) {
      if (inside_[i] || !quotes::cue_candidate(t_, i)) continue;
      quotes::cue_features(t_, inside_, i, features);
      is_cue_[i] = quotes::cue_score(features) > options_.min_cue_score;
    }
  }

  // A cue of reported speech: the model says so.
  bool reported_cue_at(std::size_t i) const { return i < t_.size() && is_cue_[i]; }

  bool speech_cue_at(std::size_t i) const {
    return i < t_.size() && t_[i].kind == Tok::Word && quotes::cue_weight(t_[i].lower) >= kSpeechCueWeight;
  }

  bool cue_at(std::size_t i) const {
    return i < t_.size() && t_[i].kind == Tok::Word && quotes::cue_weight(t_[i].lower) >= options_.min_cue_weight;
  }

  Range sentence_of(std::size_t i) const {
    // Sentences are in order and disjoint: the last one starting at or before i.
    const auto after = std::upper_bound(sentences_.begin(), sentences_.end(), i,
                                        [](std::size_t x, const Range& s) { return x < s.begin; });
    if (after != sentences_.begin() && i < std::prev(after)->end) return *std::prev(after);
    return {i, i + 1};
  }

  std::string slice(CodePointOffset from, CodePointOffset to) const {
    return std::string(index_.slice(from, to));
  }

  // Content between token indices [b, e), trimmed of edge punctuation.
  std::optional<Span> content_span(std::size_t b, std::size_t e) const {
    while (b < e && t_[b].kind != Tok::Word && t_[b].kind != Tok::Open && t_[b].kind != Tok::Straight) ++b;
    while (e > b && (t_[e - 1].kind == Tok::Comma || t_[e - 1].kind == Tok::Colon || t_[e - 1].kind == Tok::Dash ||
                     (t_[e - 1].kind == Tok::End && t_[e - 1].span.length() == 1 && e - 1 > b))) {
      --e;
    }
    if (e <= b) return std::nullopt;
    return Span{t_[b].span.start, t_[e - 1].span.end};
  }

  void emit(Span content, QuoteKind kind, std::optional<std::size_t> cue, std::optional<Range> speaker) {
    Quote q;
    q.content = content;
    q.text = slice(content.start, content.end);
    q.kind = kind;
    if (cue) {
      q.cue = t_[*cue].span;
      q.cue_text = slice(q.cue.start, q.cue.end);
    }
    if (speaker) {
      q.speaker = quotes::make_speaker(text_, t_, *speaker, mentions_, last_named_ ? &*last_named_ : nullptr);
      if (!q.speaker->anonymous && !q.speaker->name.empty()) last_named_ = *q.speaker;
    }
    out_.push_back(std::move(q));
  }

  // Attribution of a direct quote: after it ("…," Zelensky said / said
  // Zelensky), before it (Zelensky said: "…"), or the speaker of the quote
  // it continues.
  void direct(const Marked& m) {
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
    // speaking to reporters, said of the request: “…”").
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
    const bool attributed = speaker.has_value();
    if (!attributed && words < options_.min_direct_words) return;  // a scare quote or a title
    if (!attributed && last_direct_speaker_ && m.open > 0 && t_[m.open].span.start - last_direct_end_ < 400) {
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

  // A name (capitalised words and initials) just before the colon at
  // `colon`, opening its line or after "from": "Jeffrey M. Jones:".
  std::optional<Range> name_before_colon(std::size_t colon) const {
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
  std::optional<Range> name_then_appositive(std::size_t a, std::size_t k) const {
    const std::size_t e = name_run_end(a, k);
    if (e == a || e + 1 >= k || t_[e].kind != Tok::Comma || quotes::opens_sentence(t_[a].lower)) return std::nullopt;
    return Range{a, e};
  }

  // Whether a quote ends at a mark: one left open ends with its paragraph,
  // and what follows is no attribution of it.
  bool closing_mark_at(std::size_t close) const { return close < t_.size() && is_mark(t_[close]); }

  // Where an attribution after a closing mark starts: past a comma or dash.
  std::size_t attribution_start(std::size_t close) const {
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
  std::optional<std::size_t> cue_after(std::size_t close) const {
    if (!closing_mark_at(close)) return std::nullopt;
    const std::size_t a = attribution_start(close);
    const bool full_stop = close > 0 && close < t_.size() && full_stop_at(close - 1);
    const std::size_t reach = full_stop ? kShortAttribution : kAttributionReach;
    for (std::size_t k = a; k < t_.size() && k < a + reach; ++k) {
      const bool in_attribution = t_[k].kind == Tok::Word || (t_[k].kind == Tok::Comma && !full_stop) ||
                                  t_[k].kind == Tok::Other || quotes::abbreviation_stop(t_, k);
      if (!in_attribution) break;
      if (!(cue_at(k) || reported_cue_at(k))) continue;
      if (full_stop && !sentence_ends_soon(k + 1)) return std::nullopt;  // "“….” He said the call was …"
      return k;
    }
    return std::nullopt;
  }

  // Whether token i is a sentence end written ".", not "!" or "?".
  bool full_stop_at(std::size_t i) const {
    return t_[i].kind == Tok::End && index_.slice(t_[i].span.start, t_[i].span.end) == ".";
  }

  // Whether a sentence end follows within a word or two of token i ("said.",
  // "said Trump.").
  bool sentence_ends_soon(std::size_t i) const {
    for (std::size_t k = i; k < t_.size() && k < i + 3; ++k) {
      if (t_[k].kind == Tok::End && !quotes::abbreviation_stop(t_, k)) return true;
      if (t_[k].kind != Tok::Word && !quotes::abbreviation_stop(t_, k)) return false;
    }
    return false;
  }

  struct VerbAttribution {
    Range speaker;
    std::size_t verb;
  };

  // An attribution by any verb right after a closing mark: "“…,” Vitter
  // demanded.", "“…,” she countered.", and, when the quote ends on a comma,
  // "!" or "?" (the mark of a quote being attributed), "“…!” the crowd cried
  // out", "“…!” beamed Donald Hartley" with a verb in -ed.
  std::optional<VerbAttribution> verb_attribution_after(std::size_t close) const {
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

  bool past_tense_at(std::size_t i) const {
    return i < t_.size() && t_[i].kind == Tok::Word && !t_[i].capitalised && t_[i].lower.size() > 3 &&
           t_[i].lower.ends_with("ed");
  }

  // Where a run of capitalised words and the full stops of initials
  // starting at b ends: before `limit`, after kMaxNameWords tokens at most.
  std::size_t name_run_end(std::size_t b, std::size_t limit) const {
    std::size_t e = b;
    while (e < limit && e < b + kMaxNameWords &&
           ((t_[e].kind == Tok::Word && t_[e].capitalised) || (e > b && quotes::abbreviation_stop(t_, e)))) {
      ++e;
    }
    return e;
  }

  // The end of a name (capitalised words and initials) starting at b.
  std::size_t name_end(std::size_t b) const {
    std::size_t e = name_run_end(b, t_.size());
    while (e > b && t_[e - 1].kind != Tok::Word) --e;
    return e;
  }

  // The end of a subject starting at a: a pronoun, a name, or a determiner
  // and a few words before a verb in -ed ("the crowd", "a young woman").
  std::size_t subject_end(std::size_t a) const {
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
  std::optional<Range> signature_after(std::size_t close) const {
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

  std::optional<Range> name_line_before(const Marked& m) const {
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

  bool covered(Span c) const {
    for (const Span& d : direct_spans_) {
      const CodePointOffset lo = std::max(c.start, d.start), hi = std::min(c.end, d.end);
      if (hi > lo && (hi - lo) * 2 > c.length()) return true;
    }
    return false;
  }

  // Reported speech in one sentence: the first cue outside quote marks with
  // a speaker next to it.
  void reported(const Range& s) {
    if (attributed_at_end(s)) return;
    for (std::size_t k = s.begin; k < s.end; ++k) {
      if (t_[k].kind != Tok::Word || inside_[k]) continue;
      if (t_[k].lower == "according" && k + 1 < s.end && t_[k + 1].lower == "to") {
        if (according_to(s, k)) return;
        continue;
      }
      if (t_[k].lower == "asked" && asked_then_answer(s, k)) continue;
      // A cue of several words ("has said", "was first reported by") is
      // read at its last.
      if (!reported_cue_at(k) || (k + 1 < s.end && reported_cue_at(k + 1))) continue;
      if (!cue_with_speaker(s, k)) continue;
      // A second statement may follow the first's content ("…, saying …"),
      // not sit inside it.
      const CodePointOffset end = std::max(out_.back().content.end, t_[k].span.end);
      while (k + 1 < s.end && t_[k + 1].span.start < end) ++k;
    }
  }

  // "CONTENT, he said." / "CONTENT, a spokesman said." / "CONTENT, said X.":
  // the attribution closes the sentence.
  bool attributed_at_end(const Range& s) {
    std::size_t e = s.end;
    while (e > s.begin && t_[e - 1].kind != Tok::Word) --e;
    if (e == s.begin || inside_[e - 1]) return false;
    std::size_t comma = e;
    while (comma > s.begin && t_[comma - 1].kind == Tok::Word && e - comma < 10) --comma;
    if (comma == s.begin || t_[comma - 1].kind != Tok::Comma) return false;
    // The cue is the last word ("X said") or the first ("said X"), possibly
    // followed by a time ("said on Sunday").
    for (std::size_t k = comma; k < e; ++k) {
      if (!reported_cue_at(k)) continue;
      std::optional<Range> speaker =
          k > comma ? quotes::speaker_before(t_, k, comma) : quotes::speaker_after(t_, k + 1, e);
      if (!speaker || word_count(t_, s.begin, comma - 1) < 3) return false;
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
  bool asked_then_answer(const Range& s, std::size_t k) {
    const bool opens = k == s.begin || (k == s.begin + 1 && t_[s.begin].lower == "when");
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
  bool according_to(const Range& s, std::size_t k) {
    std::size_t e = k + 2;
    while (e < s.end && t_[e].kind == Tok::Word) ++e;
    // "according to exit polls", "according to state corporate records":
    // whatever follows is the source, speaker-like or not.
    auto speaker = quotes::speaker_after(t_, k + 2, e);
    if (!speaker && e > k + 2) speaker = Range{k + 2, std::min(e, k + 2 + kMaxNameWords)};
    if (!speaker) return false;
    std::optional<Span> content;
    if (e < s.end && t_[e].kind == Tok::Comma && word_count(t_, e + 1, s.end) >= 3) {
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
  bool introduces_quote(std::size_t cue, const Range& s) const {
    std::size_t n = cue + 1;
    while (n < s.end && (t_[n].kind == Tok::Colon || t_[n].kind == Tok::Comma ||
                         (t_[n].kind == Tok::Word && t_[n].lower == "that"))) {
      ++n;
    }
    return n < t_.size() && is_mark(t_[n]);
  }

  bool has_marks(Span c) const {
    auto it = std::lower_bound(t_.begin(), t_.end(), c.start,
                               [](const QToken& t, CodePointOffset x) { return t.span.start < x; });
    for (; it != t_.end() && it->span.start < c.end; ++it) {
      if (is_mark(*it)) return true;
    }
    return false;
  }

  quotes::ContentContext bounds() const { return {text_, t_, inside_, is_cue_}; }

  // Where content starting at token c ends: at the sentence's end, or at
  // a comma that opens a clause of another kind (", while …", ", who …",
  // ", crediting her …"), by the rules.
  std::size_t clause_end(std::size_t c, std::size_t end) const { return quotes::rule_clause_end(bounds(), c, end); }

  // The first token of content after cue k: past "that", the hearer ("told
  // reporters", "told him"), colons and commas; by the content model or the rules.
  std::size_t content_after(const Range& s, std::size_t k) {
    if (!options_.learned_bounds) return quotes::rule_content_start(bounds(), k, s.end);
    return quotes::learned_content_start(bounds(), k, s.end, scratch_);
  }

  // Where content after cue k starting at c ends: by the content model or
  // the rules. The model does not carry content over a quote mark or a cue
  // the rules stop before ("When Clinton noted that … ― as was true … ―
  // Trump boasted, “…”", "said they were worried …, and more than 4 in 10
  // said …"): what follows is a statement of its own.
  std::size_t content_end(std::size_t k, std::size_t c, std::size_t end) {
    const std::size_t rule = clause_end(c, end);
    if (!options_.learned_bounds) return rule;
    const std::size_t learned = quotes::learned_content_end(bounds(), k, c, end, scratch_);
    for (std::size_t i = rule; i < learned; ++i) {
      if (is_mark(t_[i]) || speech_cue_at(i) || reported_cue_at(i)) return rule;
    }
    return learned;
  }

  // The first word of the cue phrase ending at k: back over the words the
  // cue lexicon knows and adverbs ("has been asking repeatedly about").
  std::size_t cue_phrase_start(std::size_t k, std::size_t floor) const {
    std::size_t b = k;
    while (b > floor && k - b < kMaxCuePhrase && t_[b - 1].kind == Tok::Word &&
           (quotes::cue_weight(t_[b - 1].lower) >= options_.min_cue_weight ||
            (t_[b - 1].lower.size() > 4 && t_[b - 1].lower.ends_with("ly")))) {
      --b;
    }
    return b;
  }

  // The subject of sentence s, before token `limit`: the first capitalised
  // words or pronoun, past a leading conjunction.
  std::optional<Range> sentence_subject(const Range& s, std::size_t limit) const {
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
  std::optional<Range> passive_agent(const Range& s, std::size_t k) const {
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

  // Whether reported content opening with the quote mark at `open` has at
  // least two more words after the quote, before its clause ends.
  bool continues_after_quote(std::size_t open, std::size_t end) const {
    std::size_t close = open + 1;
    while (close < end && inside_[close]) ++close;
    return close < end && word_count(t_, close + 1, clause_end(open, end)) >= 2;
  }

  // The sentence's subject for a cue that goes on from its verb: a
  // participle after a comma ("Albright urged women …, saying, “…”") or
  // a verb after "and" ("The president noted …, and added: “…”").
  std::optional<Range> subject_of_coordinated_cue(const Range& s, std::size_t cue) const {
    if (cue <= s.begin) return std::nullopt;
    const QToken& prev = t_[cue - 1];
    const bool participle = prev.kind == Tok::Comma && t_[cue].lower.ends_with("ing");
    const bool coordinated = prev.kind == Tok::Word && prev.lower == "and";
    if (!participle && !coordinated) return std::nullopt;
    return sentence_subject(s, cue - 1);
  }

  // "said on Sunday", "said in a statement": a circumstance after a verb of
  // speech is no content (`only` is set); "said Thursday during a taping …,
  // that state is wrong": the content is from the "that" after it.
  std::size_t past_circumstance(const Range& s, std::size_t c, bool& only) const {
    if (c >= s.end || t_[c].kind != Tok::Word) return c;
    const std::string_view w = t_[c].lower;
    const bool circumstance = (quotes::is_preposition(w) && w != "of" && w != "about" && w != "to" && w != "for") ||
                              quotes::is_weekday(w);
    if (!circumstance) return c;
    for (std::size_t i = c + 1; i < s.end && i < c + 20 && !is_mark(t_[i]); ++i) {
      if (t_[i].kind == Tok::Word && t_[i].lower == "that") return i;
    }
    only = word_count(t_, c, s.end) <= kMaxCircumstanceWords;
    return c;
  }

  // "X said (that) CONTENT." / "CONTENT, X said." / "CONTENT, said X."
  bool cue_with_speaker(const Range& s, std::size_t k) {
    const auto agent = passive_agent(s, k);
    auto speaker = agent ? agent : quotes::speaker_before(t_, k, s.begin);
    std::optional<Span> content;
    std::size_t c = agent ? quotes::rule_content_start(bounds(), agent->end - 1, s.end) : content_after(s, k);
    bool circumstance_only = false;
    if (!agent && speech_cue_at(k)) c = past_circumstance(s, c, circumstance_only);
    // A quote right after the cue is a direct quote of its own, unless the
    // content goes on after it ("says “the wind is at our backs” despite
    // his loss"): then the whole is one mixed statement.
    const bool quote_follows = c < s.end && is_mark(t_[c]) && inside_[c] && !continues_after_quote(c, s.end);
    if (speaker) {
      if (word_count(t_, c, s.end) >= kMinContentWords && !quote_follows && !circumstance_only) {
        content = content_span(c, content_end(k, c, s.end));
      } else if (speaker->begin > s.begin && t_[speaker->begin - 1].kind == Tok::Comma &&
                 word_count(t_, s.begin, speaker->begin) >= 3 && !introduces_quote(k, s)) {
        content = content_span(s.begin, speaker->begin - 1);  // "CONTENT, X said."
      }
    } else if (k > s.begin && t_[k - 1].kind == Tok::Comma && word_count(t_, s.begin, k) >= 3 &&
               !introduces_quote(k, s)) {
      speaker = quotes::speaker_after(t_, k + 1, s.end);  // "CONTENT, said X."
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
      // ", saying …", ", acknowledging that …": a participle after a comma
      // reports what the sentence's subject says.
      if (!speaker && first > s.begin && t_[first - 1].kind == Tok::Comma && t_[k].lower.ends_with("ing")) {
        speaker = sentence_subject(s, first - 1);
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
    if (!content) return false;
    if (covered(*content)) {
      if (speaker) lend_speaker(*content, k, *speaker);
      return false;
    }
    emit(*content, has_marks(*content) ? QuoteKind::Mixed : QuoteKind::Indirect, k, speaker);
    return true;
  }

  // Reported speech mostly quoted ("Cox says the NRA won't allow “law-abiding
  // gun owners to …”") is the direct quote's statement: a quote there without
  // a speaker of its own takes this cue's.
  void lend_speaker(Span content, std::size_t cue, Range speaker) {
    // The direct quotes come first in out_, in text order and disjoint.
    const auto directs = out_.begin() + static_cast<std::ptrdiff_t>(direct_count_);
    const auto q = std::upper_bound(out_.begin(), directs, content.start,
                                    [](CodePointOffset x, const Quote& d) { return x < d.content.end; });
    if (q == directs || q->speaker || content.end <= q->content.start) return;
    q->cue = t_[cue].span;
    q->cue_text = slice(q->cue.start, q->cue.end);
    q->speaker = quotes::make_speaker(text_, t_, speaker, mentions_, last_named_ ? &*last_named_ : nullptr);
  }

  std::string_view text_;
  CodePointIndex index_;
  const std::vector<EntityMention>& mentions_;
  const QuoteExtractor::Options& options_;
  std::string forms_;  // the tokens' lower-case forms
  std::vector<QToken> t_;
  std::vector<Range> paragraphs_;
  std::vector<Range> sentences_;
  std::vector<bool> inside_;  // token is within quote marks
  std::vector<bool> is_cue_;  // the cue model's verdict per token
  std::vector<std::uint64_t> scratch_;  // the content model's features
  std::vector<Span> direct_spans_;
  std::vector<Quote> out_;
  std::optional<Speaker> last_named_;
  std::optional<Speaker> last_direct_speaker_;
  struct PendingSplit {
    std::size_t index;      // in out_
    std::size_t next_open;  // token where the second part would open
  };
  std::optional<PendingSplit> pending_split_;
  CodePointOffset last_direct_end_ = 0;
  std::size_t direct_count_ = 0;  // out_'s first quotes, the direct ones
};

}  // namespace

std::vector<Quote> QuoteExtractor::extract(std::string_view text, const std::vector<EntityMention>& mentions) const {
  return Extraction(text, mentions, options_).run();
}

}  // namespace quoth
