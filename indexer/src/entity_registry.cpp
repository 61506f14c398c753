#include "quoth/index/entity_registry.h"

#include <algorithm>

#include "quoth/index/schema.h"

namespace quoth {

std::string entity_id_term(const EntityId& id) { return std::string(schema::prefix::kEntityId) + id; }

EntityRecord& EntityRegistry::record(const EntityContribution& c) {
  auto it = touched_.find(c.id);
  if (it != touched_.end()) return it->second;
  EntityRecord r;
  const std::string term = entity_id_term(c.id);
  if (auto kept = kept_.find(c.id); kept != kept_.end()) {
    r = std::move(kept->second);
    kept_.erase(kept);
  } else if (Xapian::PostingIterator p = db_.postlist_begin(term); p != db_.postlist_end(term)) {
    r = entity_record_from_json(nlohmann::json::parse(db_.get_document(*p).get_data(), nullptr, false));
  }
  r.id = c.id;
  r.type = c.type;
  return touched_.emplace(c.id, std::move(r)).first->second;
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

void EntityRegistry::flush() {
  std::vector<EntityId> ids;
  ids.reserve(touched_.size());
  for (const auto& entry : touched_) ids.push_back(entry.first);
  std::sort(ids.begin(), ids.end());  // deterministic write order
  if (kept_.size() + ids.size() > kKeptRecords) kept_.clear();
  for (const EntityId& id : ids) {
    EntityRecord& r = touched_.at(id);
    if (r.articles == 0) {
      db_.delete_document(entity_id_term(id));
    } else {
      db_.replace_document(entity_id_term(id), entity_document(r, analyzer_));
      kept_.emplace(id, std::move(r));
    }
  }
  touched_.clear();
}

}  // namespace quoth
