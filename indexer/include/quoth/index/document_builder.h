// Builds the Xapian document of an article following the schema: terms with
// positions from the shared TermAnalyzer, title and source fields, value
// slots and the JSON document data. Not thread-safe (holds the analyzer).
#pragma once

#include <xapian.h>

#include "quoth/analyzers/term_analyzer.h"
#include "quoth/index/article_files.h"

namespace quoth {

class DocumentBuilder {
 public:
  explicit DocumentBuilder(TermAnalyzer& analyzer) : analyzer_(analyzer) {}

  [[nodiscard]] Xapian::Document build(const LoadedArticle& loaded);

 private:
  TermAnalyzer& analyzer_;
};

// "2025-12-15" -> "20251215"; anything else -> "".
[[nodiscard]] std::string date_value(std::string_view iso_date);

}  // namespace quoth
