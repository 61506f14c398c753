#include "speaker.h"

#include <algorithm>
#include <array>

#include "cue_lexicon.h"
#include "quoth/analyzers/utf8.h"

namespace quoth::quotes {
namespace {

constexpr std::size_t kMaxPhraseWords = 9;

constexpr std::array<std::string_view, 11> kPronouns{"he", "she", "they", "we", "i", "it", "him", "her", "them", "us", "you"};

// Words between a speaker and its cue: "Peskov has also said".
constexpr std::array<std::string_view, 24> kSkippable{
    "has", "have", "had", "will", "would", "also", "is", "was", "were", "are", "been", "did", "does", "do",
    "not", "never", "just", "already", "once", "then", "later", "again", "often", "still"};

// Words that end a speaker phrase going backwards: a clause starts there.
constexpr std::array<std::string_view, 26> kStoppers{
    "that", "which", "who", "and", "but", "or", "as", "while", "when", "because", "if", "after", "before", "since",
    "although", "where", "so", "than", "what", "how", "why", "whom", "whose", "though", "unless", "whether"};

// Lower-case heads that can speak: "US officials", "a spokesman", "sources".
constexpr std::array<std::string_view, 58> kSpeakerNouns{
    "official", "officials", "source", "sources", "spokesman", "spokeswoman", "spokesperson", "aide", "aides",
    "diplomat", "diplomats", "analyst", "analysts", "expert", "experts", "negotiator", "negotiators",
    "representative", "representatives", "minister", "president", "leader", "leaders", "people", "person",
    "observers", "critics", "lawmakers", "authorities", "government", "ministry", "campaign", "report",
    "statement", "police", "witnesses", "residents", "adviser", "advisers", "advisor", "advisors", "chancellor",
    "secretary", "envoy", "senator", "governor", "candidate", "nominee", "director", "chief", "executive",
    "economists", "investigators", "prosecutors", "voters", "supporters", "administration", "members"};

// Words that open a phrase after a cue that is not its speaker.
constexpr std::array<std::string_view, 14> kPrepositions{"of", "to", "in", "on", "at", "about", "during", "after",
                                                         "before", "with", "by", "from", "into", "for"};

// Verbs followed by the one spoken to or of, not by the speaker.
constexpr std::array<std::string_view, 14> kHearerVerbs{"told", "tell", "tells", "telling", "urged", "urging",
                                                        "called", "calling", "thanked", "thanking",
                                                        "warned", "warning", "described", "describing"};

template <std::size_t N>
bool in(const std::array<std::string_view, N>& list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// An adverb in -ly is written in lower case: "Kelly", "Schlafly" are names.
bool adverb(const QToken& t) {
  return !t.capitalised && t.lower.size() > 4 && t.lower.ends_with("ly") && t.lower != "only";
}

// Phrase-internal connectors after which the head is before them:
// "sources cited by AFP", "a spokesman for the Kremlin".
constexpr std::array<std::string_view, 9> kHeadBreaks{"cited", "familiar", "close", "for", "from", "of", "with", "at", "in"};

}  // namespace

// "US officials", "the US": a capitalised "us" is the country.
bool is_pronoun(const QToken& t) {
  return t.kind == Tok::Word && in(kPronouns, t.lower) && !(t.capitalised && t.lower == "us");
}

bool is_relative(const QToken& t) { return t.kind == Tok::Word && (t.lower == "who" || t.lower == "which"); }

namespace {
// How many words a relative pronoun may be before its cue ("who on Tuesday
// endorsed", "who has in the past described").
constexpr std::size_t kRelativeReach = 6;
}  // namespace

std::optional<Range> relative_before(const std::vector<QToken>& t, std::size_t cue, std::size_t floor) {
  for (std::size_t j = cue; j > floor && cue - j < kRelativeReach;) {
    --j;
    if (t[j].kind != Tok::Word) return std::nullopt;
    if (is_relative(t[j])) return Range{j, j + 1};
  }
  return std::nullopt;
}

bool is_preposition(std::string_view w) { return in(kPrepositions, w); }

bool is_weekday(std::string_view w) {
  static constexpr std::array<std::string_view, 10> kDays{"monday", "tuesday", "wednesday", "thursday", "friday",
                                                          "saturday", "sunday", "yesterday", "today", "tonight"};
  return in(kDays, w);
}

bool is_subject_pronoun(const QToken& t) {
  return t.kind == Tok::Word && (t.lower == "he" || t.lower == "she" || t.lower == "they" || t.lower == "we" || t.lower == "i");
}

namespace {

// Words that, after a comma, start a clause outside reported content.
constexpr std::array<std::string_view, 20> kClauseOpeners{
    "while", "who", "which", "whose", "according", "but", "although", "though", "because", "even", "whereas",
    "despite", "after", "before", "when", "where", "as", "since", "unless", "until"};

// Capitalised only because they open a sentence.
constexpr std::array<std::string_view, 17> kSentenceOpeners{
    "but", "and", "so", "yet", "still", "also", "then", "now", "meanwhile", "however", "the", "a", "an",
    "in", "on", "at", "even"};

}  // namespace

bool opens_sentence(std::string_view w) { return in(kSentenceOpeners, w); }

namespace {

constexpr std::array<std::string_view, 33> kNoSubjectOpeners{
    "as", "despite", "therefore", "even", "although", "though", "if", "when", "while", "because", "can", "could",
    "should", "may", "might", "must", "don't", "doesn't", "didn't", "won't", "can't", "is", "are", "was", "were",
    "has", "have", "had", "will", "would", "not", "also", "already"};

}  // namespace

namespace {

constexpr std::array<std::string_view, 33> kAdjunctOpeners{
    "instead", "meanwhile", "however", "indeed", "finally", "later", "earlier", "hours", "minutes", "days",
    "weeks", "months", "years", "last", "next", "absent", "throughout", "amid", "amidst", "like", "unlike",
    "given", "upon", "under", "among", "without", "within", "through", "across", "against", "once", "if",
    "therefore"};

}  // namespace

bool opens_adjunct(const std::vector<QToken>& t, std::size_t i) {
  if (t[i].kind != Tok::Word) return false;
  const std::string_view w = t[i].lower;
  if (in(kPrepositions, w) || opens_clause(w) || is_weekday(w) || in(kAdjunctOpeners, w)) return true;
  // "Reached by phone", "Asked about …", not "Ahmed said" or "United Nations".
  return w.size() > 4 && w.ends_with("ed") && i + 1 < t.size() && t[i + 1].kind == Tok::Word &&
         in(kPrepositions, t[i + 1].lower);
}

bool opens_subject(const QToken& first) {
  return first.kind == Tok::Word && !in(kPrepositions, first.lower) && !in(kNoSubjectOpeners, first.lower);
}

bool opens_clause(std::string_view w) {
  return in(kClauseOpeners, w) || (w.size() > 5 && w.ends_with("ing") && w != "thing" && w != "something" &&
                                   w != "nothing" && w != "everything" && w != "anything");
}

namespace {

// Words that open a described speaker: "the official", "a friend", "my
// father", "the ad's narrator".
constexpr std::array<std::string_view, 12> kDeterminers{"the", "a", "an", "my", "his", "her", "their", "our",
                                                        "your", "its", "another", "one"};
// Words that make a phrase a clause, not a description.
constexpr std::array<std::string_view, 14> kClauseWords{"to", "be", "being", "should", "could", "can", "may",
                                                        "might", "must", "now", "closes", "this", "these", "those"};
constexpr std::size_t kMaxDescriptionWords = 5;

}  // namespace

// A determiner and a short description next to a cue of speech: "the
// judge exclaimed", "said the ruling", "the ad's narrator says". Longer
// phrases, or ones with a verb's auxiliary, are clauses ("the courts
// have no business deciding"), not speakers.
static bool described(const std::vector<QToken>& t, Range r) {
  if (r.end - r.begin < 2 || r.end - r.begin > kMaxDescriptionWords || !in(kDeterminers, t[r.begin].lower)) {
    return false;
  }
  for (std::size_t i = r.begin + 1; i < r.end; ++i) {
    if (t[i].kind != Tok::Word || in(kDeterminers, t[i].lower) || in(kPronouns, t[i].lower) ||
        in(kSkippable, t[i].lower) || in(kClauseWords, t[i].lower) ||
        (in(kPrepositions, t[i].lower) && t[i].lower != "of")) {  // "an attack on one member"
      return false;
    }
  }
  // "the woman's" is a possessor, not the speaker.
  const std::string_view head = t[r.end - 1].lower;
  return !(head.ends_with("'s") || head.ends_with("s'"));
}

// Whether a phrase can be a speaker: a pronoun, a capitalised word (not
// just a sentence-initial function word), a speaking noun or a description.
static bool can_speak(const std::vector<QToken>& t, Range r) {
  if (described(t, r)) return true;
  for (std::size_t i = r.begin; i < r.end; ++i) {
    if (t[i].kind != Tok::Word) continue;
    if (in(kPronouns, t[i].lower) && r.end - r.begin == 1) return true;
    if (in(kSpeakerNouns, t[i].lower)) return true;
    if (t[i].capitalised && !(i == r.begin && (t[i].lower == "the" || t[i].lower == "a" || t[i].lower == "an" ||
                                               t[i].lower == "this" || t[i].lower == "it" || t[i].lower == "in"))) {
      return true;
    }
  }
  return false;
}

// Whether a phrase ends as a noun phrase can: not on a preposition, an
// article or an auxiliary ("the Drudge headline by", "Clinton would").
static bool ends_as_noun_phrase(const std::vector<QToken>& t, Range r) {
  const std::string_view last = t[r.end - 1].lower;
  return !(in(kPrepositions, last) || in(kDeterminers, last) || in(kSkippable, last));
}

std::optional<Range> speaker_before(const std::vector<QToken>& t, std::size_t cue, std::size_t floor) {
  const auto r = subject_before(t, cue, floor);
  if (!r || !can_speak(t, *r) || !ends_as_noun_phrase(t, *r)) return std::nullopt;
  return r;
}

std::optional<Range> subject_before(const std::vector<QToken>& t, std::size_t cue, std::size_t floor) {
  std::size_t j = cue;
  while (j > floor && t[j - 1].kind == Tok::Word && (in(kSkippable, t[j - 1].lower) || adverb(t[j - 1]))) --j;
  // "47% say": a figure and its per cent sign (glued to it).
  if (j > floor + 1 && t[j - 1].kind == Tok::Other && t[j - 1].span.length() == 1 && t[j - 2].kind == Tok::Word &&
      t[j - 2].span.end == t[j - 1].span.start && t[j - 2].lower[0] >= '0' && t[j - 2].lower[0] <= '9') {
    return Range{j - 2, j};
  }
  // A bracketed aside before the cue: "Rep. Jim Jordan (R-Ohio) said",
  // "Gov. John Kasich (R-OH), said".
  if (j > floor + 1 && t[j - 1].kind == Tok::Comma && t[j - 2].kind == Tok::Other) --j;
  if (j > floor && t[j - 1].kind == Tok::Other) {
    std::size_t k = j - 1;
    while (k > floor && k + 6 > j && t[k - 1].kind == Tok::Word) --k;
    if (k > floor && t[k - 1].kind == Tok::Other && k + 1 < j) j = k - 1;
  }
  // An appositive between the name and the cue: "Flynn, a top Trump
  // surrogate, said" is Flynn's.
  if (j > floor + 1 && t[j - 1].kind == Tok::Comma) {
    std::size_t k = j - 1;
    while (k > floor && k + 12 > j && t[k - 1].kind == Tok::Word) --k;
    if (k > floor + 1 && k + 1 < j && t[k - 1].kind == Tok::Comma) {
      std::size_t name_end = k - 1;
      // "Sen. Richard J. Durbin (D-Ill.), noting …, said": past the brackets.
      if (t[name_end - 1].kind == Tok::Other) {
        std::size_t o = name_end - 1;
        while (o > floor && o + 6 > name_end && t[o - 1].kind == Tok::Word) --o;
        if (o > floor && t[o - 1].kind == Tok::Other && o + 1 < name_end) name_end = o - 1;
      }
      if (name_end > floor && t[name_end - 1].kind == Tok::Word && t[name_end - 1].capitalised) {
        std::size_t b = name_end - 1;
        while (b > floor && t[b - 1].kind == Tok::Word && t[b - 1].capitalised && b + kMaxPhraseWords > name_end) --b;
        // "On Tuesday, Trump defended …, saying": an opening phrase, no name.
        if (opens_subject(t[b])) return Range{b, name_end};
      }
      // "her senior policy adviser, Jake Sullivan, said": the name is the aside.
      if (std::all_of(t.begin() + static_cast<std::ptrdiff_t>(k), t.begin() + static_cast<std::ptrdiff_t>(j - 1),
                      [](const QToken& w) { return w.capitalised; })) {
        return Range{k, j - 1};
      }
    }
  }
  const std::size_t end = j;
  std::size_t words = 0;
  while (j > floor && words < kMaxPhraseWords) {
    // "The F.B.I. said", "the U.S. says": over the full stops of an
    // initialism ending at the cue (not those of "Mr. Hedge said": the
    // speaker stays "Hedge").
    if (j - 1 > floor && abbreviation_stop(t, j - 1) && (j == end || t[j].lower.size() == 1)) {
      --j;
      continue;
    }
    // A cue word after an article is a noun, the speaker: "the statement said".
    const bool noun = j >= floor + 2 && t[j - 2].kind == Tok::Word &&
                      (t[j - 2].lower == "the" || t[j - 2].lower == "a" || t[j - 2].lower == "an");
    if (t[j - 1].kind != Tok::Word || in(kStoppers, t[j - 1].lower) || (cue_weight(t[j - 1].lower) >= 0.3 && !noun) ||
        (t[j - 1].lower == "to" && !(j >= 2 && t[j - 2].lower == "close"))) {  // "managed to agree"
      break;
    }
    --j;
    ++words;
  }
  // "Clinton, who endorsed …": the relative pronoun is the subject.
  if (j == end && j > floor && t[j - 1].kind == Tok::Word && (t[j - 1].lower == "who" || t[j - 1].lower == "which")) {
    return Range{j - 1, j};
  }
  if (j == end) return std::nullopt;
  Range r{j, end};
  // "Cruz, who last year threatened", "who has both endorsed", "leaders who
  // can support": words after a relative pronoun that cannot speak are a
  // circumstance or an auxiliary; the relative is the subject.
  if (j > floor && is_relative(t[j - 1]) && !can_speak(t, r)) return Range{j - 1, j};
  // A subject pronoun next to the cue is the subject: "the plan, he said"
  // -> "he" (not "organizations that have endorsed him say" -> "him").
  if (is_subject_pronoun(t[end - 1])) r.begin = end - 1;
  return r;
}

std::optional<Range> described_phrase_at(const std::vector<QToken>& t, std::size_t from, std::size_t limit) {
  const bool determiner = in(kDeterminers, t[from].lower);
  std::size_t e = from + 1;
  while (e < limit && e < from + kMaxPhraseWords && t[e].kind == Tok::Word && !in(kStoppers, t[e].lower) &&
         (t[e].lower == "of" || !in(kPrepositions, t[e].lower)) && !in(kSkippable, t[e].lower) &&
         !(t[e].lower.ends_with("ed") && !(determiner && e == from + 1)) && cue_weight(t[e].lower) < 0.3) {
    ++e;
  }
  while (e > from + 1 && t[e - 1].lower == "of") --e;
  if (determiner && e == from + 1) return std::nullopt;
  return Range{from, e};
}

std::optional<Range> speaker_after(const std::vector<QToken>& t, std::size_t from, std::size_t ceiling) {
  // "said of the Clintons", "told to Cruz": a preposition opens what was said of or to whom.
  if (from < ceiling && t[from].kind == Tok::Word && in(kPrepositions, t[from].lower)) return std::nullopt;
  // "told his supporters", "calling them": after these verbs comes the hearer.
  if (from > 0 && t[from - 1].kind == Tok::Word && in(kHearerVerbs, t[from - 1].lower)) return std::nullopt;
  std::size_t j = from;
  std::size_t words = 0;
  while (j < ceiling && t[j].kind == Tok::Word && !in(kStoppers, t[j].lower) && words < kMaxPhraseWords) {
    ++j;
    ++words;
  }
  // "said Stephen Vladeck of the University of Texas School of Law": a
  // phrase cut by the word limit ends on its last noun.
  if (words == kMaxPhraseWords) {
    while (j > from + 1 && !ends_as_noun_phrase(t, Range{from, j})) --j;
  }
  if (j == from) return std::nullopt;
  Range r{from, j};
  // "“…,” read one.": one of those just named.
  if (j == from + 1 && (t[from].lower == "one" || t[from].lower == "another")) return r;
  if (!can_speak(t, r) || !ends_as_noun_phrase(t, r)) return std::nullopt;
  return r;
}

namespace {

// How far back (code points) a pronoun looks for the person it stands for.
constexpr CodePointOffset kPronounReach = 1500;
// No entity mention is longer than this (code points); it bounds searches.
constexpr CodePointOffset kLongestMention = 400;

// The first mention that can end at or after `at - reach` (mentions are in text order).
std::vector<EntityMention>::const_iterator mentions_from(const std::vector<EntityMention>& mentions,
                                                         CodePointOffset at, CodePointOffset reach) {
  const CodePointOffset from = at > reach ? at - reach : 0;
  return std::lower_bound(mentions.begin(), mentions.end(), from,
                          [](const EntityMention& m, CodePointOffset x) { return m.span.start < x; });
}

}  // namespace

namespace {

// The phrase a relative pronoun at token w stands for: the name or the few
// words before it ("Senator Ted Cruz of Texas"), past its comma and a bracketed aside ("Gov. C.L. Otter
// (R-Idaho), an early endorser, who" reaches the aside, "an early endorser").
std::optional<Range> antecedent(const std::vector<QToken>& t, std::size_t w) {
  std::size_t e = w;
  if (e > 0 && t[e - 1].kind == Tok::Comma) --e;
  if (e > 0 && t[e - 1].kind == Tok::Other) {
    std::size_t o = e - 1;
    while (o > 0 && o + 6 > e && t[o - 1].kind == Tok::Word) --o;
    if (o > 0 && t[o - 1].kind == Tok::Other) e = o - 1;
  }
  std::size_t b = e;
  while (b > 0 && e - b < kMaxPhraseWords && t[b - 1].kind == Tok::Word && !in(kStoppers, t[b - 1].lower) &&
         (t[b - 1].lower == "of" || !in(kPrepositions, t[b - 1].lower))) {
    --b;
  }
  if (b == e) return std::nullopt;
  return Range{b, e};
}

}  // namespace

Speaker make_speaker(std::string_view text, const std::vector<QToken>& t, Range phrase,
                     const std::vector<EntityMention>& mentions, const Speaker* previous) {
  if (phrase.end - phrase.begin == 1 && is_relative(t[phrase.begin])) {
    if (const auto a = antecedent(t, phrase.begin); a && !(a->end - a->begin == 1 && is_relative(t[a->begin]))) {
      Speaker s = make_speaker(text, t, *a, mentions, previous);
      s.span = t[phrase.begin].span;
      s.text = std::string(text.substr(t[phrase.begin].byte, t[phrase.begin].byte_end - t[phrase.begin].byte));
      return s;
    }
  }
  Speaker s;
  s.span = {t[phrase.begin].span.start, t[phrase.end - 1].span.end};
  const std::size_t b0 = t[phrase.begin].byte;
  const std::size_t b1 = t[phrase.end - 1].byte_end;
  s.text = std::string(text.substr(b0, b1 - b0));

  if (phrase.end - phrase.begin == 1 && is_pronoun(t[phrase.begin])) {
    const EntityMention* best = nullptr;
    for (auto it = mentions_from(mentions, s.span.start, kPronounReach + kLongestMention); it != mentions.end(); ++it) {
      const EntityMention& m = *it;
      if (m.span.end > s.span.start) break;
      if (m.type == EntityType::Person && s.span.start - m.span.end < kPronounReach) best = &m;
    }
    if (best) {
      s.name = best->canonical.empty() ? best->text : best->canonical;
      s.entity_id = best->entity_id;
    } else if (previous && !previous->anonymous) {
      s.name = previous->name;
      s.entity_id = previous->entity_id;
    }
    return s;
  }
  // An entity inside the phrase: a person first, else an organisation.
  const EntityMention* linked = nullptr;
  for (auto it = mentions_from(mentions, s.span.start, kLongestMention); it != mentions.end(); ++it) {
    const EntityMention& m = *it;
    if (m.span.start >= s.span.end) break;
    if (m.span.end <= s.span.start) continue;
    if (m.type == EntityType::Person && (!linked || linked->type != EntityType::Person || m.span.start > linked->span.start)) {
      linked = &m;
    } else if (m.type == EntityType::Org && !linked) {
      linked = &m;
    }
  }
  // The head: the last word, or the word before "cited by", "for", ...
  std::size_t head = phrase.end - 1;
  for (std::size_t i = phrase.begin + 1; i < phrase.end; ++i) {
    if (in(kHeadBreaks, t[i].lower)) {
      head = i - 1;
      break;
    }
  }
  if (linked && linked->type == EntityType::Person) {
    s.name = linked->canonical.empty() ? linked->text : linked->canonical;
    s.entity_id = linked->entity_id;
    return s;
  }
  s.anonymous = !t[head].capitalised;
  if (s.anonymous) {
    s.name = s.text;
    return s;
  }
  if (linked) {
    s.name = linked->canonical.empty() ? linked->text : linked->canonical;
    s.entity_id = linked->entity_id;
    return s;
  }
  // A named speaker: the run of capitalised words ending at the head
  // ("Kremlin spokesman Dmitry Peskov" -> "Dmitry Peskov").
  std::size_t first = head;
  while (first > phrase.begin && t[first - 1].capitalised) --first;
  if (first == phrase.begin && (t[first].lower == "the" || t[first].lower == "a")) ++first;
  const std::size_t n0 = t[first].byte;
  const std::size_t n1 = t[head].byte_end;
  s.name = std::string(text.substr(n0, n1 - n0));
  return s;
}

}  // namespace quoth::quotes
