#include "quoth/index/entity_registry.h"

#include <algorithm>

#include "quoth/index/article_data.h"
#include "quoth/index/schema.h"

namespace quoth {

std::string entity_id_term(const EntityId& id) { return std::string(schema::prefix::kEntityId) + id; }

EntityRecord& EntityRegistry::record(const EntityContribution& c) {
  ++clock_;
  if (auto it = touched_.find(c.id); it != touched_.end()) {
    it->second.at = clock_;
    return it->second.record;
  }
  Touched t{EntityRecord{}, clock_, true};
  const std::string term = entity_id_term(c.id);
  if (auto kept = kept_.find(c.id); kept != kept_.end()) {
    t.record = std::move(kept->second);
    kept_.erase(kept);
  } else if (Xapian::PostingIterator p = db_.postlist_begin(term); p != db_.postlist_end(term)) {
    t.record = entity_record_from_json(nlohmann::json::parse(db_.get_document(*p).get_data(), nullptr, false));
  } else {
    t.stored = false;
  }
  t.record.id = c.id;
  t.record.type = c.type;
  return touched_.emplace(c.id, std::move(t)).first->second.record;
}

void EntityRegistry::add(const ArticleContribution& contribution, const std::string& article_id) {
  for (const EntityContribution& c : contribution) {
    EntityRecord& r = record(c);
    ++r.articles;
    r.quotes += c.quotes;
    r.mentions += c.mentions;
    for (const auto& [name, n] : c.names) r.names[name] += n;
    for (const std::string& role : c.roles) {
      RoleSource source{role, article_id};
      if (std::find(r.roles.begin(), r.roles.end(), source) == r.roles.end()) r.roles.push_back(source);
    }
  }
}

void EntityRegistry::remove(const ArticleContribution& contribution, const std::string& article_id) {
  const auto minus = [](std::size_t& a, std::size_t b) { a = a > b ? a - b : 0; };
  for (const EntityContribution& c : contribution) {
    EntityRecord& r = record(c);
    minus(r.articles, 1);
    minus(r.quotes, c.quotes);
    minus(r.mentions, c.mentions);
    for (const auto& [name, n] : c.names) {
      auto it = r.names.find(name);
      if (it == r.names.end()) continue;
      minus(it->second, n);
      if (it->second == 0) r.names.erase(it);
    }
    std::erase_if(r.roles, [&](const RoleSource& s) { return s.article == article_id; });
  }
}

Xapian::Document entity_document(const EntityRecord& r, TermAnalyzer& analyzer) {
  Xapian::Document doc;
  doc.add_boolean_term(schema::kind_term(schema::doc_kind::kEntity));
  doc.add_boolean_term(entity_id_term(r.id));
  doc.add_boolean_term(std::string(schema::prefix::kEntityType) + std::string(to_string(r.type)));
  const std::string name_prefix(schema::prefix::kEntityName);
  for (const auto& [name, n] : r.names) {
    for (const Term& t : analyzer.analyze(name)) {
      doc.add_term(name_prefix + t.text, static_cast<Xapian::termcount>(std::min<std::size_t>(n, 1000)));
    }
  }
  doc.set_data(to_json(r).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  return doc;
}

void EntityRegistry::write(const EntityId& id, Touched& t) {
  EntityRecord& r = t.record;
  if (r.articles == 0) {
    if (t.stored) db_.delete_document(entity_id_term(id));
  } else {
    // A record the database does not hold yet is added: no look-up.
    if (t.stored) {
      db_.replace_document(entity_id_term(id), entity_document(r, analyzer_));
    } else {
      db_.add_document(entity_document(r, analyzer_));
    }
    kept_.emplace(id, std::move(r));
  }
}

void EntityRegistry::flush() {
  std::vector<EntityId> ids;
  ids.reserve(touched_.size());
  for (const auto& entry : touched_) ids.push_back(entry.first);
  std::sort(ids.begin(), ids.end());  // deterministic write order
  if (kept_.size() + ids.size() > kKeptRecords) kept_.clear();
  for (const EntityId& id : ids) write(id, touched_.at(id));
  touched_.clear();
}

void EntityRegistry::flush_beyond(std::size_t held) {
  if (touched_.size() <= held) return;
  // Down to half of `held`, so that the next few commits write nothing.
  std::vector<std::pair<std::uint64_t, EntityId>> by_age;
  by_age.reserve(touched_.size());
  for (const auto& [id, t] : touched_) by_age.emplace_back(t.at, id);
  const std::size_t out = touched_.size() - held / 2;
  std::nth_element(by_age.begin(), by_age.begin() + static_cast<std::ptrdiff_t>(out), by_age.end());
  by_age.resize(out);
  std::sort(by_age.begin(), by_age.end(),
            [](const auto& a, const auto& b) { return a.second < b.second; });  // deterministic write order
  if (kept_.size() + out > kKeptRecords) kept_.clear();
  for (const auto& [at, id] : by_age) {
    write(id, touched_.at(id));
    touched_.erase(id);
  }
}

void add_articles_of(const Xapian::Database& db, EntityRegistry& registry) {
  const std::string articles = schema::kind_term(schema::doc_kind::kArticle);
  for (auto p = db.postlist_begin(articles); p != db.postlist_end(articles); ++p) {
    const Xapian::Document doc = db.get_document(*p);
    const std::string data = doc.get_data();
    const ArticleData article = read_article_data(data);
    if (!article.fields.is_object()) continue;
    registry.add(stored_contribution(doc), article.fields.value(schema::data::kId, ""));
  }
}

}  // namespace quoth
