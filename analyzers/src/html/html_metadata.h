// The page's own statements about the article: <meta> tags (Open Graph,
// article:*, Dublin Core, itemprop), JSON-LD NewsArticle records, <title>,
// <time> and the first <h1>.
#pragma once

#include <string>

#include "html_node.h"

namespace quoth::html {

struct PageMetadata {
  std::string title;   // og:title, JSON-LD headline, <title> less the site name, or <h1>
  std::string source;  // og:site_name, JSON-LD publisher, or the canonical URL's host
  std::string date;    // YYYY-MM-DD, or empty
  std::string url;     // og:url or <link rel=canonical>, or empty
};

[[nodiscard]] PageMetadata read_metadata(Node* root);

}  // namespace quoth::html
