// Reads an article from a saved HTML page. Pure: the caller supplies the
// decoded page. Parsing is gumbo's (an HTML5-conformant parser); what counts
// as the article is decided here:
//   - metadata: title from og:title, else <title> (site suffix removed), else
//     the first <h1>; date from article:published_time, JSON-LD
//     datePublished, or the first <time datetime>; source from og:site_name
//     or JSON-LD publisher; all dates normalised to YYYY-MM-DD;
//   - main text: scripts, styles, navigation, headers, footers, forms, hidden
//     elements and blocks whose class or id says banner, cookie, share,
//     related, comment … are dropped; paragraphs score their ancestors by
//     length and commas, the best-scoring container (less its link-heavy
//     parts) is the article, with its sibling paragraphs that score well.
// The article text is the title, a blank line, then one paragraph a line
// (blank lines between); title_span and body_span locate the two.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "quoth/analyzers/article.h"

namespace quoth {

// REQUIRES: html is valid UTF-8.
[[nodiscard]] Article read_html(std::string_view html);

// The charset a page declares in its first 2 KB (<meta charset=…> or an
// http-equiv Content-Type), lower-cased; empty if none or if it is UTF-8.
[[nodiscard]] std::string declared_html_charset(std::string_view bytes);

// `bytes` decoded from `charset` to UTF-8 (ICU converters); nullopt if ICU
// does not know the charset.
[[nodiscard]] std::optional<std::string> convert_to_utf8(std::string_view bytes, const std::string& charset);

}  // namespace quoth
