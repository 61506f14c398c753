// Reads an article from plain text: the first line that is neither blank
// nor boilerplate is the title, the rest is the body (a first line longer
// than 200 bytes is the opening paragraph: its first sentence is the title
// and the body starts with it). Source and date come from what the text states in
// its first or last lines: "Published: 15 December 2025", "Source: …", a
// dateline "(CNN) —" or "Kyiv • UNN", "This article was originally
// published in …", a line that is a date. Boilerplate lines are listed.
// Pure: the caller supplies the decoded content.
#pragma once

#include <string>

#include "quoth/analyzers/article.h"

namespace quoth {

// REQUIRES: content is valid UTF-8. The article's text is `content` itself.
[[nodiscard]] Article read_plain_text(std::string content);

}  // namespace quoth
