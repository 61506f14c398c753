#include "quoth/analyzers/boilerplate.h"

#include <array>
#include <cctype>
#include <string>

#include "quoth/analyzers/utf8.h"

namespace quoth {
namespace {

// Openings of boilerplate lines, lower case, compared after leading spaces
// and bullets. A line must also be short: a paragraph of reporting that
// happens to begin "Share" is not furniture.
constexpr std::array<std::string_view, 34> kOpenings = {
    "this article was originally published", "suggested reading", "\u2122", "the-cnn-wire",
    "read also",      "read more",        "also read",        "see also",     "related:",
    "related articles", "related stories", "recommended:",     "more:",        "watch:",
    "listen:",        "sign up",          "subscribe",        "share this",   "share on",
    "share:",         "follow us",        "follow the",       "click here",   "photo:",
    "photo by",       "image:",           "image credit",     "picture:",     "(photo",
    "copyright",      "©",                "all rights reserved", "advertisement", "continue reading"};

constexpr std::size_t kLongestBoilerplate = 300;  // bytes

std::string lower_prefix(std::string_view line, std::size_t n) {
  std::string out;
  for (const char c : line.substr(0, n)) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

bool is_boilerplate_line(std::string_view line) {
  while (!line.empty() && (line.front() == ' ' || line.front() == '\t' || line.front() == '*' || line.front() == '-' ||
                           line.front() == '>')) {
    line.remove_prefix(1);
  }
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t')) line.remove_suffix(1);
  if (line.empty() || line.size() > kLongestBoilerplate) return false;
  const std::string head = lower_prefix(line, 48);
  for (const std::string_view opening : kOpenings) {
    if (head.starts_with(opening)) return true;
  }
  return false;
}

std::vector<Span> find_boilerplate_lines(std::string_view text, CodePointOffset from) {
  std::vector<Span> spans;
  CodePointCursor cursor(text);
  std::size_t start = byte_offset_of(text, from);
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    if (is_boilerplate_line(text.substr(start, end - start))) spans.push_back({cursor.at(start), cursor.at(end)});
    start = end + 1;
  }
  return spans;
}

}  // namespace quoth
