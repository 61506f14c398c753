// What a search query asks for in an article's text, for snippets: its plain
// words, their stems and its phrases, read from the Xapian query the parser
// built (so exactly the terms the term analyzer made of the query, stop words
// dropped where the parser dropped them, excluded words left out). Fielded
// terms (title:, person:, dates…) are not about the text and are skipped.
// Internal to the searcher.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <string>
#include <vector>

namespace quoth {

struct QueryTerms {
  // A word and its stem belong to one clause: a text word matching either
  // counts once when passages are compared.
  struct Word {
    std::string text;  // folded, as TermAnalyzer makes it
    std::string stem;  // "" if the query gave no stem for it
    std::size_t clause = 0;
  };
  struct Phrase {
    std::vector<std::string> words;  // two or more, consecutive positions
    std::size_t clause = 0;
  };
  std::vector<Word> words;
  std::vector<Phrase> phrases;
  std::size_t clauses = 0;

  [[nodiscard]] bool empty() const { return words.empty() && phrases.empty(); }
};

// The unprefixed words, "Z" stems and phrases of `query`, positive parts only.
[[nodiscard]] QueryTerms query_terms(const Xapian::Query& query);

}  // namespace quoth
