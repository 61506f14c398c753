#include "ner_tagger.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>

#include "entity_tables.h"
#include "quoth/analyzers/fnv1a.h"

// The weights, compiled in from analyzers/data/ner.model (see ner_model.S).
extern "C" const unsigned char quoth_ner_model[];
extern "C" const unsigned char quoth_ner_model_end[];

namespace quoth::ner {
namespace {

constexpr std::array<std::string_view, kTagCount> kNames = {"O",     "B-PER", "I-PER", "B-ORG", "I-ORG",
                                                            "B-LOC", "I-LOC", "B-MISC", "I-MISC"};

// The hash of a word, a shape or an affix. It starts from its own value,
// not FNV's usual one: the committed model was trained with it.
constexpr std::uint64_t kHashStart = 1469598103934665603ULL;
std::uint64_t hash_of(std::string_view s) { return fnv1a(s, kHashStart); }

// A feature: its kind and up to three hashed parts, mixed into one slot.
class Feature {
 public:
  explicit Feature(char kind) : h_(0xD6E8FEB86659FD93ull * static_cast<unsigned char>(kind)) {}
  Feature& operator<<(std::uint64_t part) {
    h_ = (h_ ^ part) * 0xFF51AFD7ED558CCDull;
    h_ ^= h_ >> 32;
    return *this;
  }
  [[nodiscard]] std::uint64_t key() const { return h_ | 1; }  // never 0
  [[nodiscard]] std::uint32_t slot() const {
    static_assert((kBuckets & (kBuckets - 1)) == 0);
    return static_cast<std::uint32_t>((h_ * 0xC4CEB9FE1A85EC53ull) >> 40) & (kBuckets - 1);
  }

 private:
  std::uint64_t h_;
};

// ASCII classes: the features are about Latin capitals; other bytes are letters.
constexpr bool upper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool lowercase(char c) { return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80; }
constexpr bool digit(char c) { return c >= '0' && c <= '9'; }

// Each byte's class in a word's shape: X, x, d or itself.
constexpr std::array<char, 256> kShapeOf = [] {
  std::array<char, 256> a{};
  for (int c = 0; c < 256; ++c) {
    const char ch = static_cast<char>(c);
    a[static_cast<std::size_t>(c)] = upper(ch) ? 'X' : lowercase(ch) ? 'x' : digit(ch) ? 'd' : ch;
  }
  return a;
}();

// Each byte's ASCII case (kUpperCase, kLowerCase or 0) and its lower-case
// byte, by table: SentenceFeatures::assign() asks of every byte.
constexpr unsigned kUpperCase = 1, kLowerCase = 2;
constexpr std::array<unsigned char, 256> kCaseOf = [] {
  std::array<unsigned char, 256> a{};
  for (int c = 0; c < 256; ++c) a[static_cast<std::size_t>(c)] = upper(static_cast<char>(c)) ? kUpperCase : c >= 'a' && c <= 'z' ? kLowerCase : 0;
  return a;
}();
constexpr std::array<unsigned char, 256> kLowerOf = [] {
  std::array<unsigned char, 256> a{};
  for (int c = 0; c < 256; ++c) a[static_cast<std::size_t>(c)] = static_cast<unsigned char>(upper(static_cast<char>(c)) ? c + 32 : c);
  return a;
}();

// Hashes of the words and shapes outside the sentence, and of a headline's shape.
const std::uint64_t kStart = hash_of("<s>"), kEnd = hash_of("</s>"), kNoShape = hash_of("_"),
                    kCapsShape = hash_of("CAPS");

}  // namespace

std::string_view tag_name(Tag t) { return kNames[t]; }

Tag tag_from_name(std::string_view conll) {
  for (int t = 0; t < kTagCount; ++t) {
    if (kNames[static_cast<std::size_t>(t)] == conll) return static_cast<Tag>(t);
  }
  return kO;
}

void SentenceFeatures::assign(const std::vector<std::string_view>& words) {
  words_.assign(words.begin(), words.end());
  describe_words();
}

void SentenceFeatures::take(std::vector<std::string_view>& words) {
  words_.swap(words);
  describe_words();
}

void SentenceFeatures::describe_words() {
  const std::vector<std::string_view>& words = words_;
  slots_.clear();
  const std::size_t n = words.size();
  info_.resize(n);
  std::size_t bytes = 0;
  std::size_t lettered = 0, capitals = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const std::string_view w = words[i];
    Word& info = info_[i];
    bytes += w.size();
    // The hash of the lower-case form, folded on the fly: most words are
    // never looked at again, so their forms are not written out.
    unsigned cases = 0;
    std::uint64_t h = kHashStart;
    for (const char c : w) {
      const auto b = static_cast<unsigned char>(c);
      cases |= kCaseOf[b];
      h = (h ^ kLowerOf[b]) * kFnv1aPrime;
    }
    const bool has_upper = (cases & kUpperCase) != 0, has_lower = (cases & kLowerCase) != 0;
    info.lower_hash = h;
    info.prepared = false;
    info.own_key = 0;
    info.own = {};
    info.around = {};
    info.classes = entities::kClassesNotLookedUp;
    info.capital = has_upper;
    const char first = w.empty() ? 0 : w.front();
    info.alphabetic = (first >= 'a' && first <= 'z') || upper(first);
    if (has_upper || has_lower) {
      ++lettered;
      capitals += has_lower ? 0 : 1;
    }
  }
  if (text_.size() < bytes) text_.resize(bytes);  // written lazily (prepare())
  text_used_ = 0;
  // A line in capitals is a headline: its words' case says nothing.
  caps_line_ = lettered >= 2 && capitals == lettered;
}

void SentenceFeatures::write_forms(std::size_t i) const {
  Word& info = info_[i];
  info.prepared = true;
  const std::string_view w = words_[i];
  // The lower-case form, written straight into the reserved buffer, and the
  // hash of the shape ("Zelensky" → "Xx", "NATO" → "X", "1996-08-30" →
  // "d-d-d", "U.S." → "X.X."), of which only the hash is needed.
  const std::size_t at = text_used_;
  text_used_ += w.size();
  char* const lower_out = text_.data() + at;
  char last = 0;
  std::uint64_t shape_hash = kHashStart;  // hash_of(the shape)
  for (std::size_t k = 0; k < w.size(); ++k) {
    const char c = w[k];
    const char s = kShapeOf[static_cast<unsigned char>(c)];
    lower_out[k] = s == 'X' ? static_cast<char>(c + 32) : c;
    if (s != last) {
      last = s;
      shape_hash = (shape_hash ^ static_cast<unsigned char>(s)) * kFnv1aPrime;
    }
  }
  info.lower_at = static_cast<std::uint32_t>(at);
  info.lower_size = static_cast<std::uint32_t>(w.size());
  info.shape_hash = shape_hash;
}

std::uint16_t SentenceFeatures::classes(std::size_t i) const {
  std::uint16_t& classes = info_[i].classes;
  if (classes == entities::kClassesNotLookedUp) classes = entities::word_classes(lower(i));
  return classes;
}

std::span<const std::uint32_t> SentenceFeatures::own(std::size_t i) const {
  const Slots& own = info_[i].own;
  if (own.size == 0) compute_own(i);
  return {slots_.data() + own.at, own.size};
}

std::span<const std::uint32_t> SentenceFeatures::around(std::size_t i) const {
  const Slots& around = info_[i].around;
  if (around.size == 0) compute_around(i);
  return {slots_.data() + around.at, around.size};
}

std::uint64_t SentenceFeatures::own_key(std::size_t i) const {
  std::uint64_t& key = info_[i].own_key;
  if (key == 0) key = (Feature('K') << hash_of(words_[i]) << (caps_line_ ? 1 : 0) << (i == 0 ? 1 : 0)).key();
  return key;
}

bool SentenceFeatures::starts_capital(std::size_t i) const { return !words_[i].empty() && upper(words_[i].front()); }

std::uint64_t SentenceFeatures::own_shape(std::size_t i) const {
  return caps_line_ && has_capital(i) ? kCapsShape : shape_hash(i);
}

void SentenceFeatures::compute_own(std::size_t i) const {
  // Gathered here, then appended to slots_ at once.
  std::array<std::uint32_t, 17> found;
  std::size_t count = 0;
  const auto add = [&](const Feature& f) { found[count++] = f.slot(); };
  const std::string_view w = lower(i);
  const std::uint64_t sh = own_shape(i);
  add(Feature('b'));
  add(Feature('w') << info_[i].lower_hash);
  add(Feature('W') << hash_of(words_[i]) << (caps_line_ ? 1 : 0));
  add(Feature('s') << sh);
  add(Feature('S') << sh << (i == 0 ? 1 : 0));
  for (std::size_t len = 1; len <= 4 && len <= w.size(); ++len) {
    add(Feature('p') << hash_of(w.substr(0, len)));
    add(Feature('x') << hash_of(w.substr(w.size() - len)));
  }
  // Word lists of the rule-based recognizer; places and first names count
  // only for capitalised words.
  const std::uint16_t here = classes(i);
  if (starts_capital(i)) {
    if ((here & entities::kPlace) != 0) add(Feature('g'));
    if ((here & entities::kFirstName) != 0) add(Feature('f'));
  }
  if ((here & entities::kOrgWord) != 0) add(Feature('o'));
  if ((here & (entities::kMonth | entities::kWeekday)) != 0) add(Feature('m'));
  info_[i].own = {static_cast<std::uint32_t>(slots_.size()), static_cast<std::uint32_t>(count)};
  slots_.insert(slots_.end(), found.begin(), found.begin() + static_cast<std::ptrdiff_t>(count));
}

void SentenceFeatures::compute_around(std::size_t i) const {
  const std::size_t n = size();
  const auto word = [&](std::ptrdiff_t k) -> std::uint64_t {
    if (k < 0) return kStart;
    if (static_cast<std::size_t>(k) >= n) return kEnd;
    return info_[static_cast<std::size_t>(k)].lower_hash;
  };
  const auto shape_at = [&](std::ptrdiff_t k) -> std::uint64_t {
    if (k < 0 || static_cast<std::size_t>(k) >= n) return kNoShape;
    return shape_hash(static_cast<std::size_t>(k));
  };
  const auto suffix3 = [&](std::ptrdiff_t k) -> std::uint64_t {
    if (k < 0 || static_cast<std::size_t>(k) >= n) return word(k);
    const std::string_view x = lower(static_cast<std::size_t>(k));
    return hash_of(x.size() > 3 ? x.substr(x.size() - 3) : x);
  };
  // Gathered here, then appended to slots_ at once.
  std::array<std::uint32_t, 17> found;
  std::size_t count = 0;
  const auto add = [&](const Feature& f) { found[count++] = f.slot(); };
  const auto k = static_cast<std::ptrdiff_t>(i);
  const std::uint64_t lw = info_[i].lower_hash;
  const std::uint64_t sh = own_shape(i);
  add(Feature('1') << word(k - 1));
  add(Feature('2') << word(k - 2));
  add(Feature('3') << word(k + 1));
  add(Feature('4') << word(k + 2));
  add(Feature('5') << shape_at(k - 1) << sh);
  add(Feature('6') << sh << shape_at(k + 1));
  add(Feature('7') << word(k - 1) << lw);
  add(Feature('8') << lw << word(k + 1));
  add(Feature('a') << shape_at(k - 2) << shape_at(k - 1) << sh);
  add(Feature('c') << sh << shape_at(k + 1) << shape_at(k + 2));
  add(Feature('d') << suffix3(k - 1));
  add(Feature('e') << suffix3(k + 1));
  // Two-word places ("New York"), looked up only when both words have
  // capitals; a capitalised given name before ("Steve Witkoff"); an
  // organisation word after; a title before. The neighbours are mostly
  // words in no list or in long ones ("the", "said"): a small filter of
  // title and organisation words turns them away before the word lists.
  const auto title_or_org = [&](std::size_t k, entities::WordClass c) {
    return (info_[k].classes != entities::kClassesNotLookedUp || entities::may_be_title_or_org_word(lower(k))) &&
           (classes(k) & c) != 0;
  };
  if (starts_capital(i)) {
    thread_local std::string pair;  // kept: its buffer serves every word
    const auto pair_is_place = [&](std::size_t a) {
      if (!entities::may_start_place_name(lower(a))) return false;
      pair.assign(lower(a)).append(1, ' ').append(lower(a + 1));
      return entities::is_place_name(pair);
    };
    if (i + 1 < n && has_capital(i + 1) && pair_is_place(i)) add(Feature('G'));
    if (i > 0 && has_capital(i - 1) && pair_is_place(i - 1)) add(Feature('H'));
    if (i > 0 && starts_capital(i - 1) && (classes(i - 1) & entities::kFirstName) != 0) {
      add(Feature('F'));
    }
  }
  if (i + 1 < n && title_or_org(i + 1, entities::kOrgWord)) add(Feature('O'));
  if (i > 0 && title_or_org(i - 1, entities::kTitleWord)) add(Feature('t'));
  info_[i].around = {static_cast<std::uint32_t>(slots_.size()), static_cast<std::uint32_t>(count)};
  slots_.insert(slots_.end(), found.begin(), found.begin() + static_cast<std::ptrdiff_t>(count));
}

namespace {
// O, PER, ORG, LOC, MISC: the index into Seen::as.
std::size_t seen_class(Tag t) { return t == kO ? 0 : (static_cast<std::size_t>(t) + 1) / 2; }

std::uint64_t nonzero(std::uint64_t key) { return key == 0 ? 1 : key; }
}  // namespace

const DocumentMemory::Seen* DocumentMemory::find(std::uint64_t key) const {
  if (table_.empty()) return nullptr;
  key = nonzero(key);
  const std::size_t mask = table_.size() - 1;
  for (std::size_t i = key & mask;; i = (i + 1) & mask) {
    if (table_[i].key == key) return &table_[i];
    if (table_[i].key == 0) return nullptr;
  }
}

DocumentMemory::Seen& DocumentMemory::at(std::uint64_t key) {
  key = nonzero(key);
  if ((used_ + 1) * 2 > table_.size()) {  // at most half full
    std::vector<Seen> old(std::max<std::size_t>(64, table_.size() * 2));
    old.swap(table_);
    used_ = 0;
    for (const Seen& s : old) {
      if (s.key != 0) at(s.key) = s;
    }
  }
  const std::size_t mask = table_.size() - 1;
  for (std::size_t i = key & mask;; i = (i + 1) & mask) {
    if (table_[i].key == key) return table_[i];
    if (table_[i].key == 0) {
      ++used_;
      table_[i].key = key;
      return table_[i];
    }
  }
}

void DocumentMemory::features(const SentenceFeatures& s, std::size_t i, ContextSlots& out) const {
  if (!s.has_capital(i)) return;
  if (lower_case_.may_contain(s.lower_hash(i))) out.push_back((Feature('L') << (s.caps_line() ? 1 : 0)).slot());
  const Seen* seen = find(s.lower_hash(i));
  if (seen == nullptr) return;
  std::size_t best = 0, total = 0;
  for (std::size_t c = 0; c < seen->as.size(); ++c) {
    total += seen->as[c];
    if (seen->as[c] > seen->as[best]) best = c;
  }
  if (total > 0) {
    const bool unanimous = seen->as[best] == total;
    out.push_back((Feature('M') << best << (unanimous ? 1 : 0)).slot());
    out.push_back((Feature('N') << best << (s.caps_line() ? 1 : 0)).slot());
  }
}

void DocumentMemory::clear() {
  if (table_.size() > 256) {
    table_ = {};  // a long document's table is not kept (nor cleared) for the next
  } else if (used_ > 0) {
    std::fill(table_.begin(), table_.end(), Seen{});
  }
  used_ = 0;
  lower_case_.clear();
}

void DocumentMemory::remember(const SentenceFeatures& s, const std::vector<Tag>& tags) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!s.has_capital(i)) {
      lower_case_.add_if(s.lower_hash(i), s.alphabetic(i));
      continue;
    }
    if (s.caps_line()) continue;  // a headline's case says nothing
    ++at(s.lower_hash(i)).as[seen_class(tags[i])];
  }
}

std::uint32_t context_slot(const SentenceFeatures& s, std::size_t i, Tag previous) {
  return (Feature('v') << previous << s.lower_hash(i)).slot();
}

void tag_features(Tag previous, Tag previous2, ContextSlots& out) {
  out.push_back((Feature('t') << previous).slot());
  out.push_back((Feature('u') << previous << previous2).slot());
}

void word_context_features(const SentenceFeatures& s, std::size_t i, Tag previous, const DocumentMemory* memory,
                           ContextSlots& out) {
  out.push_back(context_slot(s, i, previous));
  if (memory != nullptr) memory->features(s, i, out);
}

void context_features(const SentenceFeatures& s, std::size_t i, Tag previous, Tag previous2,
                      const DocumentMemory* memory, ContextSlots& out) {
  tag_features(previous, previous2, out);
  word_context_features(s, i, previous, memory, out);
}

Tagger::Tagger(const std::int16_t* weights, float scale)
    : weights_(weights), scale_(scale), trained_(kBuckets / 64) {
  static_assert(kTagCount * sizeof(std::int16_t) == 18);
  for (std::uint32_t slot = 0; slot < kBuckets; ++slot) {
    const auto* r = reinterpret_cast<const unsigned char*>(weights + static_cast<std::size_t>(slot) * kTagCount);
    std::uint64_t a = 0, b = 0;
    std::uint16_t c = 0;
    std::memcpy(&a, r, 8);
    std::memcpy(&b, r + 8, 8);
    std::memcpy(&c, r + 16, 2);
    if ((a | b | c) != 0) trained_[slot / 64] |= std::uint64_t{1} << (slot % 64);
  }
  for (std::size_t p1 = 0; p1 < kTagCount; ++p1) {
    for (std::size_t p2 = 0; p2 < kTagCount; ++p2) {
      ContextSlots slots;
      tag_features(static_cast<Tag>(p1), static_cast<Tag>(p2), slots);
      for (const std::uint32_t slot : slots.slots()) {
        for (std::size_t t = 0; t < kTagCount; ++t) tag_sums_[p1][p2][t] += row(slot)[t];
      }
    }
  }
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

namespace {

// A word's nine scores, the first eight as two vectors of four: a row's
// first eight weights are widened and added at once, the ninth on its own
// (the same integer sums in half the instructions).
struct RowSums {
  using Four = std::int32_t __attribute__((vector_size(16)));
  using Eight = std::int16_t __attribute__((vector_size(16)));
  using Widened = std::int32_t __attribute__((vector_size(32)));
  Four low{}, high{};
  std::int32_t last = 0;

  void add(const std::int16_t* row) {
    Eight w;
    std::memcpy(&w, row, sizeof w);
    const Widened wide = __builtin_convertvector(w, Widened);
    low += Four{wide[0], wide[1], wide[2], wide[3]};
    high += Four{wide[4], wide[5], wide[6], wide[7]};
    last += row[8];
  }
  // Kept packed (36 bytes, not 48) where many are kept: the cache below.
  using Packed = Scores<std::int32_t>;
  void add(const Packed& packed) {
    Four l, h;
    std::memcpy(&l, packed.data(), sizeof l);
    std::memcpy(&h, packed.data() + 4, sizeof h);
    low += l;
    high += h;
    last += packed[8];
  }
  [[nodiscard]] Packed packed() const {
    Packed p;
    std::memcpy(p.data(), &low, sizeof low);
    std::memcpy(p.data() + 4, &high, sizeof high);
    p[8] = last;
    return p;
  }
  std::int32_t operator[](std::size_t t) const { return t < 4 ? low[t] : t < 8 ? high[t - 4] : last; }
};
static_assert(kTagCount == 9);

// The summed weights of a word's own features, per word as written: names
// recur, within an article and across articles, and a word's own features
// are half of its features. Direct-mapped, one per thread.
class OwnScoreCache {
 public:
  struct Entry {
    std::uint64_t key = 0;  // SentenceFeatures::own_key; 0: empty
    RowSums::Packed scores{};
  };
  static_assert(sizeof(Entry) == 48);
  Entry& at(std::uint64_t key) { return entries_[key >> (64 - kBits)]; }

 private:
  static constexpr int kBits = 14;
  std::vector<Entry> entries_ = std::vector<Entry>(std::size_t{1} << kBits);
};

}  // namespace

void Tagger::tag(const SentenceFeatures& s, DocumentMemory* memory, std::vector<Tag>& tags) const {
  // Integer sums: the scale is common to every tag, so it does not change the choice.
  (void)scale_;
  const auto add_row = [&](std::uint32_t slot, RowSums& scores) { scores.add(row(slot)); };
  thread_local OwnScoreCache cache;
  const auto add_own = [&](std::size_t i, RowSums& scores) {
    const std::uint64_t key = s.own_key(i);
    OwnScoreCache::Entry& e = cache.at(key);
    if (e.key != key) {
      RowSums own{};
      for (const std::uint32_t slot : s.own(i)) add_row(slot, own);
      e.key = key;
      e.scores = own.packed();
    }
    scores.add(e.scores);
  };
  // The rows are scattered over megabytes, the cache over most of one:
  // what a word will read is fetched ahead, not waited for in turn. (Its
  // context features after an O word are among them.)
  const auto fetch_row = [&](std::uint32_t slot) {
    const std::int16_t* r = row(slot);  // an untrained slot's is the zero row, in cache
    __builtin_prefetch(r);
    __builtin_prefetch(r + kTagCount - 1);  // a row may cross into the next cache line
  };
  const auto fetch = [&](std::size_t j) {
    __builtin_prefetch(&cache.at(s.own_key(j)));
    for (const std::uint32_t slot : s.around(j)) fetch_row(slot);
    fetch_row(context_slot(s, j, kO));
  };
  const auto add_tags = [&](Tag p1, Tag p2, RowSums& scores) { scores.add(tag_sums_[p1][p2]); };
  decode<std::int32_t, RowSums>(s, memory, add_own, add_tags, add_row, fetch, tags);
  if (memory != nullptr) memory->remember(s, tags);
}

}  // namespace quoth::ner
