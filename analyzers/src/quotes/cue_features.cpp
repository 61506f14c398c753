#include <algorithm>
#include <array>
#include <string_view>

#include "cue_lexicon.h"
#include "cue_model.h"
#include "hashed_features.h"

namespace quoth::quotes {
namespace {

// Words of the lexicon rarer as cues than this ("to", "of", "for") are
// parts of longer cues at most, never read alone.
constexpr double kMinCandidateWeight = 0.1;

// Auxiliaries are marked as parts of cues ("has said", "was reported") but
// never introduce a statement themselves: no candidates (they are common,
// and scoring them costs).
constexpr std::array<std::string_view, 14> kAuxiliaries{"have", "has",  "had",  "was",  "were",
                                                        "been", "is",   "are",  "be",   "did",
                                                        "do",   "does", "will", "would"};

constexpr std::array<Part, 7> kPronouns{"he", "she", "they", "i", "we", "it", "you"};

// The shape of a neighbouring token: what it is, coarsely.
Part shape(const std::vector<QToken>& t, std::size_t i) {
  if (i >= t.size()) return "<none>";
  const QToken& k = t[i];
  switch (k.kind) {
    case Tok::Word:
      // By hash: seven integer comparisons, not seven string ones.
      for (const Part p : kPronouns) {
        if (k.hash == p.hash) return "pron";
      }
      return k.capitalised ? Part("Cap") : Part("low");
    case Tok::Open:
      return "open";
    case Tok::Close:
      return "close";
    case Tok::Straight:
      return "straight";
    case Tok::Comma:
      return ",";
    case Tok::Colon:
      return ":";
    case Tok::End:
      return ".";
    case Tok::Dash:
      return "-";
    case Tok::Paragraph:
      return "para";
    case Tok::Other:
      return "other";
  }
  return "?";
}

// A word's lower-case form (hashed once, with its token), or another token's shape.
Part form(const std::vector<QToken>& t, std::size_t i) {
  if (i >= t.size()) return "<none>";
  return t[i].kind == Tok::Word ? Part::of_hash(t[i].hash) : Part(shape(t, i));
}

// Weight buckets of the cue lexicon: its prior, as a feature.
Part bucket(double w) {
  static constexpr std::array<Part, 11> kBuckets{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"};
  return kBuckets[static_cast<std::size_t>(w * 10)];
}

}  // namespace

bool cue_candidate(const std::vector<QToken>& t, std::size_t i) {
  if (t[i].kind != Tok::Word) return false;
  // The weight first: one probe rules out most words, before the list.
  if (cue_family_weight(t[i].lower) < kMinCandidateWeight && t[i].lower != "according") return false;
  return std::find(kAuxiliaries.begin(), kAuxiliaries.end(), t[i].lower) == kAuxiliaries.end();
}

void cue_features(const std::vector<QToken>& t, const std::vector<bool>& inside, std::size_t i,
                  std::vector<std::uint64_t>& out) {
  out.clear();
  const StringFeatures f{out};
  const std::size_t none = t.size();
  const std::size_t p1 = i >= 1 ? i - 1 : none, p2 = i >= 2 ? i - 2 : none;
  const std::size_t n1 = i + 1, n2 = i + 2;
  const std::string_view w = t[i].lower;
  const Part wh = Part::of_hash(t[i].hash);
  f("bias", "");
  f("w", wh);
  f("prior", bucket(cue_family_weight(w)));
  if (cue_weight(w) == 0) f("unseen-form", "");  // a form the lexicon lacks: its weight is its family's
  f("w-cap", wh, t[i].capitalised ? Part("Cap") : Part("low"));
  f("w-p1", wh, form(t, p1));
  f("w-n1", wh, form(t, n1));
  f("w-p1s-n1s", wh, shape(t, p1), shape(t, n1));
  f("p1", form(t, p1));
  f("n1", form(t, n1));
  f("p2-p1", form(t, p2), form(t, p1));
  f("n1-n2", form(t, n1), form(t, n2));
  f("w-n1-n2", wh, form(t, n1), form(t, n2));
  f("w-p2-p1", wh, form(t, p2), form(t, p1));
  f("p1s-n1s", shape(t, p1), shape(t, n1));
  f("p2s-p1s", shape(t, p2), shape(t, p1));
  f("n1s-n2s", shape(t, n1), shape(t, n2));
  f("w-inside", wh, i < inside.size() && inside[i] ? Part("in") : Part("out"));
  if (w.size() > 3) f("suffix", w.substr(w.size() - 3));
  // Punctuation and quote marks near the word: attributions sit at a
  // quote's edge, commas around them.
  std::size_t back = 0, ahead = 0;
  for (std::size_t k = i; k > 0 && back < 6; --k, ++back) {
    const Tok kind = t[k - 1].kind;
    if (kind == Tok::End || kind == Tok::Paragraph) break;
    if (kind == Tok::Open || kind == Tok::Close || kind == Tok::Straight) {
      f("mark-before", bucket(static_cast<double>(back) / 10), shape(t, k - 1));
      break;
    }
  }
  for (std::size_t k = i + 1; k < t.size() && ahead < 6; ++k, ++ahead) {
    const Tok kind = t[k].kind;
    if (kind == Tok::End || kind == Tok::Paragraph) break;
    if (kind == Tok::Open || kind == Tok::Close || kind == Tok::Straight) {
      f("mark-after", bucket(static_cast<double>(ahead) / 10), shape(t, k));
      break;
    }
  }
  // Where the word sits in its sentence.
  std::size_t from_start = 0;
  for (std::size_t k = i; k > 0 && from_start < 9; --k, ++from_start) {
    if (t[k - 1].kind == Tok::End || t[k - 1].kind == Tok::Paragraph) break;
  }
  f("w-from-start", wh, bucket(static_cast<double>(from_start) / 10));
}

}  // namespace quoth::quotes
