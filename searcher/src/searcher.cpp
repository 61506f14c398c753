#include "quoth/search/searcher.h"

#include <nlohmann/json.hpp>

#include "quoth/index/schema.h"

namespace quoth {
namespace {

constexpr std::size_t kSnippetBytes = 240;

// Xapian escapes snippets for HTML; we print to terminals and JSON.
std::string unescape_html(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&') {
      static constexpr std::pair<std::string_view, char> kEntities[] = {
          {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}};
      bool replaced = false;
      for (const auto& [entity, ch] : kEntities) {
        if (s.substr(i, entity.size()) == entity) {
          out += ch;
          i += entity.size() - 1;
          replaced = true;
          break;
        }
      }
      if (replaced) continue;
    }
    out += s[i];
  }
  return out;
}

std::string field(const nlohmann::json& data, std::string_view key) {
  const auto it = data.find(key);
  return it != data.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

Searcher::Searcher(Xapian::Database db) : db_(std::move(db)), parser_(analyzer_) {}

SearchResults Searcher::search(std::string_view query_text, unsigned limit) {
  SearchResults results;
  results.query = std::string(query_text);
  const Xapian::Query query = parser_.parse(query_text);
  if (query.empty()) return results;

  const Xapian::Query articles(
      Xapian::Query::OP_FILTER, query,
      Xapian::Query(schema::kind_term(schema::doc_kind::kArticle)));
  Xapian::Enquire enquire(db_);
  enquire.set_query(articles);
  enquire.set_weighting_scheme(Xapian::BM25Weight());
  const Xapian::MSet mset = enquire.get_mset(0, limit, 100);
  results.total = mset.get_matches_estimated();

  const std::string hi_start(1, kHighlightStart), hi_end(1, kHighlightEnd);
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    const Xapian::Document doc = it.get_document();
    const auto data = nlohmann::json::parse(doc.get_data(), nullptr, /*allow_exceptions=*/false);
    ArticleHit hit;
    hit.id = field(data, schema::data::kId);
    hit.path = field(data, schema::data::kPath);
    hit.title = field(data, schema::data::kTitle);
    hit.source = field(data, schema::data::kSource);
    hit.date = field(data, schema::data::kDate);
    hit.score = it.get_weight();
    hit.snippet = unescape_html(mset.snippet(field(data, schema::data::kText), kSnippetBytes,
                                             Xapian::Stem(), Xapian::MSet::SNIPPET_EXHAUSTIVE,
                                             hi_start, hi_end, "…"));
    results.hits.push_back(std::move(hit));
  }
  return results;
}

std::string plain_snippet(std::string_view snippet) {
  std::string out;
  out.reserve(snippet.size());
  for (const char c : snippet) {
    if (c != kHighlightStart && c != kHighlightEnd) out += c;
  }
  return out;
}

}  // namespace quoth
