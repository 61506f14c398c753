// Parses the user's query language into a Xapian::Query, analysing every
// word with the same TermAnalyzer that built the index.
//
//   words              ranked by BM25 (any word may match; more is better)
//   "a phrase"         exact phrase (straight or curly quotes)
//   a AND b, a OR b    boolean operators (upper case); AND binds tighter
//   a NOT b, -word     exclusion; +word requires the word
//   ( ... )            grouping
//   title:word         field search (title:"a phrase" too); see schema.h
//
// Malformed queries throw QuerySyntaxError with the byte position of the
// problem. Not thread-safe (holds the analyzer).
#pragma once

#include <xapian.h>

#include <stdexcept>
#include <string>
#include <string_view>

#include "quoth/analyzers/term_analyzer.h"

namespace quoth {

class QuerySyntaxError : public std::runtime_error {
 public:
  QuerySyntaxError(const std::string& message, std::size_t position)
      : std::runtime_error(message), position_(position) {}
  [[nodiscard]] std::size_t position() const { return position_; }

 private:
  std::size_t position_;
};

class QueryParser {
 public:
  explicit QueryParser(TermAnalyzer& analyzer) : analyzer_(analyzer) {}

  // An empty (or all-punctuation) query gives an empty Xapian::Query.
  [[nodiscard]] Xapian::Query parse(std::string_view query);

  // The query's own words, folded, for highlighting.
  [[nodiscard]] std::vector<std::string> highlight_terms(std::string_view query);

 private:
  TermAnalyzer& analyzer_;
};

}  // namespace quoth
