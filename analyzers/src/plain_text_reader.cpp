#include "quoth/analyzers/plain_text_reader.h"

#include <array>
#include <cctype>
#include <string_view>

#include "quoth/analyzers/boilerplate.h"
#include "quoth/analyzers/dates.h"
#include "quoth/analyzers/utf8.h"

namespace quoth {
namespace {

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t\r\f\v") == std::string_view::npos;
}

std::string_view trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r\f\v");
  if (first == std::string_view::npos) return {};
  const auto last = s.find_last_not_of(" \t\r\f\v");
  return s.substr(first, last - first + 1);
}

bool starts_with_nocase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  }
  return true;
}

// "Label: value" with one of the labels (lower case, colon included).
template <std::size_t N>
std::string_view labelled(std::string_view line, const std::array<std::string_view, N>& labels) {
  for (const std::string_view label : labels) {
    if (starts_with_nocase(line, label)) return trim(line.substr(label.size()));
  }
  return {};
}

constexpr std::array<std::string_view, 5> kDateLabels = {"published:", "posted:", "updated:", "date:", "published on"};
constexpr std::array<std::string_view, 3> kSourceLabels = {"source:", "publication:", "publisher:"};
constexpr std::array<std::string_view, 3> kOriginallyPublished = {
    "this article was originally published in ", "this article was originally published by ",
    "originally published by "};
constexpr std::size_t kMetadataLines = 6;  // looked at after the title, and at the end

// "(CNN) — …", "KYIV (Reuters) - …": the agency in a dateline.
std::string_view dateline_agency(std::string_view line) {
  const auto open = line.find('(');
  if (open == std::string_view::npos || open > 40) return {};
  const auto close = line.find(')', open);
  if (close == std::string_view::npos || close - open > 30 || close == open + 1) return {};
  const std::string_view after = trim(line.substr(close + 1));
  if (!(after.starts_with("-") || after.starts_with("\u2014") || after.starts_with("\u2013"))) return {};
  const std::string_view agency = line.substr(open + 1, close - open - 1);
  return std::isupper(static_cast<unsigned char>(agency.front())) != 0 ? agency : std::string_view();
}

// The source and date that the text itself states near its start or end.
void read_stated_metadata(std::string_view body, Article& article) {
  std::vector<std::string_view> lines;
  for (std::size_t start = 0; start < body.size();) {
    std::size_t end = body.find('\n', start);
    if (end == std::string_view::npos) end = body.size();
    const std::string_view line = trim(body.substr(start, end - start));
    if (!line.empty()) lines.push_back(line);
    start = end + 1;
  }
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i >= kMetadataLines && i + kMetadataLines < lines.size()) continue;
    const std::string_view line = lines[i];
    if (article.date.empty()) {
      if (const auto value = labelled(line, kDateLabels); !value.empty()) {
        article.date = normalise_date(value);
      } else if (line.size() <= 40 || (starts_with_nocase(line, "by ") && line.size() <= 100)) {
        article.date = normalise_date(line);  // "15 December 2025", "By Jane Doe, Dec. 15, 2025"
      }
    }
    if (!article.source.empty()) continue;
    if (const auto value = labelled(line, kSourceLabels); !value.empty()) {
      article.source.assign(value);
    } else if (const auto value = labelled(line, kOriginallyPublished); !value.empty()) {
      std::string_view name = value.substr(0, value.find_first_of(".("));
      article.source.assign(trim(name));
    } else if (const auto agency = dateline_agency(line); !agency.empty() && i < kMetadataLines) {
      article.source.assign(agency);
    } else if (const auto bullet = line.find(" \u2022 "); bullet != std::string_view::npos && line.size() <= 60) {
      article.source.assign(trim(line.substr(bullet + 5)));  // "Kyiv • UNN"
    }
  }
}

// A title line longer than this is the opening paragraph of an article
// without a title: its first sentence stands in as the title.
constexpr std::size_t kLongestTitle = 200;  // bytes

// The first sentence of a paragraph, or its first kLongestTitle bytes cut at a space.
std::string_view first_sentence(std::string_view paragraph) {
  for (std::size_t i = 0; i + 1 < paragraph.size() && i < kLongestTitle; ++i) {
    if ((paragraph[i] == '.' || paragraph[i] == '?' || paragraph[i] == '!') && paragraph[i + 1] == ' ' && i > 20) {
      // Not after an abbreviation: "U.S.", "Mr.", "Dec."
      const auto word_start = paragraph.rfind(' ', i) + 1;
      const std::string_view word = paragraph.substr(word_start, i - word_start);
      if (word.size() > 3 && word.find('.') == std::string_view::npos) return paragraph.substr(0, i + 1);
    }
  }
  std::size_t cut = paragraph.rfind(' ', kLongestTitle);
  if (cut == std::string_view::npos) {
    cut = kLongestTitle;  // no space: cut between two code points
    while (cut > 0 && (static_cast<unsigned char>(paragraph[cut]) & 0xC0) == 0x80) --cut;
  }
  return paragraph.substr(0, cut);
}

}  // namespace

Article read_plain_text(std::string content) {
  Article article;
  article.text = std::move(content);
  const std::string_view text = article.text;
  read_stated_metadata(text, article);

  // The title is the first line that is neither blank nor boilerplate.
  std::size_t line_start = 0;
  while (line_start < text.size()) {
    std::size_t line_end = text.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = text.size();
    const std::string_view line = text.substr(line_start, line_end - line_start);
    if (!is_blank(line) && !is_boilerplate_line(line)) {
      const std::string_view whole = trim(line);
      const bool paragraph = whole.size() > kLongestTitle;
      const std::string_view title = paragraph ? first_sentence(whole) : whole;
      const std::size_t title_byte = static_cast<std::size_t>(title.data() - text.data());
      article.title.assign(title);
      CodePointCursor cursor(text);
      article.title_span = {cursor.at(title_byte), cursor.at(title_byte + title.size())};
      const std::size_t body_byte = paragraph ? line_start : std::min(line_end + 1, text.size());
      article.body_span = {cursor.at(body_byte), cursor.at(text.size())};
      break;
    }
    line_start = line_end + 1;
  }
  if (article.title.empty()) {
    const auto n = static_cast<CodePointOffset>(count_code_points(text));
    article.body_span = {n, n};
  }
  article.boilerplate = find_boilerplate_lines(text);
  return article;
}

}  // namespace quoth
