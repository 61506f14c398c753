// The statement filter's features (statement_model.h).
#include <algorithm>
#include <cmath>
#include <string_view>

#include "cue_lexicon.h"
#include "quote_marks.h"
#include "speaker.h"
#include "statement_model.h"

namespace quoth::quotes {
namespace {

// Counts in buckets: 0, 1, 2, 3, 4-5, 6-8, 9-16, 17-32, 33+.
Part count_bucket(std::size_t n) {
  static constexpr Part kSmall[] = {"0", "1", "2", "3", "4-5", "4-5", "6-8", "6-8", "6-8"};
  if (n < std::size(kSmall)) return kSmall[n];
  return n <= 16 ? Part("9-16") : n <= 32 ? Part("17-32") : Part("33+");
}

// A token as a feature: a word's lower-case form, else its kind.
Part form(const std::vector<QToken>& t, std::size_t i) {
  if (i >= t.size()) return "<none>";
  switch (t[i].kind) {
    case Tok::Word: return Part::of_hash(t[i].hash);
    case Tok::Open:
    case Tok::Close:
    case Tok::Straight: return "<mark>";
    case Tok::Comma: return "<comma>";
    case Tok::Colon: return "<colon>";
    case Tok::End: return "<end>";
    case Tok::Dash: return "<dash>";
    case Tok::Paragraph: return "<par>";
    default: return "<other>";
  }
}

// What a word is, coarsely: a pronoun, "that" (and "to", "if", "whether"),
// a determiner, a preposition, a weekday, a number, a name, a word, punctuation.
Part word_class(const std::vector<QToken>& t, std::size_t i) {
  if (i >= t.size() || t[i].kind != Tok::Word) return form(t, i);
  const std::string_view w = t[i].lower;
  if (is_pronoun(t[i])) return "pronoun";
  if (w == "that" || w == "to" || w == "if" || w == "whether") return Part::of_hash(t[i].hash);
  if (w == "the" || w == "a" || w == "an") return "determiner";
  if (is_preposition(w)) return "preposition";
  if (is_weekday(w)) return "weekday";
  if (!w.empty() && w.front() >= '0' && w.front() <= '9') return "number";
  return t[i].capitalised ? Part("Cap") : Part("low");
}

// The speaker's type: none, a pronoun, an anonymous description, a known
// entity, a name, a description.
Part speaker_type(const std::vector<QToken>& t, const Quote& q) {
  if (!q.speaker) return "none";
  const std::size_t s = token_from(t, q.speaker->span.start);
  if (s < t.size() && is_pronoun(t[s]) && q.speaker->span.length() <= t[s].span.length()) return "pronoun";
  if (q.speaker->anonymous) return "anonymous";
  if (!q.speaker->entity_id.empty()) return "entity";
  return s < t.size() && t[s].capitalised ? Part("name") : Part("description");
}

// A cue lexicon weight in tenths.
Part weight_bucket(double w) {
  static constexpr Part kBuckets[] = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"};
  return kBuckets[std::clamp(static_cast<long>(w * 10), 0L, 10L)];
}

// The cue model's score of the cue word, in unit buckets from -3 to 5.
Part score_bucket(double score) {
  static constexpr Part kBuckets[] = {"<-2", "-2", "-1", "0", "1", "2", "3", "4", ">4"};
  const long b = std::clamp(static_cast<long>(std::floor(score)) + 3, 0L, 8L);
  return kBuckets[b];
}

// How q's content lies against the other statements': inside one, holding
// one, overlapping one, or apart from all; and that one's kind.
void against_others(const StatementContext& c, const Quote& q, const StringFeatures& f) {
  bool any = false;
  for (const Quote& o : c.all) {
    if (&o == &q || o.content.end <= q.content.start || q.content.end <= o.content.start) continue;
    const Part how = o.content.start <= q.content.start && q.content.end <= o.content.end ? Part("inside")
                                 : q.content.start <= o.content.start && o.content.end <= q.content.end ? Part("holds")
                                                                                                          : Part("overlaps");
    f("other", how, to_string(o.kind));
    any = true;
  }
  if (!any) f("other", "apart");
}

}  // namespace

void statement_features(const StatementContext& c, const Quote& q, std::vector<std::uint64_t>& out) {
  out.clear();
  const std::vector<QToken>& t = c.t;
  const StringFeatures f{out};
  const std::size_t b = token_from(t, q.content.start), e = token_from(t, q.content.end);
  std::size_t words = 0, commas = 0, cues = 0;
  bool marks = false;
  for (std::size_t i = b; i < e && i < t.size(); ++i) {
    words += t[i].kind == Tok::Word ? 1 : 0;
    commas += t[i].kind == Tok::Comma ? 1 : 0;
    cues += c.is_cue[i] ? 1 : 0;
    marks = marks || is_mark(t[i]);
  }
  const Part kind = to_string(q.kind);
  const Part speaker = speaker_type(t, q);
  const Part length = count_bucket(words);
  f("bias", "");
  f("kind", kind);
  f("length", length);
  f("kind-length", kind, length);
  f("speaker", speaker);
  f("speaker-kind", speaker, kind);
  f("marks", marks ? Part("yes") : Part("no"));
  f("first", form(t, b));
  f("first-class", word_class(t, b));
  f("first-two", form(t, b), form(t, b + 1));
  f("last", e > b ? form(t, e - 1) : Part("<none>"));
  f("before", b > 0 ? form(t, b - 1) : Part("<none>"));
  f("after", form(t, e));
  f("commas", count_bucket(commas));
  f("cues-within", count_bucket(cues));
  against_others(c, q, f);
  if (q.cue.empty()) {
    f("cue", "<none>");
    f("cue-speaker", "<none>", speaker);
    return;
  }
  const std::size_t k = token_from(t, q.cue.start);
  if (k >= t.size()) return;
  const std::string_view cue = t[k].lower;
  const Part ch = Part::of_hash(t[k].hash);
  const Part side = k < b ? Part("before") : k >= e ? Part("after") : Part("inside");
  const std::size_t gap = k < b ? b - k : k >= e ? k - e + 1 : 0;
  const Part score = c.cue_score[k] == kNoCueScore ? Part("none") : score_bucket(c.cue_score[k]);
  f("cue", ch);
  f("cue-prior", weight_bucket(cue_weight(cue)));
  f("cue-score", score);
  f("cue-score-kind", score, kind);
  f("cue-score-length", score, length);
  f("cue-side", side, count_bucket(gap));
  f("cue-side-speaker", side, speaker);
  f("cue-speaker", ch, speaker);
  f("cue-length", ch, length);
  f("cue-next", ch, form(t, k + 1));
  f("cue-prev", ch, k > 0 ? form(t, k - 1) : Part("<none>"));
  f("cue-first", ch, word_class(t, b));
  f("cue-kind", ch, kind);
  if (q.speaker) {
    const std::size_t s = token_from(t, q.speaker->span.start);
    const Part where = s < k ? Part("before") : Part("after");
    f("speaker-side", where, count_bucket(s < k ? k - s : s - k), side);
    f("speaker-length", count_bucket(token_from(t, q.speaker->span.end) - s), speaker);
    f("speaker-in-content", q.speaker->span.start >= q.content.start && q.speaker->span.end <= q.content.end ? Part("yes") : Part("no"));
  }
}

}  // namespace quoth::quotes
