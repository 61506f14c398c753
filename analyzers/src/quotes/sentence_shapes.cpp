// The shapes of a sentence that decide which reading of a cue the rules of
// reported speech take (reported_speech.cpp): whether the phrase after a
// cue is the speaker of what precedes it ("CONTENT, said X."), whether a
// sentence opens with a circumstance or a participle, and where reported
// content meets another speaker's statement.
#include <algorithm>
#include <iterator>

#include "extraction.h"

namespace quoth::quotes {

// Whether the phrase after cue k (a comma before it) is the speaker of what
// precedes ("CONTENT, said X."), not the content of a subject before: only
// after a verb of speech ("…, endorsed Republican candidate Donald Trump in
// 2015" is no such attribution), not after a participle (", claiming
// Trump University is a fraud"), nor after a sentence that opens with a
// name and an aside ("Morrell, a 30-year veteran of the CIA, said the
// approach …"), nor with a subject pronoun in it ("…, said Wednesday he
// agrees with …").
bool Extraction::attribution_after(const Range& s, std::size_t k) const {
  if (t_[k].lower.ends_with("ing") || !speech_cue_at(k)) return false;
  const std::size_t name = name_run_end(s.begin, k);
  if (name > s.begin && name < k && t_[name].kind == Tok::Comma) return false;
  // "…, said Wednesday he agrees with …": a subject pronoun after the cue.
  for (std::size_t i = k + 1; i < s.end && i <= k + kMaxPhraseToCue && t_[i].kind == Tok::Word; ++i) {
    if (quotes::is_subject_pronoun(t_[i])) return false;
  }
  return true;
}

// Whether cue k is a participle opening sentence s, past a preposition or
// a conjunction ("While saying that he does respect Mrs. Clinton, he …",
// "In addition to stating that …, Clinton has vowed", "By refusing to admit
// any fault, Trump …"): what it reports is the main clause subject's.
bool Extraction::opens_with_participle(const Range& s, std::size_t k) const {
  if (k >= s.end || k > s.begin + kMaxParticipleOpener || !t_[k].lower.ends_with("ing")) return false;
  static constexpr std::string_view kOpeners[] = {"while", "in", "addition", "to", "by", "after", "before", "and",
                                                  "but", "when", "since", "without", "upon", "on", "also"};
  for (std::size_t i = s.begin; i < k; ++i) {
    if (t_[i].kind != Tok::Word || std::find(std::begin(kOpeners), std::end(kOpeners), t_[i].lower) == std::end(kOpeners)) {
      return false;
    }
  }
  return true;
}

// Whether sentence s opens with a preposition, a subordinating conjunction
// or a participle, past a conjunction ("But in Michigan a week ago, they …",
// "During a recent campaign swing, …", "While saying that …, he"): a
// circumstance, not a statement.
bool Extraction::opens_with_circumstance(const Range& s) const {
  std::size_t b = s.begin;
  if (b + 1 < s.end && t_[b].kind == Tok::Word && (t_[b].lower == "but" || t_[b].lower == "and" || t_[b].lower == "so")) ++b;
  if (b >= s.end || t_[b].kind != Tok::Word) return false;
  const std::string_view w = t_[b].lower;
  return quotes::is_preposition(w) || w == "while" || w == "when" || w == "although" || w == "though" ||
         w == "if" || w == "because" || (w.size() > 4 && w.ends_with("ing"));
}

// "… that “Petraeus got in trouble for far less,” one of the former
// prosecutors said the two cases were different": a comma, then a phrase
// and a verb of speech, is another statement; content from c ends at that
// comma (or `e`, if none comes before it).
std::size_t Extraction::next_speaker_clause(std::size_t c, std::size_t e) const {
  for (std::size_t i = c + 1; i < e; ++i) {
    if (t_[i].kind != Tok::Comma || inside_[i]) continue;
    std::size_t j = i + 1;
    if (j < e && is_mark(t_[j]) && !inside_[j]) ++j;  // the comma of “…,”
    const std::size_t from = j;
    while (j < e && j < from + kMaxPhraseToCue && t_[j].kind == Tok::Word && !speech_cue_at(j)) ++j;
    if (j == from || j >= e || !speech_cue_at(j) || !reported_cue_at(j) || word_count(t_, c, i) < kMinContentWords) continue;
    const auto speaker = quotes::speaker_before(t_, j, from);
    if (speaker && speaker->begin == from) return i;
  }
  return e;
}

// "Loyalty, he noted, has long been a core tenet of the party", "The
// allure of simplicity itself, Mr. Furman argued, is largely a chimera":
// an attribution between commas splits the sentence's content; the subject
// before it is the first part of the statement just emitted for cue k (its
// rules' speaker `speaker`), the attribution its gap.
void Extraction::join_interrupted_subject(const Range& s, std::size_t k, const Range& speaker) {
  // The comma before the speaker, past an honorific ("Mr. Furman").
  std::size_t b = speaker.begin;
  while (b > s.begin + 2 && b + 2 > speaker.begin && t_[b - 1].kind != Tok::Comma && !is_mark(t_[b - 1])) --b;
  if (k + 2 >= s.end || t_[k + 1].kind != Tok::Comma || b < s.begin + 2 || speaker.end > k ||
      t_[b - 1].kind != Tok::Comma || inside_[b - 1] || !speech_cue_at(k) || opens_with_circumstance(s)) {
    return;
  }
  Quote& q = out_.back();
  if (q.split() || q.content.start != t_[k + 2].span.start) return;
  const auto first = content_span(s.begin, b - 1);
  if (!first || covered(*first)) return;
  q.text = slice(first->start, first->end) + " \u2026 " + q.text;
  q.gap = {first->end, q.content.start};
  q.content.start = first->start;
}

}  // namespace quoth::quotes
