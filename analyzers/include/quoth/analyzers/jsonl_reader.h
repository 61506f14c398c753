// Reads one article from one line of a JSON Lines feed (scrapers, news APIs).
// Keys: title, text | body | content, date, source, url, id; other keys are
// kept as metadata. Pure: the caller supplies the line.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "quoth/analyzers/article.h"

namespace quoth {

struct JsonlArticle {
  Article article;
  std::string id;   // the record's "id" (or "url"), "" if none
  std::string url;
};

struct JsonlResult {
  std::optional<JsonlArticle> article;  // absent on error
  std::string error;                    // why the line was rejected
};

// REQUIRES: line is valid UTF-8. A blank line gives neither article nor error.
[[nodiscard]] JsonlResult read_jsonl_line(std::string_view line);

}  // namespace quoth
