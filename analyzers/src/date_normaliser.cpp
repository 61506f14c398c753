#include <array>
#include <cctype>
#include <cstdio>
#include <string>
#include <string_view>

#include "quoth/analyzers/dates.h"

namespace quoth {
namespace {

constexpr std::array<std::string_view, 12> kMonths{"january", "february", "march",     "april",   "may",      "june",
                                                   "july",    "august",   "september", "october", "november", "december"};

}  // namespace

int month_number(std::string_view word) {
  if (word.size() < 3) return 0;
  std::string lower;
  for (const char c : word) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::size_t i = 0; i < kMonths.size(); ++i) {
    if (kMonths[i] == lower || kMonths[i].substr(0, 3) == lower || (i == 8 && lower == "sept")) {
      return static_cast<int>(i) + 1;
    }
  }
  return 0;
}

std::string iso_date(int year, int month, int day) {
  if (year < 1000 || year > 2999 || month < 1 || month > 12 || day < 1 || day > 31) return {};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::string normalise_date(std::string_view text) {
  // ISO first: YYYY-MM-DD at the start (time and zone ignored).
  if (text.size() >= 10 && std::isdigit(static_cast<unsigned char>(text[0])) && text[4] == '-' && text[7] == '-') {
    try {
      return iso_date(std::stoi(std::string(text.substr(0, 4))), std::stoi(std::string(text.substr(5, 2))),
                    std::stoi(std::string(text.substr(8, 2))));
    } catch (const std::exception&) {
      return {};
    }
  }
  // Otherwise words: a month name, a day (1-31) and a year (4 digits), in any order.
  int year = 0, month = 0, day = 0;
  std::string word;
  const auto take = [&] {
    if (word.empty()) return;
    if (std::isdigit(static_cast<unsigned char>(word[0]))) {
      const int n = std::atoi(word.c_str());
      if (word.size() == 4 && !year) {
        year = n;
      } else if (word.size() <= 2 && !day) {
        day = n;
      }
    } else if (!month) {
      month = month_number(word);
    }
    word.clear();
  };
  for (const char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      word += c;
    } else {
      take();
    }
  }
  take();
  return iso_date(year, month, day);
}

}  // namespace quoth
