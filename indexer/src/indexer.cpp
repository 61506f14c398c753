#include "quoth/index/indexer.h"

#include <chrono>
#include <ctime>

#include "quoth/analyzers/term_analyzer.h"
#include "quoth/index/article_id.h"
#include "quoth/index/document_builder.h"
#include "quoth/index/schema.h"

namespace quoth {
namespace {

constexpr std::size_t kCommitEvery = 1000;

std::string utc_now_iso() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace

IndexSummary index_files(Xapian::WritableDatabase& db,
                         const std::vector<std::filesystem::path>& files,
                         const IndexReport& report) {
  const auto started = std::chrono::steady_clock::now();
  IndexSummary summary;
  TermAnalyzer analyzer;
  DocumentBuilder builder(analyzer);
  std::size_t since_commit = 0;
  for (const auto& path : files) {
    ArticleFile file = load_article_file(path);
    for (const auto& error : file.errors) {
      if (report.error) report.error(error);
    }
    for (const auto& warning : file.warnings) {
      if (report.warning) report.warning(warning);
    }
    summary.failed += file.errors.size();
    for (const LoadedArticle& article : file.articles) {
      db.replace_document(article_id_term(article.identity), builder.build(article));
      summary.bytes += article.article.text.size();
      ++summary.indexed;
      if (++since_commit == kCommitEvery) {
        db.commit();
        since_commit = 0;
      }
    }
  }
  db.set_metadata(std::string(schema::kLastIndexedKey), utc_now_iso());
  db.commit();
  summary.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return summary;
}

}  // namespace quoth
