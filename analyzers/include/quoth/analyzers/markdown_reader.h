// Reads an article from Markdown notes: markup is stripped and the text
// kept (headings, emphasis, links' text, list and quote markers, code fences
// and HTML tags removed); the title is the first heading, else the first
// non-empty line. The article text is the stripped text. Pure.
#pragma once

#include <string_view>

#include "quoth/analyzers/article.h"

namespace quoth {

// REQUIRES: markdown is valid UTF-8.
[[nodiscard]] Article read_markdown(std::string_view markdown);

}  // namespace quoth
