#include "quoth/index/document_builder.h"

#include <nlohmann/json.hpp>

#include <cstdio>

#include "quoth/index/article_data.h"
#include "quoth/index/article_id.h"
#include "quoth/index/schema.h"

namespace quoth {
namespace {

// Title words count more than body words; Xapian's BM25 sees it as wdf.
constexpr Xapian::termcount kTitleWeight = 3;

std::string dump(const nlohmann::ordered_json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void put_article_fields(nlohmann::ordered_json& data, const LoadedArticle& loaded) {
  data[schema::data::kId] = loaded.identity;
  data[schema::data::kPath] = loaded.path;
  data[schema::data::kTitle] = loaded.article.title;
  data[schema::data::kSource] = loaded.article.source;
  data[schema::data::kDate] = loaded.article.date;
}

void add_article_values(Xapian::Document& doc, const Article& article, const std::string& key) {
  if (const std::string date = date_value(article.date); !date.empty()) {
    doc.add_value(schema::slot::kDate, date);
  }
  if (!article.source.empty()) doc.add_value(schema::slot::kSource, article.source);
  doc.add_value(schema::slot::kArticleKey, key);
  doc.add_value(schema::slot::kTieBreak, key);
  doc.add_value(schema::slot::kDateOrder, date_value(article.date) + key);
}

const ArticleEntity* find_entity(const ArticleAnalysis& analysis, const EntityId& id) {
  if (id.empty()) return nullptr;
  for (const ArticleEntity& e : analysis.entities) {
    if (e.id == id) return &e;
  }
  return nullptr;
}

}  // namespace

std::string date_value(std::string_view iso) {
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return {};
  std::string v;
  v.append(iso.substr(0, 4)).append(iso.substr(5, 2)).append(iso.substr(8, 2));
  return v;
}

std::string_view entity_id_prefix(EntityType type) {
  switch (type) {
    case EntityType::Org: return schema::prefix::kOrgId;
    case EntityType::Place: return schema::prefix::kPlaceId;
    default: return schema::prefix::kPersonId;
  }
}

std::string_view entity_word_prefix(EntityType type) {
  switch (type) {
    case EntityType::Org: return schema::prefix::kOrgWord;
    case EntityType::Place: return schema::prefix::kPlaceWord;
    default: return schema::prefix::kPersonWord;
  }
}

std::string speaker_display(const Speaker& speaker) {
  return speaker.name.empty() ? speaker.text : speaker.name;
}

DocumentBuilder::DocumentBuilder(TermAnalyzer& analyzer) : analyzer_(analyzer), stemmer_("english") {}

const std::string& DocumentBuilder::stem(const std::string& word) {
  constexpr std::size_t kMaxCached = 1 << 16;  // bounds memory (a few MB); news vocabulary repeats
  if (const auto it = stems_.find(word); it != stems_.end()) return it->second;
  if (stems_.size() >= kMaxCached) stems_.clear();
  return stems_.emplace(word, stemmer_(word)).first->second;
}

void DocumentBuilder::index_text(Xapian::Document& doc, std::string_view prefix, std::string_view text,
                                 bool positions, Xapian::termcount wdf_inc) {
  term_.assign(prefix);
  const std::size_t term_prefix = term_.size();
  word_counts_.clear();
  for (const Term& term : analyzer_.analyze(text)) {
    term_.resize(term_prefix);
    term_.append(term.text);
    if (!positions) {
      doc.add_term(term_, wdf_inc);
      continue;
    }
    doc.add_posting(term_, term.position + 1, wdf_inc);
    ++word_counts_[term.text];
  }
  // A stem's wdf is its words' occurrences: one add_term per distinct word,
  // not per token (Xapian's term map is a balanced tree keyed by string).
  stem_term_.assign(schema::prefix::kStem).append(prefix);
  const std::size_t stem_prefix = stem_term_.size();
  for (const auto& [word, count] : word_counts_) {
    if (const std::string& stemmed = stem(word); !stemmed.empty()) {
      stem_term_.resize(stem_prefix);
      stem_term_.append(stemmed);
      doc.add_term(stem_term_, count * wdf_inc);
    }
  }
}

PreparedArticle DocumentBuilder::build(const LoadedArticle& loaded, const ArticleAnalysis& analysis) {
  const Article& article = loaded.article;
  const std::string key = article_key(loaded.identity);
  PreparedArticle prepared;
  prepared.identity = loaded.identity;
  prepared.bytes = article.text.size();
  prepared.contribution = contribution_of(analysis);

  Xapian::Document& doc = prepared.document;
  doc.add_boolean_term(article_id_term(loaded.identity));
  doc.add_boolean_term(schema::kind_term(schema::doc_kind::kArticle));
  // The whole stored text, with positions, so any sentence is a phrase hit.
  index_text(doc, "", article.text, /*positions=*/true);
  index_text(doc, schema::prefix::kTitle, article.title, /*positions=*/true);
  index_text(doc, "", article.title, /*positions=*/false, kTitleWeight - 1);
  index_text(doc, schema::prefix::kSource, article.source, /*positions=*/false);

  for (const EntityMention& m : analysis.mentions) {
    if (!is_registry_type(m.type)) continue;
    if (!m.entity_id.empty()) doc.add_boolean_term(std::string(entity_id_prefix(m.type)) + m.entity_id);
    index_text(doc, entity_word_prefix(m.type), m.text, /*positions=*/false);
    if (!m.canonical.empty() && m.canonical != m.text) {
      index_text(doc, entity_word_prefix(m.type), m.canonical, /*positions=*/false);
    }
  }
  for (const Quote& q : analysis.quotes) {
    if (!q.speaker) continue;
    if (!q.speaker->entity_id.empty()) {
      doc.add_boolean_term(std::string(schema::prefix::kSpeakerId) + q.speaker->entity_id);
    }
    index_text(doc, schema::prefix::kSpeakerWord, speaker_display(*q.speaker), /*positions=*/false);
  }
  add_article_values(doc, article, key);

  nlohmann::ordered_json data;
  put_article_fields(data, loaded);
  if (!article.metadata.empty()) {
    nlohmann::ordered_json meta;
    for (const auto& [key, value] : article.metadata) meta[key] = value;
    data[schema::data::kMetadata] = meta;
  }
  data[schema::data::kQuoteCount] = analysis.quotes.size();
  doc.set_data(article_data(data, article.text));
  doc.add_value(schema::slot::kEntities, to_json(prepared.contribution).dump());
  doc.add_value(schema::slot::kEntityIds, entity_ids_value(prepared.contribution));

  for (const Quote& q : analysis.quotes) prepared.quotes.push_back(build_quote(loaded, analysis, q, key));
  return prepared;
}

Xapian::Document DocumentBuilder::build_quote(const LoadedArticle& loaded, const ArticleAnalysis& analysis,
                                              const Quote& quote, std::string_view key) {
  Xapian::Document doc;
  doc.add_boolean_term(schema::kind_term(schema::doc_kind::kQuote));
  doc.add_boolean_term(std::string(schema::prefix::kQuoteArticle) + std::string(key));
  doc.add_boolean_term(std::string(schema::prefix::kQuoteKind) + std::string(to_string(quote.kind)));
  index_text(doc, schema::prefix::kQuoteWord, quote.text, /*positions=*/true);
  add_article_values(doc, loaded.article, std::string(key));
  char offset[16];
  std::snprintf(offset, sizeof offset, ":%010u", quote.content.start);
  doc.add_value(schema::slot::kTieBreak, std::string(key) + offset);
  doc.add_value(schema::slot::kDateOrder, date_value(loaded.article.date) + std::string(key) + offset);

  nlohmann::ordered_json data;
  put_article_fields(data, loaded);
  data[schema::data::kQuoteText] = quote.text;
  data[schema::data::kKind] = to_string(quote.kind);
  data[schema::data::kStart] = quote.content.start;
  data[schema::data::kEnd] = quote.content.end;
  data[schema::data::kCue] = quote.cue_text;
  if (quote.speaker) {
    const Speaker& s = *quote.speaker;
    const std::string display = speaker_display(s);
    index_text(doc, schema::prefix::kSpeakerWord, display, /*positions=*/false);
    if (s.text != display) index_text(doc, schema::prefix::kSpeakerWord, s.text, /*positions=*/false);
    if (!s.entity_id.empty()) doc.add_boolean_term(std::string(schema::prefix::kSpeakerId) + s.entity_id);
    const std::string speaker_value = s.entity_id.empty() ? "~" + analyzer_.fold(display) : s.entity_id;
    doc.add_boolean_term(std::string(schema::prefix::kAttributed));
    doc.add_boolean_term(schema::speaker_value_term(speaker_value));
    doc.add_value(schema::slot::kSpeaker, speaker_value);
    data[schema::data::kSpeaker] = display;
    data[schema::data::kSpeakerId] = s.entity_id;
    data[schema::data::kSpeakerText] = s.text;
    data[schema::data::kAnonymous] = s.anonymous;
    const ArticleEntity* entity = find_entity(analysis, s.entity_id);
    data[schema::data::kSpeakerRole] = entity && !entity->roles.empty() ? entity->roles.front().role : "";
  } else {
    data[schema::data::kSpeaker] = "";
    data[schema::data::kSpeakerId] = "";
  }
  doc.set_data(dump(data));
  return doc;
}

}  // namespace quoth
