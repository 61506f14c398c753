// Finds a page's main text: the container whose paragraphs carry the most
// prose, less boilerplate (see html_reader.h for the rules).
#pragma once

#include <string>
#include <vector>

#include "html_node.h"

namespace quoth::html {

// The article's paragraphs in reading order, each trimmed, none empty.
[[nodiscard]] std::vector<std::string> extract_main_text(Node* root);

}  // namespace quoth::html
