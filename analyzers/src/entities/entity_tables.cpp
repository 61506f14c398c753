#include "entity_tables.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <span>
#include <string_view>
#include <vector>

#include "bloom_filter.h"

namespace quoth::entities {
namespace {

constexpr std::string_view kPlaces[] = {
#include "places_data.inc"
};
constexpr std::string_view kFirstNames[] = {
#include "first_names_data.inc"
};

constexpr std::array<std::string_view, 62> kOrgWords{
    "council", "ministry", "party", "bank", "agency", "union", "commission", "committee", "company", "inc",
    "corp", "corporation", "group", "association", "institute", "university", "court", "parliament", "congress",
    "senate", "army", "forces", "police", "department", "office", "administration", "government", "kremlin",
    "times", "post", "journal", "news", "network", "foundation", "fund", "organization", "organisation",
    "federation", "league", "club", "airlines", "motors", "bureau", "service", "authority", "board", "assembly",
    "reuters", "axios", "bloomberg", "guardian", "telegraph", "press", "house", "pentagon", "cabinet",
    "ltd", "plc", "co", "exchange", "reserve", "nations"};

constexpr std::array<std::string_view, 38> kOrgAcronyms{
    "nato", "eu", "un", "afp", "ap", "wsj", "iaea", "cnn", "bbc", "fbi", "cia", "opec", "imf", "who",
    "wto", "nbc", "cbs", "abc", "fox", "msnbc", "gop", "sec", "fed", "ecb", "osce", "g7", "g20", "kgb",
    "fsb", "sbu", "nasa", "dnc", "rnc", "aclu", "npr", "pbs", "gm", "ibm"};

constexpr std::array<std::string_view, 56> kTitleWords{
    "president", "chancellor", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "envoy",
    "adviser", "advisor", "aide", "ambassador", "general", "senator", "sen", "governor", "gov", "mayor",
    "chairman", "chairwoman", "director", "chief", "leader", "premier", "commander", "head", "negotiator",
    "representative", "rep", "king", "queen", "pope", "judge", "lawyer", "economist", "analyst",
    "correspondent", "reporter", "editor", "mr", "mrs", "ms", "dr", "prof", "lt", "col", "gen", "sgt",
    "vice", "deputy", "candidate", "nominee", "speaker", "founder", "ceo", "associate"};

constexpr std::array<std::string_view, 92> kNonNameStarts{
    "the", "a", "an", "in", "on", "at", "but", "and", "or", "as", "he", "she", "it", "they", "we", "i",
    "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "according", "after",
    "before", "when", "while", "if", "for", "with", "from", "by", "to", "of", "so", "yet", "also", "even",
    "meanwhile", "however", "still", "then", "there", "here", "what", "who", "why", "how", "where", "some",
    "many", "most", "all", "both", "each", "every", "no", "not", "one", "asked", "among", "during", "since",
    "under", "until", "although", "despite", "speaking", "read", "sign", "photo", "share", "today", "last",
    "next", "regarding", "concerning", "following", "including", "amid", "against", "without", "through",
    "about", "instead", "unlike", "like"};

constexpr std::array<std::string_view, 12> kMonths{"january", "february", "march", "april", "may", "june",
                                                   "july", "august", "september", "october", "november",
                                                   "december"};
constexpr std::array<std::string_view, 7> kWeekdays{"monday", "tuesday", "wednesday", "thursday", "friday",
                                                    "saturday", "sunday"};
constexpr std::array<std::string_view, 12> kConnectors{"of", "and", "for", "de", "van", "von", "der", "al",
                                                       "bin", "la", "le", "du"};
static_assert(std::all_of(kConnectors.begin(), kConnectors.end(),
                         [](std::string_view w) { return w.size() <= kLongestConnector; }));
constexpr std::array<std::string_view, 14> kFigureWords{"percent", "per", "cent", "billion", "million",
                                                        "trillion", "thousand", "point", "points", "dollars",
                                                        "euros", "pct", "cts", "hryvnias"};

constexpr std::array<std::string_view, 29> kDemonyms{"german", "french", "western", "eastern", "northern", "southern",
                                                    "british", "chinese", "japanese", "dutch", "swiss", "greek",
                                                    "thai", "turkish", "polish", "irish", "spanish", "danish",
                                                    "swedish", "finnish", "czech", "arab", "israeli", "iraqi",
                                                    "pakistani", "saudi", "kuwaiti", "qatari", "yemeni"};
constexpr std::array<std::string_view, 15> kPluralNouns{"sources", "officials", "negotiators", "analysts", "experts",
                                                       "critics", "lawmakers", "authorities", "residents", "people",
                                                       "leaders", "diplomats", "observers", "investors", "traders"};

// One open-addressing table over every list: a word is hashed and compared
// once, whatever it is asked about (the recognizer asks of every word).
class Lexicon {
 public:
  Lexicon() {
    std::size_t total = 0;
    for (const auto& [list, classes] : lists()) {
      total += list.size();
      for (const std::string_view w : list) longest_ = std::max(longest_, w.size());
    }
    std::size_t capacity = 1;
    while (capacity < total * 2) capacity <<= 1;
    slots_.resize(capacity);
    words_.resize(capacity);
    mask_ = capacity - 1;
    for (const auto& [list, classes] : lists()) {
      for (const std::string_view w : list) insert(w, classes);
    }
    for (const auto& list : {std::span<const std::string_view>(kTitleWords), std::span<const std::string_view>(kOrgWords)}) {
      for (const std::string_view w : list) titles_and_org_words_.add(hash(w));
    }
    for (const std::string_view place : kPlaces) {
      const std::size_t space = place.find(' ');
      if (space != std::string_view::npos) place_name_starts_.add(hash(place.substr(0, space)));
    }
  }

  [[nodiscard]] bool may_start_place_name(std::string_view w) const {
    return !w.empty() && place_name_starts_.may_contain(hash(w.substr(0, w.find(' '))));
  }

  [[nodiscard]] bool may_be_title_or_org_word(std::string_view w) const {
    return !w.empty() && w.size() <= longest_ && titles_and_org_words_.may_contain(hash(w));
  }

  [[nodiscard]] std::uint16_t classes(std::string_view w) const {
    if (w.empty() || w.size() > longest_) return 0;
    const std::uint64_t h = hash(w);
    if (!filter_.may_contain(h)) return 0;
    const auto tag = static_cast<std::uint32_t>(h >> 32);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.classes == 0) return 0;
      if (s.tag == tag && words_[i] == w) return s.classes;
    }
  }

 private:
  // Eight bytes a slot, so the table stays in cache; the word itself is
  // compared only when the hash's high half matches.
  struct Slot {
    std::uint32_t tag = 0;
    std::uint16_t classes = 0;  // 0: an empty slot
  };
  struct List {
    std::span<const std::string_view> words;
    std::uint16_t classes;
  };

  static std::array<List, 12> lists() {
    return {{{kPlaces, kPlace},
             {kFirstNames, kFirstName},
             {kOrgWords, kOrgWord},
             {kOrgAcronyms, kOrgAcronym},
             {kTitleWords, kTitleWord},
             {kNonNameStarts, kNonNameStart},
             {kMonths, static_cast<std::uint16_t>(kMonth | kNonNameStart)},
             {kWeekdays, static_cast<std::uint16_t>(kWeekday | kNonNameStart)},
             {kConnectors, kConnector},
             {kFigureWords, kFigureWord},
             {kDemonyms, kDemonym},
             {kPluralNouns, kPluralNoun}}};
  }

  // A hash of up to eight bytes at a time (the table compares words, so any
  // hash will do; this one costs the same for every short word).
  static std::uint64_t load(const char* p, std::size_t n) {  // n <= 8 bytes, little-endian
    std::uint64_t x = 0;
    if (n >= 4) {
      std::uint32_t a = 0, b = 0;
      std::memcpy(&a, p, 4);
      std::memcpy(&b, p + n - 4, 4);  // overlapping when n < 8
      x = a | static_cast<std::uint64_t>(b) << 32;
    } else if (n > 0) {
      x = static_cast<unsigned char>(p[0]) | static_cast<std::uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8 |
          static_cast<std::uint64_t>(static_cast<unsigned char>(p[n - 1])) << 16;
    }
    return x;
  }
  static std::uint64_t hash(std::string_view w) {
    std::uint64_t h = 0x9E3779B97F4A7C15ull * (w.size() + 1);
    const char* p = w.data();
    std::size_t n = w.size();
    for (; n > 8; p += 8, n -= 8) {
      h = (h ^ load(p, 8)) * 0xFF51AFD7ED558CCDull;
      h ^= h >> 32;
    }
    h = (h ^ load(p, n)) * 0xC4CEB9FE1A85EC53ull;
    return h ^ (h >> 29);
  }

  void insert(std::string_view w, std::uint16_t classes) {
    const std::uint64_t h = hash(w);
    filter_.add(h);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      Slot& s = slots_[i];
      if (s.classes == 0) {
        s.tag = static_cast<std::uint32_t>(h >> 32);
        words_[i] = w;
      } else if (words_[i] != w) {
        continue;
      }
      s.classes |= classes;
      return;
    }
  }

  std::vector<Slot> slots_;
  std::vector<std::string_view> words_;  // beside slots_
  // Most words are in no list: they are turned away here, in the first-level cache.
  BloomFilter<std::size_t{1} << 17> filter_;
  // The title and organisation words alone: three other words in a thousand
  // pass (the tagger asks it of every scored word's neighbours).
  BloomFilter<4096> titles_and_org_words_;
  // The first words of the places of several words ("new" of "new york"):
  // the tagger asks whether each pair of capitalised words is a place.
  BloomFilter<16384> place_name_starts_;
  std::size_t mask_ = 0, longest_ = 0;
};

const Lexicon& lexicon() {
  static const Lexicon lexicon;
  return lexicon;
}

}  // namespace

std::uint16_t word_classes(std::string_view lower) { return lexicon().classes(lower); }

bool may_be_title_or_org_word(std::string_view lower) { return lexicon().may_be_title_or_org_word(lower); }

bool may_start_place_name(std::string_view lower) { return lexicon().may_start_place_name(lower); }

}  // namespace quoth::entities
