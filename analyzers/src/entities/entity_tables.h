// Word lists of the entity recognizer (data, not logic). Internal.
#pragma once

#include <string_view>

namespace quoth::entities {

[[nodiscard]] bool is_place_name(std::string_view lower);      // gazetteer (ISO 3166 + cities)
[[nodiscard]] bool is_first_name(std::string_view lower);     // given names (npm human-names)
[[nodiscard]] bool is_org_word(std::string_view lower);        // "council", "ministry", "bank" ...
[[nodiscard]] bool is_org_acronym(std::string_view lower);     // "nato", "afp", "eu" ...
[[nodiscard]] bool is_title_word(std::string_view lower);      // "president", "spokesman" ...
[[nodiscard]] bool is_non_name_start(std::string_view lower);  // "the", "but", "he", "according" ...
[[nodiscard]] bool is_month(std::string_view lower);
[[nodiscard]] bool is_weekday(std::string_view lower);
[[nodiscard]] bool is_name_connector(std::string_view lower);  // "of", "and", "de", "van" inside names
[[nodiscard]] bool is_figure_word(std::string_view lower);     // "percent", "billion", "point" ...

}  // namespace quoth::entities
