#include "quoth/index/document_builder.h"

#include <nlohmann/json.hpp>

#include "quoth/index/article_id.h"
#include "quoth/index/schema.h"

namespace quoth {
namespace {

// Title words count more than body words; Xapian's BM25 sees it as wdf.
constexpr Xapian::termcount kTitleWeight = 3;

void add_prefixed_terms(Xapian::Document& doc, TermAnalyzer& analyzer, std::string_view prefix,
                        std::string_view text) {
  const std::string p(prefix);
  for (const Term& term : analyzer.analyze(text)) {
    doc.add_term(p + term.text);
  }
}

std::string data_json(const LoadedArticle& loaded) {
  nlohmann::ordered_json data;
  data[schema::data::kId] = loaded.identity;
  data[schema::data::kPath] = loaded.path;
  data[schema::data::kTitle] = loaded.article.title;
  data[schema::data::kSource] = loaded.article.source;
  data[schema::data::kDate] = loaded.article.date;
  data[schema::data::kText] = loaded.article.text;
  return data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

std::string date_value(std::string_view iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return {};
  std::string v;
  v.append(iso.substr(0, 4)).append(iso.substr(5, 2)).append(iso.substr(8, 2));
  return v;
}

Xapian::Document DocumentBuilder::build(const LoadedArticle& loaded) {
  const Article& article = loaded.article;
  Xapian::Document doc;
  doc.add_boolean_term(article_id_term(loaded.identity));
  doc.add_boolean_term(std::string(schema::prefix::kDocKind) + std::string(schema::doc_kind::kArticle));

  // The whole stored text, with positions, so any sentence is a phrase hit.
  for (const Term& term : analyzer_.analyze(article.text)) {
    doc.add_posting(term.text, term.position + 1);
  }
  for (const Term& term : analyzer_.analyze(article.title)) {
    doc.add_posting(std::string(schema::prefix::kTitle) + term.text, term.position + 1);
    doc.add_term(term.text, kTitleWeight);
  }
  add_prefixed_terms(doc, analyzer_, schema::prefix::kSource, article.source);

  if (const std::string date = date_value(article.date); !date.empty()) {
    doc.add_value(schema::slot::kDate, date);
  }
  if (!article.source.empty()) doc.add_value(schema::slot::kSource, article.source);
  doc.set_data(data_json(loaded));
  return doc;
}

}  // namespace quoth
