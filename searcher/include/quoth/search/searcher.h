// Answers queries over a quoth index: recognises the intent (who said …,
// what did S say …, who is S, quotes about …, or a plain search), runs it
// with BM25 over statements or articles, and returns plain structs for a
// presenter. Not thread-safe; one Searcher per thread (Xapian::Database is
// cheap to copy). Loads nothing heavy: no analysis model is needed to search.
#pragma once

#include <xapian.h>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "quoth/analyzers/term_analyzer.h"
#include "quoth/search/entity_lookup.h"
#include "quoth/search/intent.h"
#include "quoth/search/query_parser.h"

namespace quoth {

// Snippets and quotes mark highlighted words with these bytes; presenters
// turn them into colour or drop them. They never occur in stored text.
inline constexpr char kHighlightStart = '\x02';
inline constexpr char kHighlightEnd = '\x03';

struct ArticleRef {
  std::string id;
  std::string path;
  std::string title;
  std::string source;
  std::string date;
};

struct ArticleHit : ArticleRef {
  double score = 0;
  std::string snippet;  // with highlight markers
};

// One statement answering a question, with who said it.
struct Answer {
  std::string speaker;     // display name ("" if unknown)
  std::string speaker_id;  // entity id, "" for descriptions and unknown speakers
  std::string role;        // the speaker's role where the article states it
  bool anonymous = false;
  std::string quote;       // with highlight markers
  std::string kind;        // direct | mixed | indirect
  std::string cue;
  double score = 0;
  std::size_t statements = 1;  // statements of this speaker that matched (who said)
  ArticleRef article;
};

struct FacetValue {
  std::string value;
  std::size_t count = 0;
};

struct Facets {
  std::vector<FacetValue> people, organisations, places, sources, dates;
};

struct SearchOptions {
  unsigned limit = 10;
  bool facets = false;
};

struct SearchResults {
  std::string query;
  Intent intent;
  Xapian::doccount total = 0;  // matching articles, or statements for questions
  bool total_exact = true;     // false: `total` is Xapian's estimate
  std::vector<Answer> answers;
  std::vector<ArticleHit> hits;
  std::optional<EntityCard> entity;
  std::optional<Facets> facets;
  std::string suggestion;  // "did you mean" query, "" if none
};

class Searcher {
 public:
  explicit Searcher(Xapian::Database db);

  // Throws QuerySyntaxError for a malformed query.
  [[nodiscard]] SearchResults search(std::string_view query, const SearchOptions& options);
  [[nodiscard]] SearchResults search(std::string_view query, unsigned limit) {
    return search(query, SearchOptions{limit, false});
  }

  // Picks up changes committed since the database was opened.
  void reopen() { db_.reopen(); }
  [[nodiscard]] const Xapian::Database& database() const { return db_; }

 private:
  void search_articles(std::string_view query, const SearchOptions& options, SearchResults& out);
  void search_statements(const SearchOptions& options, SearchResults& out);
  // Statements the intent asks for (empty if it cannot be asked).
  [[nodiscard]] Xapian::Query statement_query(const Intent& intent);
  void describe_entity(SearchResults& out);
  [[nodiscard]] Xapian::Query parse(std::string_view query, std::string_view default_prefix);
  [[nodiscard]] std::vector<std::string> resolve_entity_ids(std::string_view field, std::string_view value);

  Xapian::Database db_;
  TermAnalyzer analyzer_;
  QueryParser parser_;
  EntityLookup entities_;
};

// Removes highlight markers.
[[nodiscard]] std::string plain_text(std::string_view marked);
[[nodiscard]] inline std::string plain_snippet(std::string_view snippet) { return plain_text(snippet); }

}  // namespace quoth
