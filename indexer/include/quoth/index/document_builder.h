// Builds the Xapian documents of one analysed article following the schema:
// the article document (text with positions, title, source, entity and
// speaker fields, values, JSON data), one document per statement (quote
// content with positions, speaker, kind), and the article's contribution to
// the entity registry. Not thread-safe (holds the analyzer); one per thread.
#pragma once

#include <xapian.h>

#include <unordered_map>
#include <vector>

#include "quoth/analyzers/article_analysis.h"
#include "quoth/analyzers/term_analyzer.h"
#include "quoth/index/article_files.h"
#include "quoth/index/entity_contribution.h"

namespace quoth {

struct PreparedArticle {
  std::string identity;
  std::size_t bytes = 0;  // stored text
  Xapian::Document document;
  std::vector<Xapian::Document> quotes;
  ArticleContribution contribution;
};

class DocumentBuilder {
 public:
  explicit DocumentBuilder(TermAnalyzer& analyzer);

  [[nodiscard]] PreparedArticle build(const LoadedArticle& loaded, const ArticleAnalysis& analysis);

 private:
  // Adds the terms of `text` under `prefix` (with positions if asked, and
  // "Z"-prefixed English stems for free text).
  void index_text(Xapian::Document& doc, std::string_view prefix, std::string_view text,
                  bool positions, Xapian::termcount wdf_inc = 1);
  [[nodiscard]] Xapian::Document build_quote(const LoadedArticle& loaded, const ArticleAnalysis& analysis,
                                             const Quote& quote, std::string_view article_key);

  // Snowball stems of words seen before: news vocabulary repeats, and
  // stemming every token again costs more than a lookup.
  const std::string& stem(const std::string& word);

  TermAnalyzer& analyzer_;
  Xapian::Stem stemmer_;
  std::unordered_map<std::string, std::string> stems_;
  std::string term_, stem_term_;  // index_text's buffers: no allocation per word
  std::unordered_map<std::string, Xapian::termcount> word_counts_;  // index_text's words of one text
};

// "2025-12-15" -> "20251215"; anything else -> "".
[[nodiscard]] std::string date_value(std::string_view iso_date);

// The id prefix of a registry entity type on article documents.
[[nodiscard]] std::string_view entity_id_prefix(EntityType type);
[[nodiscard]] std::string_view entity_word_prefix(EntityType type);

// The speaker's display name: its resolved name, else the mention as written.
[[nodiscard]] std::string speaker_display(const Speaker& speaker);

}  // namespace quoth
