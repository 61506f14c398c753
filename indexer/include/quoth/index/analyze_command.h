// `quoth-index --analyze [--json] FILE...`: the analysis of each article
// (entities, quotes with speakers) without indexing. With --json one object
// a line: {"path", "title", "source", "date", "text", "entities": [...],
// "quotes": [...]} — the contract documented in README.md. Returns the exit
// status: 0 all read, 1 some files failed (named on stderr).
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "quoth/analyzers/article_analysis.h"
#include "quoth/index/article_files.h"

namespace quoth {

[[nodiscard]] int run_analyze_command(const std::vector<std::string>& inputs, bool json, std::ostream& out);

// The JSON object of one analysed article.
[[nodiscard]] std::string analysis_json(const LoadedArticle& article, const ArticleAnalysis& analysis);

}  // namespace quoth
