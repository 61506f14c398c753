#include "quoth/analyzers/article_analyzer.h"

#include "quoth/analyzers/quote_extractor.h"

namespace quoth {

ArticleAnalyzer::ArticleAnalyzer() = default;
ArticleAnalyzer::~ArticleAnalyzer() = default;

ArticleAnalysis ArticleAnalyzer::analyze(const Article& article) {
  ArticleAnalysis analysis;
  analysis.quotes = QuoteExtractor().extract(article.text, analysis.mentions);
  return analysis;
}

}  // namespace quoth
