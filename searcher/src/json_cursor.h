// The lexing shared by the searcher's small JSON readers (flat_json.h,
// entity_data.h): a cursor over JSON text that takes punctuation, strings
// (unescaped into UTF-8) and literals, reporting failure rather than
// throwing. Internal to the searcher.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace quoth {

class JsonCursor {
 public:
  explicit JsonCursor(std::string_view s) : s_(s) {}

  [[nodiscard]] char peek() const { return i_ < s_.size() ? s_[i_] : '\0'; }
  void skip_space();
  // Takes `c` after any whitespace; false (taking nothing) if it is not next.
  [[nodiscard]] bool take(char c);
  // A string, unescaped.
  [[nodiscard]] bool string(std::string& out);
  // A number, true, false or null, as written.
  [[nodiscard]] bool literal(std::string& out);
  // Whether only whitespace is left.
  [[nodiscard]] bool at_end();

 private:
  [[nodiscard]] bool hex4(unsigned& out);

  std::string_view s_;
  std::size_t i_ = 0;
};

}  // namespace quoth
