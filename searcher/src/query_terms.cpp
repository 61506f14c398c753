#include "query_terms.h"

#include <algorithm>

#include "quoth/index/schema.h"

namespace quoth {
namespace {

using Q = Xapian::Query;

// Index terms start with a lower-case letter, a digit or a non-ASCII byte;
// prefixes are upper case.
bool unprefixed(const std::string& term) {
  return !term.empty() && !(term.front() >= 'A' && term.front() <= 'Z');
}

std::string leaf_term(const Q& q) { return *q.get_terms_begin(); }

class Collector {
 public:
  explicit Collector(QueryTerms& out) : out_(out) {}

  void walk(const Q& q) {
    switch (q.get_type()) {
      case Q::LEAF_TERM:
        add_term(leaf_term(q));
        break;
      case Q::OP_PHRASE:
        add_phrase(q);
        break;
      case Q::OP_AND_NOT:  // what is excluded is not shown
      case Q::OP_FILTER:   // what filters is not about the text
        walk(q.get_subquery(0));
        break;
      case Q::OP_OR:
        if (is_word_or_stem(q)) {
          add_word_and_stem(q);
          break;
        }
        [[fallthrough]];
      default:
        for (std::size_t k = 0; k < q.get_num_subqueries(); ++k) walk(q.get_subquery(k));
    }
  }

 private:
  // The parser's single word: OR(word, SCALE_WEIGHT(Z stem)).
  static bool is_word_or_stem(const Q& q) {
    if (q.get_num_subqueries() != 2) return false;
    const Q word = q.get_subquery(0), scaled = q.get_subquery(1);
    if (word.get_type() != Q::LEAF_TERM || scaled.get_type() != Q::OP_SCALE_WEIGHT) return false;
    const Q stem = scaled.get_subquery(0);
    return stem.get_type() == Q::LEAF_TERM && leaf_term(stem).starts_with(schema::prefix::kStem) &&
           unprefixed(leaf_term(word));
  }

  void add_word_and_stem(const Q& q) {
    const std::string word = leaf_term(q.get_subquery(0));
    const std::string stem =
        leaf_term(q.get_subquery(1).get_subquery(0)).substr(schema::prefix::kStem.size());
    if (!unprefixed(stem)) return;
    out_.words.push_back({word, stem, out_.clauses++});
  }

  void add_term(const std::string& term) {
    if (unprefixed(term)) {
      out_.words.push_back({term, "", out_.clauses++});
    } else if (term.starts_with(schema::prefix::kStem) &&
               unprefixed(term.substr(schema::prefix::kStem.size()))) {
      out_.words.push_back({"", term.substr(schema::prefix::kStem.size()), out_.clauses++});
    }
  }

  void add_phrase(const Q& q) {
    QueryTerms::Phrase phrase;
    for (std::size_t k = 0; k < q.get_num_subqueries(); ++k) {
      const Q part = q.get_subquery(k);
      if (part.get_type() != Q::LEAF_TERM || !unprefixed(leaf_term(part))) return;
      phrase.words.push_back(leaf_term(part));
    }
    if (phrase.words.empty()) return;
    phrase.clause = out_.clauses++;
    out_.phrases.push_back(std::move(phrase));
  }

  QueryTerms& out_;
};

}  // namespace

QueryTerms query_terms(const Xapian::Query& query) {
  QueryTerms out;
  if (!query.empty()) Collector(out).walk(query);
  return out;
}

}  // namespace quoth
