#include "highlight.h"

#include "quoth/analyzers/utf8.h"
#include "quoth/search/searcher.h"

namespace quoth {

Highlighter::Highlighter(TermAnalyzer& analyzer, std::string_view query) : analyzer_(analyzer) {
  for (const Term& t : analyzer_.analyze(query)) {
    words_.insert(t.text);
    const std::string stem = stemmer_(t.text);
    if (!stem.empty()) stem_starts_[static_cast<unsigned char>(stem.front())] = true;
    stems_.insert(stem);
  }
}

std::string Highlighter::mark(std::string_view text) const {
  if (words_.empty()) return std::string(text);
  std::string out;
  out.reserve(text.size() + 16);
  std::size_t copied = 0;  // bytes of text already in out
  std::size_t byte = 0;
  CodePointOffset cp = 0;
  const auto advance_to = [&](CodePointOffset target) {
    while (cp < target && byte < text.size()) {
      (void)decode_code_point(text, byte);
      ++cp;
    }
  };
  for (const Term& t : analyzer_.analyze(text)) {
    if (!words_.count(t.text) &&
        (t.text.empty() ||
         !(stem_starts_[static_cast<unsigned char>(t.text.front())] || t.text.front() == '\'') ||
         !stems_.count(stemmer_(t.text)))) {
      continue;
    }
    advance_to(t.span.start);
    const std::size_t start = byte;
    if (start < copied) continue;  // overlapping alternative of a word already marked
    advance_to(t.span.end);
    out.append(text.substr(copied, start - copied));
    out += kHighlightStart;
    out.append(text.substr(start, byte - start));
    out += kHighlightEnd;
    copied = byte;
  }
  out.append(text.substr(copied));
  return out;
}

}  // namespace quoth
