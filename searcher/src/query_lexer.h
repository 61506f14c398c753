// Splits a query string into tokens for QueryParser. Internal to the searcher.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace quoth::query {

enum class LexemeType { Word, Phrase, And, Or, Not, Plus, Minus, Open, Close, End };

struct Lexeme {
  LexemeType type = LexemeType::End;
  std::string text;     // word or phrase content
  std::string field;    // "title" in title:word, else empty
  std::size_t position; // byte offset in the query
};

// Throws QuerySyntaxError for an unterminated phrase or an empty field.
[[nodiscard]] std::vector<Lexeme> lex(std::string_view query);

}  // namespace quoth::query
