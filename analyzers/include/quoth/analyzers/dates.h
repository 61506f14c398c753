// Dates as news text writes them, normalised to ISO 8601 (YYYY-MM-DD). Pure.
#pragma once

#include <string>
#include <string_view>

namespace quoth {

// "15 December 2025", "December 15, 2025", "2025-12-15T10:00:00Z", "Dec. 15, 2025"
// -> "2025-12-15"; "" if not recognisably a date.
[[nodiscard]] std::string normalise_date(std::string_view text);

// 1-12 for a month's name or abbreviation ("December", "Dec", "Sept"; any
// case), else 0. Whole words only: "Jane" is not January.
[[nodiscard]] int month_number(std::string_view word);

// "YYYY-MM-DD", or "" unless 1000 <= year <= 2999 and month and day are valid.
[[nodiscard]] std::string iso_date(int year, int month, int day);

}  // namespace quoth
