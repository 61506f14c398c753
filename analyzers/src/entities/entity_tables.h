// Word lists of the entity recognizer (data, not logic). Internal.
//
// Every list lives in one table: word_classes() hashes a lower-case word once
// and says which lists hold it; the is_* helpers ask for one class.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace quoth::entities {

enum WordClass : std::uint16_t {
  kPlace = 1 << 0,         // gazetteer (ISO 3166 + cities)
  kFirstName = 1 << 1,     // given names (npm human-names)
  kOrgWord = 1 << 2,       // "council", "ministry", "bank" ...
  kOrgAcronym = 1 << 3,    // "nato", "afp", "eu" ...
  kTitleWord = 1 << 4,     // "president", "spokesman" ...
  kNonNameStart = 1 << 5,  // "the", "but", "he", "according" ..., months and weekdays
  kMonth = 1 << 6,
  kWeekday = 1 << 7,
  kConnector = 1 << 8,   // "of", "and", "de", "van" inside names
  kFigureWord = 1 << 9,  // "percent", "billion", "point" ...
  kDemonym = 1 << 10,     // "german", "british", "saudi" ... (beside the "-ian", "-ean", "-can" rule)
  kPluralNoun = 1 << 11,  // "sources", "officials" ...: plurals that open sentences without naming anyone
};

// The classes of a lower-case word (0 for a word in no list).
[[nodiscard]] std::uint16_t word_classes(std::string_view lower);

// A quick test before word_classes() for the title and organisation words
// alone: never false for one of them, rarely true for another word.
[[nodiscard]] bool may_be_title_or_org_word(std::string_view lower);

// A quick test before is_place_name() of a place of several words: whether
// `lower` up to its first space may be the first word of one ("new" of "new
// york"). Never false when it is, rarely true for another word.
[[nodiscard]] bool may_start_place_name(std::string_view lower);

// No name connector ("of", "von", "al" ...) is longer than this: a longer
// word is none without being looked up.
inline constexpr std::size_t kLongestConnector = 3;

// A value word_classes() never returns: for caches of it, "not looked up yet".
inline constexpr std::uint16_t kClassesNotLookedUp = 0xFFFF;

[[nodiscard]] inline bool is_place_name(std::string_view lower) { return (word_classes(lower) & kPlace) != 0; }
[[nodiscard]] inline bool is_first_name(std::string_view lower) { return (word_classes(lower) & kFirstName) != 0; }
[[nodiscard]] inline bool is_org_word(std::string_view lower) { return (word_classes(lower) & kOrgWord) != 0; }
[[nodiscard]] inline bool is_org_acronym(std::string_view lower) { return (word_classes(lower) & kOrgAcronym) != 0; }
[[nodiscard]] inline bool is_title_word(std::string_view lower) { return (word_classes(lower) & kTitleWord) != 0; }
[[nodiscard]] inline bool is_non_name_start(std::string_view lower) { return (word_classes(lower) & kNonNameStart) != 0; }
[[nodiscard]] inline bool is_month(std::string_view lower) { return (word_classes(lower) & kMonth) != 0; }
[[nodiscard]] inline bool is_weekday(std::string_view lower) { return (word_classes(lower) & kWeekday) != 0; }
[[nodiscard]] inline bool is_name_connector(std::string_view lower) { return (word_classes(lower) & kConnector) != 0; }
[[nodiscard]] inline bool is_figure_word(std::string_view lower) { return (word_classes(lower) & kFigureWord) != 0; }

}  // namespace quoth::entities
