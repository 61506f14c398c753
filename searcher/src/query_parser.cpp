#include "quoth/search/query_parser.h"

#include <algorithm>

#include "query_lexer.h"
#include "stop_words.h"
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

// How fielded and unfielded words become terms.
struct TermRules {
  TermAnalyzer& analyzer;
  std::string_view default_prefix;
  const EntityResolver& resolver;
};

class Parser {
 public:
  Parser(std::vector<Lexeme> tokens, const TermRules& rules)
      : tokens_(std::move(tokens)), rules_(rules), stemmer_("english") {}

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
  // +required and -excluded clauses filter. Plain stop words are dropped
  // when other clauses rank (stop_words.h).
  Xapian::Query or_expr() {
    std::vector<Xapian::Query> optional, required, excluded, stop;
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
      const std::size_t start = pos_;
      Signed clause = and_expr();
      first = false;
      if (clause.query.empty()) continue;
      const Lexeme& only = tokens_[start];
      const bool stop_word = pos_ == start + 1 && only.type == LexemeType::Word && only.field.empty() &&
                             is_stop_word(only.text);
      (clause.sign > 0 ? required : clause.sign < 0 ? excluded : stop_word ? stop : optional).push_back(clause.query);
    }
    if (optional.empty() && required.empty()) optional = std::move(stop);
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
  // A single word also matches its stem, at lower weight; phrases are exact.
  Xapian::Query terms_query(const Lexeme& t) {
    if (t.field == "date") return date_query(t);
    const std::string prefix(t.field.empty() ? rules_.default_prefix : field_prefix(t.field));
    // Words make a phrase; a word's unaccented form stands in for it (a
    // document has that form at the same position whether or not it wrote
    // the accents); a date the words spell is an alternative to the phrase.
    std::vector<Xapian::Query> parts;
    std::vector<Xapian::Query> dates;
    const auto terms = rules_.analyzer.analyze(t.text);
    const bool one_word = t.type == LexemeType::Word &&
                          std::count_if(terms.begin(), terms.end(), [](const Term& x) { return x.kind == TermKind::Word; }) == 1;
    for (const Term& term : terms) {
      const Xapian::Query q(prefix + term.text, 1, term.position + 1);
      switch (term.kind) {
        case TermKind::Word: parts.push_back(q); break;
        case TermKind::Unaccented: parts.back() = one_word ? Xapian::Query(Xapian::Query::OP_OR, parts.back(), q) : q; break;
        case TermKind::Date: dates.push_back(q); break;
      }
    }
    Xapian::Query q;
    if (parts.size() == 1 && t.type == LexemeType::Word) {
      const std::string stem = stemmer_(terms.front().text);
      q = stem.empty() ? parts.front()
                       : Xapian::Query(Xapian::Query::OP_OR, parts.front(),
                                       Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                                                     Xapian::Query("Z" + prefix + stem), kStemWeight));
    } else if (parts.size() == 1) {
      q = parts.front();
    } else if (!parts.empty()) {
      q = Xapian::Query(Xapian::Query::OP_PHRASE, parts.begin(), parts.end(),
                        static_cast<Xapian::termcount>(parts.size()));
    }
    if (dates.size() == 1 && terms.size() > 1) q = Xapian::Query(Xapian::Query::OP_OR, q, dates.front());
    if (!t.field.empty() && rules_.resolver) {
      const auto ids = rules_.resolver(t.field, t.text);
      if (!ids.empty()) {
        Xapian::Query any_id(Xapian::Query::OP_OR, ids.begin(), ids.end());
        q = q.empty() ? any_id : Xapian::Query(Xapian::Query::OP_OR, q, any_id);
      }
    }
    return q;
  }

  // date:2025-12-01..2025-12-31, date:2025-12, date:2025, date:2025-12-15
  Xapian::Query date_query(const Lexeme& t) const {
    const auto range = t.text.find("..");
    std::string from = range == std::string::npos ? t.text : t.text.substr(0, range);
    std::string to = range == std::string::npos ? t.text : t.text.substr(range + 2);
    const auto low = date_bound(from, false, t.position);
    const auto high = date_bound(to, true, t.position);
    if (low.empty() && high.empty()) throw QuerySyntaxError("date: needs a date such as 2025-12-15", t.position);
    if (low.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_LE, schema::slot::kDate, high);
    if (high.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::slot::kDate, low);
    if (high < low) throw QuerySyntaxError("date: the range " + t.text + " ends before it starts", t.position);
    return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::slot::kDate, low, high);
  }

  // "2025", "2025-12" or "2025-12-15" as the first or last YYYYMMDD it covers.
  static std::string date_bound(const std::string& d, bool upper, std::size_t position) {
    if (d.empty()) return {};
    const auto digits = [&](std::size_t from, std::size_t n) {
      if (d.size() < from + n) return false;
      for (std::size_t i = from; i < from + n; ++i) {
        if (d[i] < '0' || d[i] > '9') return false;
      }
      return true;
    };
    const auto in_range = [&](std::size_t from, int low, int high) {
      const int n = (d[from] - '0') * 10 + (d[from + 1] - '0');
      return n >= low && n <= high;
    };
    const auto bad_part = [&](const char* what) {
      return QuerySyntaxError("date: '" + d + "' has no such " + what, position);
    };
    if (d.size() == 4 && digits(0, 4)) return d + (upper ? "1231" : "0101");
    if (d.size() == 7 && digits(0, 4) && d[4] == '-' && digits(5, 2)) {
      if (!in_range(5, 1, 12)) throw bad_part("month");
      return d.substr(0, 4) + d.substr(5, 2) + (upper ? "31" : "01");
    }
    if (d.size() == 10 && digits(0, 4) && d[4] == '-' && digits(5, 2) && d[7] == '-' && digits(8, 2)) {
      if (!in_range(5, 1, 12)) throw bad_part("month");
      if (!in_range(8, 1, 31)) throw bad_part("day");
      return d.substr(0, 4) + d.substr(5, 2) + d.substr(8, 2);
    }
    throw QuerySyntaxError("date: '" + d + "' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY", position);
  }

  // Stem matches count for less than exact matches.
  static constexpr double kStemWeight = 0.5;

  std::vector<Lexeme> tokens_;
  std::size_t pos_ = 0;
  const TermRules& rules_;
  Xapian::Stem stemmer_;
};

}  // namespace

Xapian::Query QueryParser::parse(std::string_view query) {
  const TermRules rules{analyzer_, default_prefix_, resolver_};
  return Parser(query::lex(query), rules).parse_all();
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
