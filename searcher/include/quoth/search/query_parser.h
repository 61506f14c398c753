// Parses the user's query language into a Xapian::Query, analysing every
// word with the same TermAnalyzer that built the index.
//
//   words              ranked by BM25 (any word may match; more is better);
//                      a word also matches its English stem, at lower weight
//   "a phrase"         exact phrase (straight or curly quotes)
//   a AND b, a OR b    boolean operators (upper case); AND binds tighter
//   a NOT b, -word     exclusion; +word requires the word
//   ( ... )            grouping
//   FIELD:word         field search, FIELD:"a phrase" too (schema::kQueryFields):
//                      title source person org place speaker quote
//   date:2025-12-01..2025-12-31, date:2025-12, date:2025-12-15
//
// person:/org:/place:/speaker: values also match the ids of the entities an
// EntityResolver finds for them, so any spelling of a name finds all.
// Malformed queries throw QuerySyntaxError with the byte position of the
// problem. Not thread-safe (holds the analyzer).
#pragma once

#include <xapian.h>

#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

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

// Given a field name and its value as written, the boolean id terms to OR in.
using EntityResolver = std::function<std::vector<std::string>(std::string_view field, std::string_view value)>;

class QueryParser {
 public:
  explicit QueryParser(TermAnalyzer& analyzer) : analyzer_(analyzer) {}

  // Prefix for words outside any field ("" searches articles' text;
  // schema::prefix::kQuoteWord searches statements).
  void set_default_prefix(std::string_view prefix) { default_prefix_ = prefix; }
  void set_entity_resolver(EntityResolver resolver) { resolver_ = std::move(resolver); }

  // An empty (or all-punctuation) query gives an empty Xapian::Query.
  [[nodiscard]] Xapian::Query parse(std::string_view query);

  // The query's own words, folded, for highlighting.
  [[nodiscard]] std::vector<std::string> highlight_terms(std::string_view query);

 private:
  TermAnalyzer& analyzer_;
  std::string default_prefix_;
  EntityResolver resolver_;
};

}  // namespace quoth
