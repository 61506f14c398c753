#include "quoth/search/query_parser.h"

#include <algorithm>

#include "query_lexer.h"
#include "quoth/index/schema.h"

namespace quoth {
namespace {

using query::Lexeme;
using query::LexemeType;

std::string_view field_prefix(const std::string& field) {
  for (const auto& f : schema::kQueryFields) {
    if (f.name == field) return f.prefix;
  }
  return {};
}

const char* describe(LexemeType t) {
  switch (t) {
    case LexemeType::And: return "AND";
    case LexemeType::Or: return "OR";
    case LexemeType::Not: return "NOT";
    case LexemeType::Close: return "')'";
    case LexemeType::End: return "the end of the query";
    default: return "this";
  }
}

// A clause and whether it was marked +required or -excluded.
struct Signed {
  Xapian::Query query;
  int sign = 0;  // +1 required, -1 excluded, 0 plain
};

class Parser {
 public:
  Parser(std::vector<Lexeme> tokens, TermAnalyzer& analyzer)
      : tokens_(std::move(tokens)), analyzer_(analyzer) {}

  Xapian::Query parse_all() {
    Xapian::Query q = or_expr();
    if (peek().type == LexemeType::Close) {
      throw QuerySyntaxError("unmatched ')'", peek().position);
    }
    return q;
  }

 private:
  const Lexeme& peek() const { return tokens_[pos_]; }
  const Lexeme& next() { return tokens_[pos_++]; }

  static bool starts_operand(LexemeType t) {
    return t == LexemeType::Word || t == LexemeType::Phrase || t == LexemeType::Open ||
           t == LexemeType::Plus || t == LexemeType::Minus;
  }

  void expect_operand(const Lexeme& op) {
    if (!starts_operand(peek().type)) {
      throw QuerySyntaxError(std::string(describe(op.type)) + " needs a term after it, found " +
                                 describe(peek().type),
                             peek().position);
    }
  }

  // Clauses joined by OR or by juxtaposition: BM25-ranked, any may match;
  // +required and -excluded clauses filter.
  Xapian::Query or_expr() {
    std::vector<Xapian::Query> optional, required, excluded;
    bool first = true;
    while (true) {
      const Lexeme& t = peek();
      if (t.type == LexemeType::Or) {
        if (first) throw QuerySyntaxError("OR needs a term before it", t.position);
        next();
        expect_operand(t);
        continue;
      }
      if (t.type == LexemeType::And || t.type == LexemeType::Not) {
        throw QuerySyntaxError(std::string(describe(t.type)) + " needs a term before it",
                               t.position);
      }
      if (!starts_operand(t.type)) break;
      Signed clause = and_expr();
      first = false;
      if (clause.query.empty()) continue;
      (clause.sign > 0 ? required : clause.sign < 0 ? excluded : optional).push_back(clause.query);
    }
    Xapian::Query positive;
    const Xapian::Query any(Xapian::Query::OP_OR, optional.begin(), optional.end());
    if (!required.empty()) {
      positive = Xapian::Query(Xapian::Query::OP_AND, required.begin(), required.end());
      if (!optional.empty()) positive = Xapian::Query(Xapian::Query::OP_AND_MAYBE, positive, any);
    } else {
      positive = any;
    }
    if (excluded.empty()) return positive;
    if (positive.empty()) positive = Xapian::Query::MatchAll;
    return Xapian::Query(Xapian::Query::OP_AND_NOT, positive,
                         Xapian::Query(Xapian::Query::OP_OR, excluded.begin(), excluded.end()));
  }

  Signed and_expr() {
    Signed left = not_expr();
    while (peek().type == LexemeType::And) {
      const Lexeme& op = next();
      expect_operand(op);
      Signed right = not_expr();
      left = {combine_and(left, right), left.sign > 0 || right.sign > 0 ? 1 : 0};
    }
    return left;
  }

  static Xapian::Query combine_and(const Signed& a, const Signed& b) {
    if (a.query.empty()) return b.sign < 0 ? Xapian::Query() : b.query;
    if (b.query.empty()) return a.query;
    if (b.sign < 0) return Xapian::Query(Xapian::Query::OP_AND_NOT, a.query, b.query);
    if (a.sign < 0) return Xapian::Query(Xapian::Query::OP_AND_NOT, b.query, a.query);
    return Xapian::Query(Xapian::Query::OP_AND, a.query, b.query);
  }

  Signed not_expr() {
    Signed left = unary();
    while (peek().type == LexemeType::Not) {
      const Lexeme& op = next();
      expect_operand(op);
      Signed right = unary();
      if (right.query.empty()) continue;
      Xapian::Query base = left.query.empty() ? Xapian::Query::MatchAll : left.query;
      left.query = Xapian::Query(Xapian::Query::OP_AND_NOT, base, right.query);
    }
    return left;
  }

  Signed unary() {
    if (peek().type == LexemeType::Plus || peek().type == LexemeType::Minus) {
      const int sign = next().type == LexemeType::Plus ? 1 : -1;
      return {primary(), sign};
    }
    return {primary(), 0};
  }

  Xapian::Query primary() {
    const Lexeme& t = next();
    switch (t.type) {
      case LexemeType::Open: {
        Xapian::Query inner = or_expr();
        if (peek().type != LexemeType::Close) {
          throw QuerySyntaxError("missing ')' for the '(' here", t.position);
        }
        next();
        return inner;
      }
      case LexemeType::Word:
      case LexemeType::Phrase:
        return terms_query(t);
      default:
        throw QuerySyntaxError(std::string("expected a term, found ") + describe(t.type),
                               t.position);
    }
  }

  // A word that analyses into several terms ("peace-plan") is a phrase too.
  Xapian::Query terms_query(const Lexeme& t) {
    const std::string prefix(field_prefix(t.field));
    std::vector<Xapian::Query> parts;
    for (const Term& term : analyzer_.analyze(t.text)) {
      parts.emplace_back(prefix + term.text, 1, term.position + 1);
    }
    if (parts.empty()) return {};
    if (parts.size() == 1) return parts.front();
    return Xapian::Query(Xapian::Query::OP_PHRASE, parts.begin(), parts.end(),
                         static_cast<Xapian::termcount>(parts.size()));
  }

  std::vector<Lexeme> tokens_;
  std::size_t pos_ = 0;
  TermAnalyzer& analyzer_;
};

}  // namespace

Xapian::Query QueryParser::parse(std::string_view query) {
  return Parser(query::lex(query), analyzer_).parse_all();
}

std::vector<std::string> QueryParser::highlight_terms(std::string_view query) {
  std::vector<std::string> words;
  for (const Lexeme& t : query::lex(query)) {
    if (t.type != LexemeType::Word && t.type != LexemeType::Phrase) continue;
    for (Term& term : analyzer_.analyze(t.text)) words.push_back(std::move(term.text));
  }
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

}  // namespace quoth
