#include "quoth/analyzers/html_reader.h"

#include <gumbo.h>

#include <memory>
#include <string>
#include <vector>

#include "html_content.h"
#include "html_metadata.h"
#include "html_node.h"
#include "quoth/analyzers/boilerplate.h"
#include "quoth/analyzers/utf8.h"

namespace quoth {

Article read_html(std::string_view html) {
  const std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> parsed(
      gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()),
      [](GumboOutput* out) { gumbo_destroy_output(&kGumboDefaultOptions, out); });

  const html::PageMetadata meta = html::read_metadata(parsed->root);
  std::vector<std::string> paragraphs = html::extract_main_text(parsed->root);
  // The headline often opens the content block too; it is the title, not body.
  if (!paragraphs.empty() && html::same_words(paragraphs.front(), meta.title)) paragraphs.erase(paragraphs.begin());
  // The page is the raw text here; cross-links and credits need not be kept.
  std::erase_if(paragraphs, [](const std::string& p) { return is_boilerplate_line(p); });

  Article article;
  article.title = meta.title;
  article.source = meta.source;
  article.date = meta.date;
  if (!meta.url.empty()) article.metadata.emplace_back("url", meta.url);
  if (!article.title.empty()) article.text = article.title + "\n\n";
  const auto body_start = static_cast<CodePointOffset>(count_code_points(article.text));
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    if (i > 0) article.text += "\n\n";
    article.text += paragraphs[i];
  }
  if (!paragraphs.empty()) article.text += '\n';
  const auto title_end = static_cast<CodePointOffset>(count_code_points(article.title));
  if (!article.title.empty()) article.title_span = {0, title_end};
  article.body_span = {body_start, static_cast<CodePointOffset>(count_code_points(article.text))};
  return article;
}

}  // namespace quoth
