#include "source_selector.h"

#include <array>
#include <string_view>

#include "quoth/analyzers/fnv1a.h"
#include "speaker.h"

namespace quoth::quotes {
namespace {

// Tokens between a phrase and its cue read for their punctuation at most.
constexpr std::size_t kBetweenReach = 24;

// One weight per slot (source_slot of a feature hash), in slot order.
constexpr std::array<float, kSourceSlots> kWeights{
#include "source_model_data.inc"
};

// Small integer codes of a feature's parts; words are hashed once.
enum Entity : std::uint64_t { kNoEntity, kPerson, kOrg, kPlace, kOtherEntity };

std::uint64_t entity_code(const std::optional<EntityType>& e) {
  if (!e) return kNoEntity;
  switch (*e) {
    case EntityType::Person: return kPerson;
    case EntityType::Org: return kOrg;
    case EntityType::Place: return kPlace;
    default: return kOtherEntity;
  }
}

// Distances and lengths in buckets: 0, 1, 2, 3, 4-5, 6-8, 9-16, 17+.
std::uint64_t bucket(std::size_t n) {
  static constexpr std::uint64_t kBuckets[] = {0, 1, 2, 3, 4, 4, 5, 5, 5};
  if (n < std::size(kBuckets)) return kBuckets[n];
  return n <= 16 ? 6 : 7;
}

// What a phrase's first word is: a pronoun, a determiner, a relative, a name, a word.
enum Shape : std::uint64_t { kPunct, kPronoun, kDeterminer, kRelative, kCapitalised, kLower };

std::uint64_t head_shape(const QToken& w) {
  if (w.kind != Tok::Word) return kPunct;
  if (is_pronoun(w)) return kPronoun;
  if (w.lower == "the" || w.lower == "a" || w.lower == "an" || w.lower == "his" || w.lower == "her" ||
      w.lower == "their" || w.lower == "my" || w.lower == "our" || w.lower == "its") {
    return kDeterminer;
  }
  if (w.lower == "who" || w.lower == "which" || w.lower == "that") return kRelative;
  return w.capitalised ? kCapitalised : kLower;
}

// What follows a relative pronoun: the cue, an auxiliary or adverb ("who
// has also said"), a name or pronoun (the relative is the object: "which
// Will claims"), another word.
std::uint64_t relative_next(const SourceStatement& s, std::size_t at) {
  if (at + 1 >= s.t.size() || at + 1 == s.cue) return 1;
  const QToken& w = s.t[at + 1];
  if (w.capitalised || is_pronoun(w)) return 3;
  if (w.lower == "has" || w.lower == "had" || w.lower == "have" || w.lower == "was" || w.lower == "is" ||
      w.lower == "also" || w.lower == "would" || w.lower == "will") {
    return 2;
  }
  return 4;
}

// Whether a subject pronoun ("… Clinton over Obama, and he said") or a
// name lies between a phrase and its cue (within kBetweenReach): 1 a
// pronoun, 2 a capitalised word, 3 neither.
std::uint64_t pronoun_between(const std::vector<QToken>& t, std::size_t b, std::size_t e) {
  if (e > b + kBetweenReach) b = e - kBetweenReach;
  bool name = false;
  for (std::size_t i = b; i < e; ++i) {
    if (is_subject_pronoun(t[i])) return 1;
    name = name || (t[i].kind == Tok::Word && t[i].capitalised);
  }
  return name ? 2 : 3;
}

// The punctuation between a phrase and the cue.
enum Between : std::uint64_t { kNothing, kComma, kDash, kMark, kMarkComma, kSentenceEnd, kFar };

std::uint64_t between(const std::vector<QToken>& t, std::size_t b, std::size_t e) {
  if (e > b + kBetweenReach) return kFar;  // another sentence's phrase, the previous speaker's
  bool comma = false, mark = false, end = false, dash = false;
  for (std::size_t i = b; i < e && i < t.size(); ++i) {
    switch (t[i].kind) {
      case Tok::Comma: comma = true; break;
      case Tok::Open:
      case Tok::Close:
      case Tok::Straight: mark = true; break;
      case Tok::End: end = end || !abbreviation_stop(t, i); break;
      case Tok::Paragraph: end = true; break;
      case Tok::Dash: dash = true; break;
      default: break;
    }
  }
  if (end) return kSentenceEnd;
  if (mark) return comma ? kMarkComma : kMark;
  if (dash) return kDash;
  return comma ? kComma : kNothing;
}

struct Emitter {
  std::vector<std::uint64_t>& out;
  void operator()(std::uint64_t name, std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0) const {
    out.push_back(mix(mix(mix(name, a), b), c));
  }
};

// A feature's name, hashed when compiled.
consteval std::uint64_t name(std::string_view n) { return fnv1a(n); }

}  // namespace

void source_features(const SourceStatement& s, const SourceCandidate& c, std::vector<std::uint64_t>& out) {
  out.clear();
  const Emitter f{out};
  const auto& t = s.t;
  const bool before = c.phrase.end <= s.cue;
  const std::size_t distance = before ? s.cue - c.phrase.end : (c.phrase.begin > s.cue ? c.phrase.begin - s.cue - 1 : 0);
  const std::uint64_t kind = static_cast<std::uint64_t>(c.kind);
  const std::uint64_t side = before ? 1 : 2;
  const std::uint64_t rule = c.is_rule ? 1 : 2;
  const std::uint64_t dist = bucket(distance);
  const QToken& head = t[c.phrase.begin];
  const QToken& last = t[c.phrase.end - 1];
  const std::uint64_t shape = head_shape(head);
  const std::uint64_t entity = entity_code(c.entity);
  const std::uint64_t punct = before ? between(t, c.phrase.end, s.cue) : between(t, s.cue + 1, c.phrase.begin);
  const std::uint64_t qkind = static_cast<std::uint64_t>(s.kind) + 1;
  const std::uint64_t order = s.content_first ? 1 : 2;
  const bool in_sentence = c.phrase.begin >= s.sentence.begin && c.phrase.end <= s.sentence.end;
  f(name("bias"), rule);
  f(name("kind"), kind, rule);
  f(name("kind-side"), kind, side, rule);
  f(name("side-dist"), side, dist, rule);
  f(name("kind-dist"), kind, dist);
  f(name("shape"), shape, side, rule);
  f(name("shape-kind"), shape, kind);
  f(name("entity"), entity, side, rule);
  f(name("entity-shape"), entity, shape);
  f(name("punct"), punct, side, rule);
  f(name("punct-kind"), punct, kind);
  f(name("cue"), s.cue_hash, side, rule);
  f(name("cue-shape"), s.cue_hash, shape);
  f(name("qkind"), qkind, order, rule);
  f(name("qkind-side"), qkind, side, shape);
  f(name("order-kind"), order, kind, side);
  f(name("in-sentence"), in_sentence ? 1 : 2, kind);
  f(name("words"), bucket(c.phrase.end - c.phrase.begin), shape);
  f(name("head"), head.kind == Tok::Word ? head.hash : 0, rule);
  f(name("last"), last.kind == Tok::Word ? last.hash : 0, rule);
  f(name("cue-lexicon"), s.speech_cue ? 1 : 2, kind, side);
  if (shape == kRelative) f(name("relative-next"), relative_next(s, c.phrase.begin), rule);
  if (before) f(name("pronoun-between"), pronoun_between(t, c.phrase.end, s.cue), kind, rule);
}

double source_score(const std::vector<std::uint64_t>& features) { return weight_sum<kSourceSlotBits>(kWeights, features); }

}  // namespace quoth::quotes
