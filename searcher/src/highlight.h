// Marks the words of a text that match a query's words (or their stems) with
// kHighlightStart/kHighlightEnd. Internal to the searcher.
#pragma once

#include <xapian.h>

#include <set>
#include <string>
#include <string_view>

#include "quoth/analyzers/term_analyzer.h"

namespace quoth {

class Highlighter {
 public:
  Highlighter(TermAnalyzer& analyzer, std::string_view query);
  [[nodiscard]] std::string mark(std::string_view text) const;
  [[nodiscard]] bool empty() const { return words_.empty(); }

 private:
  TermAnalyzer& analyzer_;
  Xapian::Stem stemmer_{"english"};
  std::set<std::string> words_, stems_;
  bool stem_starts_[256] = {};  // first bytes of stems_: only words starting so are stemmed
};

}  // namespace quoth
