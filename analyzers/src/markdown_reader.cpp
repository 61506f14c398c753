#include "quoth/analyzers/markdown_reader.h"

#include <cctype>
#include <string>

#include "quoth/analyzers/plain_text_reader.h"

namespace quoth {
namespace {

bool is_fence(std::string_view line) {
  const auto first = line.find_first_not_of(' ');
  return first != std::string_view::npos && (line.substr(first, 3) == "```" || line.substr(first, 3) == "~~~");
}

// Removes block markers at the start of a line: headings, quotes, list bullets.
std::string_view strip_block_markers(std::string_view line, bool& heading) {
  std::size_t i = line.find_first_not_of(' ');
  if (i == std::string_view::npos) return {};
  heading = false;
  while (i < line.size() && line[i] == '>') i = line.find_first_not_of(' ', i + 1) == std::string_view::npos ? line.size() : line.find_first_not_of(' ', i + 1);
  if (i < line.size() && line[i] == '#') {
    std::size_t j = i;
    while (j < line.size() && line[j] == '#') ++j;
    if (j == line.size() || line[j] == ' ') {
      heading = true;
      i = j;
    }
  } else if (i + 1 < line.size() && (line[i] == '-' || line[i] == '*' || line[i] == '+') && line[i + 1] == ' ') {
    i += 2;
  } else {
    std::size_t j = i;
    while (j < line.size() && line[j] >= '0' && line[j] <= '9') ++j;
    if (j > i && j + 1 < line.size() && (line[j] == '.' || line[j] == ')') && line[j + 1] == ' ') i = j + 2;
  }
  while (i < line.size() && line[i] == ' ') ++i;
  return line.substr(std::min(i, line.size()));
}

// Inline markup: emphasis and code markers, links and images (their text
// stays), HTML tags.
std::string strip_inline(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '*' || c == '`' || (c == '_' && (i == 0 || s[i - 1] == ' ' || i + 1 == s.size() || s[i + 1] == ' ' ||
                                              s[i + 1] == '_' || s[i - 1] == '_'))) {
      continue;
    }
    if (c == '!' && i + 1 < s.size() && s[i + 1] == '[') continue;
    if (c == '[') {
      const auto close = s.find(']', i);
      if (close != std::string_view::npos && close + 1 < s.size() && s[close + 1] == '(') {
        const auto paren = s.find(')', close);
        if (paren != std::string_view::npos) {
          out += strip_inline(s.substr(i + 1, close - i - 1));
          i = paren;
          continue;
        }
      }
    }
    if (c == '<') {
      const auto close = s.find('>', i);
      if (close != std::string_view::npos && close > i + 1 &&
          (std::isalpha(static_cast<unsigned char>(s[i + 1])) != 0 || s[i + 1] == '/' || s[i + 1] == '!')) {
        i = close;
        continue;
      }
    }
    out += c;
  }
  return out;
}

}  // namespace

Article read_markdown(std::string_view markdown) {
  std::string text;
  std::string title;
  bool in_fence = false;
  std::size_t start = 0;
  while (start < markdown.size()) {
    std::size_t end = markdown.find('\n', start);
    if (end == std::string_view::npos) end = markdown.size();
    std::string_view line = markdown.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    start = end + 1;
    if (is_fence(line)) {
      in_fence = !in_fence;
      continue;
    }
    if (!in_fence) {
      const auto first = line.find_first_not_of(" -=*_");
      if (first == std::string_view::npos && line.size() >= 3) continue;  // rule or setext underline
      bool heading = false;
      std::string stripped = strip_inline(strip_block_markers(line, heading));
      if (heading && title.empty()) title = stripped;
      text += stripped;
    } else {
      text += line;
    }
    text += '\n';
    if (end == markdown.size()) break;
  }
  Article article = read_plain_text(std::move(text));
  if (!title.empty()) article.title = title;
  return article;
}

}  // namespace quoth
