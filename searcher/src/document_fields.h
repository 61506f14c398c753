// The fields of a hit's document data, read without building a JSON DOM:
// an article's fields line and stored text (quoth/index/article_data.h), or a
// statement's or entity's one JSON object. Data the flat reader declines is
// read by nlohmann, so any valid data reads the same. Internal to the searcher.
#pragma once

#include <string_view>

#include "flat_json.h"

namespace quoth {

struct ArticleFields {
  FlatJson fields;        // no members if the data is not an article's
  std::string_view text;  // views the data read
};

// `data` must outlive the result's text.
[[nodiscard]] ArticleFields read_article_fields(std::string_view data);

// A document whose data is one JSON object (a statement's).
[[nodiscard]] FlatJson read_document_fields(std::string_view data);

}  // namespace quoth
