#include "quoth/analyzers/article_analyzer.h"

namespace quoth {

ArticleAnalyzer::ArticleAnalyzer() = default;
ArticleAnalyzer::~ArticleAnalyzer() = default;

ArticleAnalysis ArticleAnalyzer::analyze(const Article& article) {
  (void)article;
  return {};
}

}  // namespace quoth
