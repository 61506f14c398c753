#include "query_lexer.h"

#include <algorithm>

#include "quoth/index/schema.h"
#include "quoth/search/query_parser.h"

namespace quoth::query {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Opening and closing double quotes we accept, with their UTF-8 length.
std::size_t quote_length_at(std::string_view s, std::size_t i) {
  if (s[i] == '"') return 1;
  if (s.substr(i, 3) == "\u201C" || s.substr(i, 3) == "\u201D" || s.substr(i, 3) == "\u201E") {
    return 3;
  }
  return 0;
}

bool is_known_field(std::string_view name) {
  return std::any_of(schema::kQueryFields.begin(), schema::kQueryFields.end(),
                     [&](const schema::QueryField& f) { return f.name == name; });
}

// Reads a phrase starting at the opening quote at s[i]; returns its content.
std::string read_phrase(std::string_view s, std::size_t& i) {
  const std::size_t open = i;
  i += quote_length_at(s, i);
  const std::size_t start = i;
  while (i < s.size()) {
    if (const std::size_t q = quote_length_at(s, i)) {
      std::string content(s.substr(start, i - start));
      i += q;
      return content;
    }
    ++i;
  }
  throw QuerySyntaxError("unterminated phrase: add the closing quote", open);
}

}  // namespace

std::vector<Lexeme> lex(std::string_view s) {
  std::vector<Lexeme> tokens;
  // The field of each open group: person:(a OR b) is person:a OR person:b;
  // a group inside it inherits the field, a word's own field wins.
  std::vector<std::string> group_fields;
  const auto group_field = [&] { return group_fields.empty() ? std::string() : group_fields.back(); };
  std::size_t i = 0;
  while (i < s.size()) {
    if (is_space(s[i])) {
      ++i;
      continue;
    }
    const std::size_t start = i;
    if (s[i] == '(') {
      group_fields.push_back(group_field());
      tokens.push_back({LexemeType::Open, {}, {}, start});
      ++i;
      continue;
    }
    if (s[i] == ')') {
      if (!group_fields.empty()) group_fields.pop_back();
      tokens.push_back({LexemeType::Close, {}, {}, start});
      ++i;
      continue;
    }
    if (quote_length_at(s, i)) {
      tokens.push_back({LexemeType::Phrase, read_phrase(s, i), group_field(), start});
      continue;
    }
    if ((s[i] == '+' || s[i] == '-') && i + 1 < s.size() && !is_space(s[i + 1]) &&
        s[i + 1] != ')') {
      tokens.push_back({s[i] == '+' ? LexemeType::Plus : LexemeType::Minus, {}, {}, start});
      ++i;
      continue;
    }
    while (i < s.size() && !is_space(s[i]) && s[i] != '(' && s[i] != ')' &&
           !quote_length_at(s, i)) {
      ++i;
    }
    const std::string_view word = s.substr(start, i - start);
    if (word == "AND") {
      tokens.push_back({LexemeType::And, {}, {}, start});
      continue;
    }
    if (word == "OR") {
      tokens.push_back({LexemeType::Or, {}, {}, start});
      continue;
    }
    if (word == "NOT") {
      tokens.push_back({LexemeType::Not, {}, {}, start});
      continue;
    }
    const auto colon = word.find(':');
    if (colon != std::string_view::npos && colon > 0 && is_known_field(word.substr(0, colon))) {
      std::string field(word.substr(0, colon));
      std::string value(word.substr(colon + 1));
      if (value.empty()) {
        if (i < s.size() && quote_length_at(s, i)) {
          tokens.push_back({LexemeType::Phrase, read_phrase(s, i), std::move(field), start});
          continue;
        }
        if (i < s.size() && s[i] == '(') {
          group_fields.push_back(std::move(field));
          tokens.push_back({LexemeType::Open, {}, {}, i});
          ++i;
          continue;
        }
        throw QuerySyntaxError(field + ": needs a value, e.g. " + field + ":word or " + field + ":(a OR b)", start);
      }
      tokens.push_back({LexemeType::Word, std::move(value), std::move(field), start});
      continue;
    }
    tokens.push_back({LexemeType::Word, std::string(word), group_field(), start});
  }
  tokens.push_back({LexemeType::End, {}, {}, s.size()});
  return tokens;
}

}  // namespace quoth::query
