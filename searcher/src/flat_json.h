// Reads a flat JSON object — string, number, true, false or null values, no
// nesting — such as a document's fields line (quoth/index/article_data.h) or a
// statement's data, without building a DOM: a search reads a few fields of
// each hit. Anything else (nesting, bad syntax) gives nullopt, and callers
// fall back to a full parser. Internal to the searcher.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace quoth {

class FlatJson {
 public:
  // A string member's value, unescaped; "" if absent or not a string.
  [[nodiscard]] std::string string(std::string_view key) const;
  // A true/false member's value; `otherwise` if absent or not a boolean.
  [[nodiscard]] bool boolean(std::string_view key, bool otherwise) const;

  struct Member {
    std::string key;
    std::string value;  // a string's unescaped text, else the literal as written
    bool is_string = false;
  };
  std::vector<Member> members;
};

[[nodiscard]] std::optional<FlatJson> read_flat_json(std::string_view json);

}  // namespace quoth
