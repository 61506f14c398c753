#include "ner_tagger.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "entity_tables.h"

// The weights, compiled in from analyzers/data/ner.model (see ner_model.S).
extern "C" const unsigned char quoth_ner_model[];
extern "C" const unsigned char quoth_ner_model_end[];

namespace quoth::ner {
namespace {

constexpr std::array<std::string_view, kTagCount> kNames = {"O",     "B-PER", "I-PER", "B-ORG", "I-ORG",
                                                            "B-LOC", "I-LOC", "B-MISC", "I-MISC"};

// FNV-1a over a feature's kind and text: its slot.
class Hasher {
 public:
  explicit Hasher(char kind) { mix(kind); }
  Hasher& operator<<(std::string_view s) {
    for (const char c : s) mix(c);
    mix('\x1f');
    return *this;
  }
  [[nodiscard]] std::uint32_t slot() const { return static_cast<std::uint32_t>(h_ % kBuckets); }

 private:
  void mix(char c) {
    h_ ^= static_cast<unsigned char>(c);
    h_ *= 1099511628211ull;
  }
  std::uint64_t h_ = 1469598103934665603ull;
};

// ASCII classes: the features are about Latin capitals; other bytes are letters.
bool upper(char c) { return c >= 'A' && c <= 'Z'; }
bool lower(char c) { return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80; }
bool digit(char c) { return c >= '0' && c <= '9'; }

std::string lower_of(std::string_view w) {
  std::string out(w);
  for (char& c : out) c = upper(c) ? static_cast<char>(c + 32) : c;
  return out;
}

// "Zelensky" → "Xx", "NATO" → "X", "1996-08-30" → "d-d-d", "U.S." → "X.X."
std::string shape(std::string_view w) {
  std::string out;
  for (const char c : w) {
    const char s = upper(c) ? 'X' : lower(c) ? 'x' : digit(c) ? 'd' : c;
    if (out.empty() || out.back() != s) out += s;
  }
  return out;
}

bool has_lower(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool has_upper(std::string_view w) { return std::any_of(w.begin(), w.end(), upper); }

}  // namespace

std::string_view tag_name(Tag t) { return kNames[t]; }

Tag tag_from_name(std::string_view conll) {
  for (int t = 0; t < kTagCount; ++t) {
    if (kNames[static_cast<std::size_t>(t)] == conll) return static_cast<Tag>(t);
  }
  return kO;
}

bool allowed(Tag previous, Tag next) {
  if (next == kIPer) return previous == kBPer || previous == kIPer;
  if (next == kIOrg) return previous == kBOrg || previous == kIOrg;
  if (next == kILoc) return previous == kBLoc || previous == kILoc;
  if (next == kIMisc) return previous == kBMisc || previous == kIMisc;
  return true;
}

SentenceFeatures::SentenceFeatures(const std::vector<std::string_view>& words) : words_(words) {
  const std::size_t n = words.size();
  lower_.reserve(n);
  shapes_.reserve(n);
  capital_.reserve(n);
  std::size_t lettered = 0, capitals = 0;
  for (const std::string_view w : words) {
    lower_.push_back(lower_of(w));
    shapes_.push_back(shape(w));
    capital_.push_back(has_upper(w) ? 1 : 0);
    if (has_upper(w) || has_lower(w)) {
      ++lettered;
      capitals += has_lower(w) ? 0 : 1;
    }
  }
  // A line in capitals is a headline: its words' case says nothing.
  caps_line_ = lettered >= 2 && capitals == lettered;
  fixed_.resize(n);
  computed_.assign(n, 0);
}

const std::vector<std::uint32_t>& SentenceFeatures::fixed(std::size_t i) const {
  auto& f = fixed_[i];
  if (computed_[i] != 0) return f;
  computed_[i] = 1;
  const std::size_t n = size();
  const auto word = [&](std::ptrdiff_t k) -> std::string_view {
    if (k < 0) return "<s>";
    if (static_cast<std::size_t>(k) >= n) return "</s>";
    return lower_[static_cast<std::size_t>(k)];
  };
  const auto shape_at = [&](std::ptrdiff_t k) -> std::string_view {
    if (k < 0 || static_cast<std::size_t>(k) >= n) return "_";
    return shapes_[static_cast<std::size_t>(k)];
  };
  f.reserve(48);
  const auto k = static_cast<std::ptrdiff_t>(i);
  const std::string& w = lower_[i];
  const std::string_view sh = caps_line_ && has_capital(i) ? std::string_view("CAPS") : shapes_[i];
  f.push_back(Hasher('b').slot());
  f.push_back((Hasher('w') << w).slot());
  f.push_back((Hasher('W') << words_[i] << (caps_line_ ? "c" : "")).slot());
  f.push_back((Hasher('s') << sh).slot());
  f.push_back((Hasher('S') << sh << (i == 0 ? "first" : "")).slot());
  for (std::size_t len = 1; len <= 4 && len <= w.size(); ++len) {
    f.push_back((Hasher('p') << w.substr(0, len)).slot());
    f.push_back((Hasher('x') << w.substr(w.size() - len)).slot());
  }
  f.push_back((Hasher('1') << word(k - 1)).slot());
  f.push_back((Hasher('2') << word(k - 2)).slot());
  f.push_back((Hasher('3') << word(k + 1)).slot());
  f.push_back((Hasher('4') << word(k + 2)).slot());
  f.push_back((Hasher('5') << shape_at(k - 1) << sh).slot());
  f.push_back((Hasher('6') << sh << shape_at(k + 1)).slot());
  f.push_back((Hasher('7') << word(k - 1) << w).slot());
  f.push_back((Hasher('8') << w << word(k + 1)).slot());
  f.push_back((Hasher('9') << word(k - 1) << sh).slot());
  f.push_back((Hasher('0') << sh << word(k + 1)).slot());
  f.push_back((Hasher('a') << shape_at(k - 2) << shape_at(k - 1) << sh).slot());
  f.push_back((Hasher('c') << sh << shape_at(k + 1) << shape_at(k + 2)).slot());
  const auto suffix3 = [](std::string_view x) { return x.size() > 3 ? x.substr(x.size() - 3) : x; };
  f.push_back((Hasher('d') << suffix3(word(k - 1))).slot());
  f.push_back((Hasher('e') << suffix3(word(k + 1))).slot());
  // Gazetteers and word lists of the rule-based recognizer (places are
  // only looked up for capitalised words: the lookups are the cost).
  const bool capitalised = !words_[i].empty() && upper(words_[i].front());
  if (capitalised) {
    std::string pair;  // two words, for the place gazetteer
    const auto pair_is_place = [&](const std::string& a, const std::string& b) {
      pair.assign(a).append(1, ' ').append(b);
      return entities::is_place_name(pair);
    };
    // Two-word places ("New York") are looked up only when both words have
    // capitals.
    if (entities::is_place_name(w)) f.push_back(Hasher('g').slot());
    if (i + 1 < n && has_capital(i + 1) && pair_is_place(w, lower_[i + 1])) f.push_back(Hasher('G').slot());
    if (i > 0 && has_capital(i - 1) && pair_is_place(lower_[i - 1], w)) f.push_back(Hasher('H').slot());
    if (entities::is_first_name(w)) f.push_back(Hasher('f').slot());
    if (i > 0 && !words_[i - 1].empty() && upper(words_[i - 1].front()) && entities::is_first_name(lower_[i - 1])) {
      f.push_back(Hasher('F').slot());  // "Steve Witkoff": after a capitalised given name
    }
  }
  if (entities::is_org_word(w)) f.push_back(Hasher('o').slot());
  if (i + 1 < n && entities::is_org_word(lower_[i + 1])) f.push_back(Hasher('O').slot());
  if (i > 0 && entities::is_title_word(lower_[i - 1])) f.push_back(Hasher('t').slot());
  if (entities::is_month(w) || entities::is_weekday(w)) f.push_back(Hasher('m').slot());
  return f;
}

namespace {
constexpr std::array<std::string_view, 5> kSeenNames = {"O", "PER", "ORG", "LOC", "MISC"};

std::size_t seen_class(Tag t) { return t == kO ? 0 : (static_cast<std::size_t>(t) + 1) / 2; }

std::uint64_t word_key(std::string_view lower) {
  std::uint64_t h = 1469598103934665603ull;  // FNV-1a, 64 bits
  for (const char c : lower) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return h;
}
}  // namespace

void DocumentMemory::features(const SentenceFeatures& s, std::size_t i, std::vector<std::uint32_t>& out) const {
  if (!s.has_capital(i)) return;
  const auto it = seen_.find(word_key(s.lower(i)));
  if (it == seen_.end()) return;
  const Seen& seen = it->second;
  std::size_t best = 0, total = 0;
  for (std::size_t c = 0; c < seen.as.size(); ++c) {
    total += seen.as[c];
    if (seen.as[c] > seen.as[best]) best = c;
  }
  if (total > 0) {
    const bool unanimous = seen.as[best] == total;
    out.push_back((Hasher('M') << kSeenNames[best] << (unanimous ? "all" : "most")).slot());
    out.push_back((Hasher('N') << kSeenNames[best] << (s.caps_line() ? "caps" : "")).slot());
  }
  if (seen.lower_case > 0) out.push_back((Hasher('L') << (s.caps_line() ? "caps" : "")).slot());
}

void DocumentMemory::remember(const SentenceFeatures& s, const std::vector<Tag>& tags) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!s.has_capital(i)) {
      if (!s.lower(i).empty() && std::isalpha(static_cast<unsigned char>(s.lower(i).front()))) {
        ++seen_[word_key(s.lower(i))].lower_case;
      }
      continue;
    }
    if (s.caps_line()) continue;  // a headline's case says nothing
    ++seen_[word_key(s.lower(i))].as[seen_class(tags[i])];
  }
}

void context_features(const SentenceFeatures& s, std::size_t i, Tag previous, Tag previous2,
                      const DocumentMemory* memory, std::vector<std::uint32_t>& out) {
  const char p1 = static_cast<char>('A' + previous), p2 = static_cast<char>('A' + previous2);
  out.push_back((Hasher('t') << std::string_view(&p1, 1)).slot());
  out.push_back((Hasher('u') << std::string_view(&p1, 1) << std::string_view(&p2, 1)).slot());
  out.push_back((Hasher('v') << std::string_view(&p1, 1) << s.lower(i)).slot());
  if (memory != nullptr) memory->features(s, i, out);
}

const Tagger& Tagger::builtin() {
  static const Tagger tagger = [] {
    // Layout: "QNER1\n", a float scale, then kBuckets * kTagCount int16 (little-endian).
    const unsigned char* p = quoth_ner_model;
    float scale = 0;
    static_assert(sizeof(float) == 4);
    __builtin_memcpy(&scale, p + 6, 4);
    return Tagger(reinterpret_cast<const std::int16_t*>(p + 10), scale);
  }();
  return tagger;
}

std::vector<Tag> Tagger::tag(const std::vector<std::string_view>& words, DocumentMemory* memory) const {
  const SentenceFeatures s(words);
  // Integer sums: the scale is common to every tag, so it does not change the choice.
  (void)scale_;
  std::vector<Tag> tags = decode(s, memory, [&](std::uint32_t slot, Scores& scores) {
    const std::int16_t* row = weights_ + static_cast<std::size_t>(slot) * kTagCount;
    for (std::size_t t = 0; t < kTagCount; ++t) scores[t] += row[t];
  });
  if (memory != nullptr) memory->remember(s, tags);
  return tags;
}

}  // namespace quoth::ner
