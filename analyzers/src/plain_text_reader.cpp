#include "quoth/analyzers/plain_text_reader.h"

#include <string_view>

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

}  // namespace

Article read_plain_text(std::string content) {
  Article article;
  article.text = std::move(content);
  const std::string_view text = article.text;

  std::size_t line_start = 0;
  while (line_start < text.size()) {
    std::size_t line_end = text.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = text.size();
    const std::string_view line = text.substr(line_start, line_end - line_start);
    if (!is_blank(line)) {
      const std::string_view title = trim(line);
      const std::size_t title_byte = static_cast<std::size_t>(title.data() - text.data());
      article.title.assign(title);
      CodePointCursor cursor(text);
      article.title_span = {cursor.at(title_byte), cursor.at(title_byte + title.size())};
      article.body_span = {cursor.at(std::min(line_end + 1, text.size())),
                           cursor.at(text.size())};
      return article;
    }
    line_start = line_end + 1;
  }
  const auto n = static_cast<CodePointOffset>(count_code_points(text));
  article.body_span = {n, n};
  return article;
}

}  // namespace quoth
