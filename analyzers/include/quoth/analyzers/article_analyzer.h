// Runs the analyses of one article that go beyond its terms — entities, then
// quotes attributed with those entities — and returns them together.
// Pure; not thread-safe (holds analysis state); use one per thread.
#pragma once

#include "quoth/analyzers/article.h"
#include "quoth/analyzers/article_analysis.h"

namespace quoth {

class ArticleAnalyzer {
 public:
  ArticleAnalyzer();
  ~ArticleAnalyzer();
  ArticleAnalyzer(const ArticleAnalyzer&) = delete;
  ArticleAnalyzer& operator=(const ArticleAnalyzer&) = delete;

  [[nodiscard]] ArticleAnalysis analyze(const Article& article);
};

}  // namespace quoth
