// Reads an article from plain text: the first non-empty line is the title,
// the rest is the body. Pure: the caller supplies the decoded content.
#pragma once

#include <string>

#include "quoth/analyzers/article.h"

namespace quoth {

// REQUIRES: content is valid UTF-8. The article's text is `content` itself.
[[nodiscard]] Article read_plain_text(std::string content);

}  // namespace quoth
