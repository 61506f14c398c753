#include "quoth/search/entity_lookup.h"

#include <algorithm>
#include <map>

#include "entity_data.h"
#include "quoth/index/document_builder.h"
#include "quoth/index/entity_contribution.h"
#include "quoth/index/schema.h"

namespace quoth {
namespace {

constexpr Xapian::doccount kCardArticles = 200;  // articles read for co-occurrence

}  // namespace

std::vector<EntityRecord> EntityLookup::find(std::string_view name, std::optional<EntityType> type,
                                             std::size_t limit) const {
  std::vector<Xapian::Query> words;
  std::vector<std::string> folded;
  for (const Term& t : analyzer_.analyze(name)) {
    words.emplace_back(schema::term(schema::prefix::kEntityName, t.text));
    folded.push_back(t.text);
  }
  if (words.empty()) return {};
  Xapian::Query q(Xapian::Query::OP_AND, words.begin(), words.end());
  q = Xapian::Query(Xapian::Query::OP_FILTER, q, Xapian::Query(schema::kind_term(schema::doc_kind::kEntity)));
  if (type) {
    q = Xapian::Query(Xapian::Query::OP_FILTER, q,
                      Xapian::Query(schema::term(schema::prefix::kEntityType, to_string(*type))));
  }
  Xapian::Enquire enquire(db_);
  enquire.set_query(q);
  const Xapian::MSet mset = enquire.get_mset(0, 200);

  // A name whose words are exactly the query's is a full match.
  const auto full_match = [&](const EntityRecord& r) {
    for (const auto& [alias, n] : r.names) {
      std::vector<std::string> alias_words;
      for (const Term& t : analyzer_.analyze(alias)) alias_words.push_back(t.text);
      if (alias_words == folded) return true;
    }
    return false;
  };
  // A sharded index has one registry entry per shard: merge them by id.
  std::map<EntityId, EntityRecord> merged;
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    EntityRecord r = read_entity_data(it.get_document().get_data());
    merge_into(merged[r.id], r);
  }
  std::vector<std::pair<std::pair<bool, std::size_t>, EntityRecord>> ranked;
  for (auto& [id, r] : merged) ranked.push_back({{full_match(r), r.articles}, std::move(r)});
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<EntityRecord> out;
  for (auto& r : ranked) {
    if (out.size() == limit) break;
    out.push_back(std::move(r.second));
  }
  return out;
}

EntityCard EntityLookup::card(const EntityRecord& record, std::size_t related) const {
  EntityCard card{record, {}};
  Xapian::Enquire enquire(db_);
  enquire.set_query(Xapian::Query(schema::term(entity_id_prefix(record.type), record.id)));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  const Xapian::MSet mset = enquire.get_mset(0, kCardArticles);
  std::map<EntityId, RelatedEntity> counts;
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    for (const NamedEntity& e : stored_entity_ids(it.get_document())) {
      if (e.id == record.id) continue;
      RelatedEntity& r = counts[e.id];  // named from the registry below
      r.type = e.type;
      ++r.articles;
    }
  }
  // The `related` most frequent, ties in id order (the map's): only they
  // are sorted.
  std::vector<std::map<EntityId, RelatedEntity>::value_type*> ranked;
  ranked.reserve(counts.size());
  for (auto& entry : counts) ranked.push_back(&entry);
  const std::size_t shown = std::min(related, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(shown), ranked.end(),
                    [](const auto* a, const auto* b) {
                      return a->second.articles != b->second.articles ? a->second.articles > b->second.articles
                                                                      : a->first < b->first;
                    });
  ranked.resize(shown);
  for (auto* entry : ranked) {
    const EntityId& id = entry->first;
    RelatedEntity& r = entry->second;
    // Named from the registry: an article's own spelling depends on which
    // articles happened to be read.
    const auto record = read_registered_entity(db_, id);
    r.name = record ? record->canonical() : id;
    card.related.push_back(std::move(r));
  }
  return card;
}

}  // namespace quoth
