// Runs ranked article searches over a quoth index: parses the query with the
// shared analyzer, ranks with BM25 and makes highlighted snippets.
// Not thread-safe; one Searcher per thread (Xapian::Database is cheap to copy).
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

#include "quoth/analyzers/term_analyzer.h"
#include "quoth/search/query_parser.h"

namespace quoth {

// Snippets mark highlighted words with these bytes; presenters turn them into
// colour or drop them. They never occur in stored text (control characters).
inline constexpr char kHighlightStart = '\x02';
inline constexpr char kHighlightEnd = '\x03';

struct ArticleHit {
  std::string id;
  std::string path;
  std::string title;
  std::string source;
  std::string date;
  double score = 0;
  std::string snippet;  // with kHighlightStart/kHighlightEnd markers
};

struct SearchResults {
  std::string query;
  Xapian::doccount total = 0;  // matching articles (estimated for large sets)
  std::vector<ArticleHit> hits;
};

class Searcher {
 public:
  explicit Searcher(Xapian::Database db);

  // Throws QuerySyntaxError for a malformed query.
  [[nodiscard]] SearchResults search(std::string_view query, unsigned limit);

 private:
  Xapian::Database db_;
  TermAnalyzer analyzer_;
  QueryParser parser_;
};

// Removes highlight markers.
[[nodiscard]] std::string plain_snippet(std::string_view snippet);

}  // namespace quoth
