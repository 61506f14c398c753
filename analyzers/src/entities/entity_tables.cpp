#include "entity_tables.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <unordered_set>

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
constexpr std::array<std::string_view, 14> kFigureWords{"percent", "per", "cent", "billion", "million",
                                                        "trillion", "thousand", "point", "points", "dollars",
                                                        "euros", "pct", "cts", "hryvnias"};

}  // namespace


// Each list as a hash set, built on first use (these are asked about every word).
#define QUOTH_WORD_SET(list) \
  static const std::unordered_set<std::string_view> set(std::begin(list), std::end(list)); \
  return set.contains(w)

bool is_first_name(std::string_view w) { QUOTH_WORD_SET(kFirstNames); }
bool is_place_name(std::string_view w) { QUOTH_WORD_SET(kPlaces); }
bool is_org_word(std::string_view w) { QUOTH_WORD_SET(kOrgWords); }
bool is_org_acronym(std::string_view w) { QUOTH_WORD_SET(kOrgAcronyms); }
bool is_title_word(std::string_view w) { QUOTH_WORD_SET(kTitleWords); }
bool is_non_name_start(std::string_view w) {
  const auto in_list = [](std::string_view w) { QUOTH_WORD_SET(kNonNameStarts); };
  return in_list(w) || is_month(w) || is_weekday(w);
}
bool is_month(std::string_view w) { QUOTH_WORD_SET(kMonths); }
bool is_weekday(std::string_view w) { QUOTH_WORD_SET(kWeekdays); }
bool is_name_connector(std::string_view w) { QUOTH_WORD_SET(kConnectors); }
bool is_figure_word(std::string_view w) { QUOTH_WORD_SET(kFigureWords); }

#undef QUOTH_WORD_SET

}  // namespace quoth::entities
