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
  ByteCursor bytes(text);
  for (const Term& t : analyzer_.analyze(text)) {
    if (!words_.count(t.text) &&
        (t.text.empty() ||
         !(stem_starts_[static_cast<unsigned char>(t.text.front())] || t.text.front() == '\'') ||
         !stems_.count(stemmer_(t.text)))) {
      continue;
    }
    const std::size_t start = bytes.at(t.span.start);
    if (start < copied) continue;  // overlapping alternative of a word already marked
    const std::size_t end = bytes.at(t.span.end);
    out.append(text.substr(copied, start - copied));
    out += kHighlightStart;
    out.append(text.substr(start, end - start));
    out += kHighlightEnd;
    copied = end;
  }
  out.append(text.substr(copied));
  return out;
}

}  // namespace quoth
