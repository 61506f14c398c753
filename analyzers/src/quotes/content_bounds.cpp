#include "content_bounds.h"

#include <string_view>

#include "cue_lexicon.h"
#include "hashed_features.h"
#include "quote_marks.h"
#include "speaker.h"

namespace quoth::quotes {
namespace {

// A cue lexicon weight only words of speech reach ("said", "noting").
constexpr double kSpeechCueWeight = 0.6;

std::string_view raw(const ContentContext& x, std::size_t i) {
  return x.text.substr(x.t[i].byte, x.t[i].byte_end - x.t[i].byte);
}

// "said the plan works and added that …", "said the plan works and he
// would sign it": "and" before another cue of speech or a pronoun subject
// ends the first content; what follows is a statement or clause of its own.
bool and_another_clause(const ContentContext& x, std::size_t c, std::size_t i) {
  const auto& t = x.t;
  if (t[i].kind != Tok::Word || t[i].lower != "and" || x.inside[i] || word_count(t, c, i) < 2) return false;
  if (i + 1 < t.size() && is_subject_pronoun(t[i + 1])) return true;
  std::size_t k = i + 1;
  while (k < t.size() && k < i + 3 && t[k].kind == Tok::Word &&
         (t[k].lower == "also" || t[k].lower == "then" || (t[k].lower.size() > 4 && t[k].lower.ends_with("ly")))) {
    ++k;  // "and then said", "and repeatedly claimed"
  }
  return k < t.size() && t[k].kind == Tok::Word && cue_weight(t[k].lower) >= kSpeechCueWeight;
}

// The shape of a token: what it is, coarsely.
Part shape(const ContentContext& x, std::size_t i) {
  if (i >= x.t.size()) return "<none>";
  const QToken& k = x.t[i];
  switch (k.kind) {
    case Tok::Word:
      if (is_subject_pronoun(k)) return "pron";
      if (k.lower[0] >= '0' && k.lower[0] <= '9') return "num";
      return k.capitalised ? Part("Cap") : Part("low");
    case Tok::Open: return "open";
    case Tok::Close: return "close";
    case Tok::Straight: return "straight";
    case Tok::Comma: return raw(x, i) == ";" ? Part(";") : Part(",");
    case Tok::Colon: return ":";
    case Tok::End: return ".";
    case Tok::Dash: return "-";
    case Tok::Paragraph: return "para";
    case Tok::Other: return raw(x, i);
  }
  return "?";
}

// A word's lower-case form, or another token's shape (rare forms are
// dropped by the trainer, their features never weighted).
Part form(const ContentContext& x, std::size_t i) {
  if (i >= x.t.size()) return "<none>";
  return x.t[i].kind == Tok::Word ? Part::of_hash(x.t[i].hash) : Part(shape(x, i));
}

// A word's ending (its last two letters: "-ed", "-ly", "-es"), or the
// form of a short word or another token: what kind of word follows.
Part ending(const ContentContext& x, std::size_t i) {
  if (i >= x.t.size() || x.t[i].kind != Tok::Word || x.t[i].lower.size() <= 4) return form(x, i);
  return x.t[i].lower.substr(x.t[i].lower.size() - 2);
}

Part bucket(std::size_t n) {
  static constexpr Part kBuckets[] = {"0", "1", "2", "3", "4-5", "4-5", "6-8", "6-8", "6-8",
                                                  "9-12", "9-12", "9-12", "9-12"};
  if (n < std::size(kBuckets)) return kBuckets[n];
  return n <= 20 ? Part("13-20") : Part("21+");
}

}  // namespace

std::size_t word_count(const std::vector<QToken>& t, std::size_t b, std::size_t e) {
  std::size_t n = 0;
  for (std::size_t i = b; i < e; ++i) n += t[i].kind == Tok::Word ? 1 : 0;
  return n;
}

std::size_t rule_content_start(const ContentContext& x, std::size_t k, std::size_t end) {
  const auto& t = x.t;
  std::size_t c = k + 1;
  while (c < end && t[c].kind == Tok::Word &&
         (t[c].lower == "that" || is_pronoun(t[c]) || t[c].lower == "reporters" || t[c].lower == "journalists")) {
    if (t[c].lower == "that") {
      ++c;
      break;
    }
    if (is_pronoun(t[c]) && c + 1 < end && t[c + 1].kind == Tok::Word && t[c + 1].lower != "that") break;
    ++c;
  }
  while (c < end && (t[c].kind == Tok::Colon || t[c].kind == Tok::Comma)) ++c;
  return c;
}

std::optional<std::size_t> rule_ends_at(const ContentContext& x, std::size_t c, std::size_t i) {
  const auto& t = x.t;
  if (and_another_clause(x, c, i)) return i;
  // The comma of “…,” is inside the quote: its closing mark stands for it.
  const bool closes_after_comma = is_mark(t[i]) && !x.inside[i] && t[i - 1].kind == Tok::Comma;
  if (t[i].kind != Tok::Comma && t[i].kind != Tok::Dash && !closes_after_comma) return std::nullopt;
  if (x.inside[i] || word_count(t, c, i) < 2) return std::nullopt;
  const QToken& next = t[i + 1];
  if (next.kind != Tok::Word) return std::nullopt;
  const std::size_t stop = closes_after_comma ? i + 1 : i;
  if (opens_clause(next.lower) || cue_weight(next.lower) >= kSpeechCueWeight) return stop;  // ", said"
  if ((next.lower == "and" || is_pronoun(next)) && t[i].kind == Tok::Comma) return stop;
  if (raw(x, i) == ";") return i;
  return std::nullopt;
}

std::size_t rule_clause_end(const ContentContext& x, std::size_t c, std::size_t end) {
  for (std::size_t i = c + 1; i + 1 < end; ++i) {
    if (const auto stop = rule_ends_at(x, c, i)) return *stop;
  }
  return end;
}

void start_features(const ContentContext& x, std::size_t k, std::size_t c, std::size_t rule_start,
                    std::vector<std::uint64_t>& out) {
  out.clear();
  const StringFeatures f{out};
  const Part cue = Part::of_hash(x.t[k].hash);
  const Part rule = c == rule_start ? Part("rule") : (c < rule_start ? Part("before") : Part("after"));
  const Part d = bucket(c - k);
  f("s-bias", "");
  f("s-rule", rule);
  f("s-rule-w", rule, form(x, c));
  f("s-w", form(x, c));
  f("s-p", form(x, c - 1));
  f("s-n", form(x, c + 1));
  f("s-p-w", form(x, c - 1), form(x, c));
  f("s-w-n", form(x, c), form(x, c + 1));
  f("s-shapes", shape(x, c - 1), shape(x, c), shape(x, c + 1));
  f("s-d", d);
  f("s-cue", cue, d);
  f("s-cue-w", cue, form(x, c));
  f("s-cue-p", cue, form(x, c - 1));
  f("s-cue-p-w", cue, form(x, c - 1), form(x, c));
  f("s-inside", x.inside[c] ? Part("in") : Part("out"), shape(x, c));
}

void end_features(const ContentContext& x, std::size_t k, std::size_t c, std::size_t i,
                  std::vector<std::uint64_t>& out) {
  out.clear();
  const StringFeatures f{out};
  const Part cue = Part::of_hash(x.t[k].hash);
  const Part rule = rule_ends_at(x, c, i) ? Part("end") : Part("on");
  const Part words = bucket(word_count(x.t, c, i));
  const Part w = form(x, i), p = form(x, i - 1), n = form(x, i + 1);
  f("e-bias", "");
  f("e-rule", rule);
  f("e-rule-n", rule, n);
  f("e-w", w);
  f("e-p", p);
  f("e-n", n);
  f("e-p-w", p, w);
  f("e-w-n", w, n);
  f("e-shapes", shape(x, i - 1), shape(x, i), shape(x, i + 1));
  f("e-words", words, shape(x, i));
  f("e-cue-w", cue, w);
  f("e-cue-words", cue, words);
  f("e-inside", x.inside[i] ? Part("in") : Part("out"), x.inside[c] ? Part("in") : Part("out"), shape(x, i));
  f("e-cue-next", x.cue[i] ? Part("cue") : Part("-"), i + 1 < x.t.size() && x.cue[i + 1] ? Part("cue") : Part("-"), shape(x, i));
  f("e-w-n2", w, n, form(x, i + 2));
  // ", and midwifed the bill", "and is investigating": the kind of word
  // after a conjunction or comma tells a second clause from a list.
  f("e-w-n-end", w, ending(x, i + 1));
  f("e-w-n-n2-end", w, shape(x, i + 1), ending(x, i + 2));
  f("e-cue-rule", cue, rule);
}

}  // namespace quoth::quotes
