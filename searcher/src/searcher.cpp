#include "quoth/search/searcher.h"

#include <algorithm>

#include "document_fields.h"
#include "facets.h"
#include "highlight.h"
#include "snippet.h"
#include "quoth/index/document_builder.h"
#include "quoth/index/schema.h"
#include "spelling.h"

namespace quoth {
namespace {

constexpr std::size_t kSnippetBytes = 240;
// Statement totals, and the per-speaker counts of "who said", are exact up to
// this many matches (and equal across shardings), an estimate beyond.
// Article searches only look at what ranking needs: their total is exact
// when Xapian could tell, else its estimate (SearchResults::total_exact).
constexpr Xapian::doccount kCheckAtLeast = 1000;

// Xapian's estimate, and whether it is exact.
void set_total(const Xapian::MSet& mset, SearchResults& out) {
  out.total = mset.get_matches_estimated();
  out.total_exact = mset.get_matches_lower_bound() == mset.get_matches_upper_bound();
}

ArticleRef article_ref(const FlatJson& data) {
  return {data.string(schema::data::kId), data.string(schema::data::kPath), data.string(schema::data::kTitle),
          data.string(schema::data::kSource), data.string(schema::data::kDate)};
}

Xapian::Query only(std::string_view kind, const Xapian::Query& q) {
  return Xapian::Query(Xapian::Query::OP_FILTER, q, Xapian::Query(schema::kind_term(kind)));
}

// Whether `q` can only match documents through unprefixed words or their
// stems: terms only articles have, so no filter on the kind is needed.
// Value ranges (date:) and match-all match every kind: not such a query.
bool article_words_only(const Xapian::Query& q) {
  using Q = Xapian::Query;
  switch (q.get_type()) {
    case Q::LEAF_TERM: {
      auto t = q.get_terms_begin();
      const std::string& term = *t;
      const std::string_view word =
          term.starts_with(schema::prefix::kStem) ? std::string_view(term).substr(schema::prefix::kStem.size()) : term;
      return !word.empty() && !(word.front() >= 'A' && word.front() <= 'Z');
    }
    case Q::OP_AND_NOT:  // what is taken away does not widen the match
      return article_words_only(q.get_subquery(0));
    case Q::OP_OR: case Q::OP_AND: case Q::OP_AND_MAYBE: case Q::OP_SCALE_WEIGHT: case Q::OP_PHRASE:
    case Q::OP_NEAR: case Q::OP_SYNONYM: case Q::OP_ELITE_SET: case Q::OP_MAX:
      for (std::size_t k = 0; k < q.get_num_subqueries(); ++k) {
        if (!article_words_only(q.get_subquery(k))) return false;
      }
      return q.get_num_subqueries() > 0;
    default:
      return false;
  }
}

// The first `limit` matches of `enquire`, best first, equal scores in the
// order of their tie-break values: the order Enquire gives when sorting by
// relevance then value (the same however the index is sharded), but only the
// tied matches' values are read, where that sort reads one for every match it
// considers. A tie across the cut is settled by that sort itself (match
// spies already counted are detached first, so none counts twice).
std::vector<Xapian::MSetIterator> ranked(Xapian::Enquire& enquire, Xapian::doccount limit, Xapian::doccount check_at_least,
                                         Xapian::MSet& mset) {
  mset = enquire.get_mset(0, limit + 1, check_at_least);
  if (limit > 0 && mset.size() > limit && mset[limit].get_weight() == mset[limit - 1].get_weight()) {
    enquire.clear_matchspies();
    enquire.set_sort_by_relevance_then_value(schema::slot::kTieBreak, false);
    mset = enquire.get_mset(0, limit, check_at_least);
  }
  std::vector<Xapian::MSetIterator> order;
  for (auto it = mset.begin(); it != mset.end() && order.size() < limit; ++it) order.push_back(it);
  for (std::size_t i = 0; i < order.size();) {
    std::size_t j = i + 1;
    while (j < order.size() && order[j].get_weight() == order[i].get_weight()) ++j;
    if (j - i > 1) {
      std::vector<std::pair<std::string, Xapian::MSetIterator>> tied;
      for (std::size_t k = i; k < j; ++k) tied.emplace_back(order[k].get_document().get_value(schema::slot::kTieBreak), order[k]);
      std::stable_sort(tied.begin(), tied.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
      for (std::size_t k = i; k < j; ++k) order[k] = tied[k - i].second;
    }
    i = j;
  }
  return order;
}

std::optional<EntityType> field_entity_type(std::string_view field) {
  if (field == "person") return EntityType::Person;
  if (field == "org") return EntityType::Org;
  if (field == "place") return EntityType::Place;
  return std::nullopt;
}

}  // namespace

Searcher::Searcher(Xapian::Database db) : db_(std::move(db)), parser_(analyzer_), entities_(db_, analyzer_) {
  parser_.set_entity_resolver(
      [this](std::string_view f, std::string_view value) { return resolve_entity_ids(f, value); });
}

std::vector<std::string> Searcher::resolve_entity_ids(std::string_view f, std::string_view value) {
  std::vector<std::string> terms;
  if (f != "person" && f != "org" && f != "place" && f != "speaker") return terms;
  for (const EntityRecord& r : entities_.find(value, field_entity_type(f), 5)) {
    terms.push_back(f == "speaker" ? schema::term(schema::prefix::kSpeakerId, r.id)
                                   : schema::term(entity_id_prefix(r.type), r.id));
  }
  return terms;
}

Xapian::Query Searcher::parse(std::string_view query, std::string_view default_prefix) {
  parser_.set_default_prefix(default_prefix);
  return parser_.parse(query);
}

SearchResults Searcher::search(std::string_view query, const SearchOptions& options) {
  SearchResults out;
  out.query = std::string(query);
  out.intent = recognise_intent(query);
  switch (out.intent.kind) {
    case IntentKind::Search:
      search_articles(query, options, out);
      break;
    case IntentKind::Mentions:
      search_articles(out.intent.topic, options, out);
      break;
    case IntentKind::WhoIs:
      describe_entity(out);
      if (!out.entity) search_articles(out.intent.subject, options, out);
      break;
    default:
      search_statements(options, out);
      break;
  }
  // Also when something matched: "Witkof Kushner" finds Kushner's articles,
  // but the user meant Witkoff too.
  out.suggestion = suggest_spelling(db_, analyzer_, query);
  return out;
}

void Searcher::search_articles(std::string_view query, const SearchOptions& options, SearchResults& out) {
  const Xapian::Query q = parse(query, "");
  if (q.empty()) return;
  Xapian::Enquire enquire(db_);
  enquire.set_query(article_words_only(q) ? q : only(schema::doc_kind::kArticle, q));
  enquire.set_weighting_scheme(Xapian::BM25Weight());
  FacetSpies spies;
  if (options.facets) spies.attach(enquire);
  Xapian::MSet mset;
  const auto order = ranked(enquire, options.limit, options.facets ? db_.get_doccount() : 0, mset);
  set_total(mset, out);
  if (!out.total_exact) {
    // Xapian's estimate is over every document (statements and entity
    // records too); a search matches no more articles than the index holds.
    const Xapian::doccount articles = db_.get_termfreq(schema::kind_term(schema::doc_kind::kArticle));
    if (out.total >= articles) {
      out.total = articles;
      out.total_exact = mset.get_matches_lower_bound() >= articles;
    }
  }
  SnippetMaker snippets(analyzer_, q, kSnippetBytes);
  for (const Xapian::MSetIterator& it : order) {
    const std::string data = it.get_document().get_data();
    const ArticleFields article = read_article_fields(data);
    ArticleHit hit;
    static_cast<ArticleRef&>(hit) = article_ref(article.fields);
    hit.score = it.get_weight();
    hit.snippet = snippets.make(article.text);
    out.hits.push_back(std::move(hit));
  }
  if (options.facets) out.facets = spies.collect(db_, enquire, entities_);
}

Xapian::Query Searcher::statement_query(const Intent& intent) {
  Xapian::Query q = intent.topic.empty() ? Xapian::Query() : parse(intent.topic, schema::prefix::kQuoteWord);
  if (intent.kind == IntentKind::WhatDidSay) {
    // The speaker: the entities any of whose names match, or the words of a
    // description ("the Kremlin", "US officials").
    std::vector<Xapian::Query> speaker;
    for (const EntityRecord& r : entities_.find(intent.subject, std::nullopt, 5)) {
      speaker.emplace_back(schema::term(schema::prefix::kSpeakerId, r.id));
    }
    std::vector<Xapian::Query> words;
    for (const Term& t : analyzer_.analyze(intent.subject)) {
      words.emplace_back(schema::term(schema::prefix::kSpeakerWord, t.text));
    }
    if (!words.empty()) speaker.emplace_back(Xapian::Query::OP_AND, words.begin(), words.end());
    if (speaker.empty()) return {};
    const Xapian::Query who(Xapian::Query::OP_OR, speaker.begin(), speaker.end());
    q = q.empty() ? Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, who, 0.0)
                  : Xapian::Query(Xapian::Query::OP_FILTER, q, who);
  }
  if (q.empty()) return {};
  if (intent.kind == IntentKind::WhoSaid) {
    // Only statements with a speaker answer "who".
    return Xapian::Query(Xapian::Query::OP_FILTER, q, Xapian::Query(std::string(schema::prefix::kAttributed)));
  }
  return only(schema::doc_kind::kQuote, q);
}

void Searcher::search_statements(const SearchOptions& options, SearchResults& out) {
  const Intent& intent = out.intent;
  const Xapian::Query q = statement_query(intent);
  if (q.empty()) return;
  Xapian::Enquire enquire(db_);
  enquire.set_query(q);
  enquire.set_weighting_scheme(Xapian::BM25Weight());
  enquire.set_sort_by_relevance_then_value(schema::slot::kTieBreak, false);
  if (intent.kind != IntentKind::WhoSaid && intent.topic.empty()) {
    enquire.set_sort_by_value(schema::slot::kDateOrder, true);  // newest first
  }
  const Highlighter highlighter(analyzer_, intent.topic);
  const auto add_answer = [&](const Xapian::MSetIterator& it) {
    const FlatJson data = read_document_fields(it.get_document().get_data());
    Answer a;
    a.speaker = data.string(schema::data::kSpeaker);
    a.speaker_id = data.string(schema::data::kSpeakerId);
    a.role = data.string(schema::data::kSpeakerRole);
    a.anonymous = data.boolean(schema::data::kAnonymous, false);
    a.quote = highlighter.mark(data.string(schema::data::kQuoteText));
    a.kind = data.string(schema::data::kKind);
    a.cue = data.string(schema::data::kCue);
    a.score = it.get_weight();
    a.article = article_ref(data);
    out.answers.push_back(std::move(a));
  };

  if (intent.kind == IntentKind::WhoSaid) {
    // One answer per speaker, the best statement of each, speakers in the
    // order of their best statements: the first `limit` speakers of the
    // ranking are those of its top statements, so the ranking is read until
    // that many have been seen. That is what a collapse on the speaker
    // gives, without reading the speaker of every match.
    Xapian::MSet mset;
    std::vector<std::pair<Xapian::MSetIterator, std::string>> best;  // statement, speaker value
    for (Xapian::doccount depth = std::max(options.limit * 5, 50u);; depth *= 4) {
      mset = enquire.get_mset(0, depth, kCheckAtLeast);
      best.clear();
      std::set<std::string> speakers;
      for (auto it = mset.begin(); it != mset.end() && best.size() < options.limit; ++it) {
        std::string speaker = it.get_document().get_value(schema::slot::kSpeaker);
        if (speakers.insert(speaker).second) best.emplace_back(it, std::move(speaker));
      }
      if (best.size() == options.limit || mset.size() < depth) break;
    }
    set_total(mset, out);
    // How many statements of each answering speaker match, in one pass over
    // just their statements (by their speaker terms).
    std::vector<Xapian::Query> answering;
    for (const auto& entry : best) answering.emplace_back(schema::speaker_value_term(entry.second));
    Xapian::Enquire counting(db_);
    counting.set_query(Xapian::Query(Xapian::Query::OP_FILTER, q,
                                     Xapian::Query(Xapian::Query::OP_OR, answering.begin(), answering.end())));
    counting.set_weighting_scheme(Xapian::BoolWeight());
    Xapian::ValueCountMatchSpy per_speaker(schema::slot::kSpeaker);
    counting.add_matchspy(&per_speaker);
    (void)counting.get_mset(0, 0, kCheckAtLeast * std::max<Xapian::doccount>(1, options.limit));
    std::map<std::string, Xapian::doccount> statements;
    for (auto v = per_speaker.values_begin(); v != per_speaker.values_end(); ++v) statements[*v] = v.get_termfreq();
    for (const auto& [it, speaker] : best) {
      add_answer(it);
      out.answers.back().statements = std::max<Xapian::doccount>(1, statements[speaker]);
    }
    return;
  }

  std::vector<Xapian::MSet> passes;
  if (intent.kind == IntentKind::WhatDidSay) {
    // Spread across articles first, then fill with further statements.
    enquire.set_collapse_key(schema::slot::kArticleKey);
    passes.push_back(enquire.get_mset(0, options.limit, kCheckAtLeast));
    enquire.set_collapse_key(Xapian::BAD_VALUENO);
  }
  passes.push_back(enquire.get_mset(0, options.limit, kCheckAtLeast));
  set_total(passes.back(), out);
  std::set<Xapian::docid> seen;
  for (const Xapian::MSet& mset : passes) {
    for (auto it = mset.begin(); it != mset.end() && out.answers.size() < options.limit; ++it) {
      if (seen.insert(*it).second) add_answer(it);
    }
  }
}

void Searcher::describe_entity(SearchResults& out) {
  const auto found = entities_.find(out.intent.subject, std::nullopt, 1);
  if (found.empty()) return;
  out.entity = entities_.card(found.front());
  out.total = 1;
}

std::string plain_text(std::string_view marked) {
  std::string out;
  out.reserve(marked.size());
  for (const char c : marked) {
    if (c != kHighlightStart && c != kHighlightEnd) out += c;
  }
  return out;
}

}  // namespace quoth
