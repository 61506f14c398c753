// What one article contributes to the index-wide entity registry: per entity,
// the names the article used, the roles it states and its mention and quote
// counts. Stored in the article's document (value slot schema::slot::kEntities)
// so that replacing or removing the article can take its contribution back
// exactly.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "quoth/analyzers/article_analysis.h"

namespace quoth {

struct EntityContribution {
  EntityId id;
  std::string canonical;
  EntityType type = EntityType::Person;
  std::map<std::string, std::size_t> names;  // name as written -> mentions
  std::vector<std::string> roles;
  std::size_t mentions = 0;
  std::size_t quotes = 0;  // statements the entity speaks in the article
};

using ArticleContribution = std::vector<EntityContribution>;

// Collects the contribution of an analysed article (PERSON, ORG and PLACE
// entities; dates and figures are not registry entries).
[[nodiscard]] ArticleContribution contribution_of(const ArticleAnalysis& analysis);

[[nodiscard]] nlohmann::json to_json(const ArticleContribution& contribution);
[[nodiscard]] ArticleContribution contribution_from_json(const nlohmann::json& j);
// The contribution stored in an article document (empty if none).
[[nodiscard]] ArticleContribution stored_contribution(const Xapian::Document& article);

// The entities an article names, as stored in schema::slot::kEntityIds.
struct NamedEntity {
  EntityType type;
  EntityId id;
};
[[nodiscard]] std::string entity_ids_value(const ArticleContribution& contribution);
[[nodiscard]] std::vector<NamedEntity> stored_entity_ids(const Xapian::Document& article);

[[nodiscard]] bool is_registry_type(EntityType type);
[[nodiscard]] EntityType entity_type_from_string(std::string_view name);

}  // namespace quoth
