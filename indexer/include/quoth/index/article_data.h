// The data of an article document: its fields (schema::data, all but the
// text) as one line of JSON, a line break, then its stored text as it is.
// A search hit reads its fields without scanning its text, and its text
// without unescaping it. (A JSON dump has no raw line break, so the first
// one ends the fields.)
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace quoth {

[[nodiscard]] std::string article_data(const nlohmann::ordered_json& fields, std::string_view text);

struct ArticleData {
  nlohmann::json fields;  // not an object if the data is not an article's
  std::string_view text;  // views the data read
};

// `data` must outlive the result's text.
[[nodiscard]] ArticleData read_article_data(std::string_view data);

}  // namespace quoth
