// Named entities found in an article: typed mentions (spans into the article
// text) and the article-level entities they resolve to. Produced by the
// entity recognizer and resolver (issue: entities), consumed by quote
// attribution, the indexer and `quoth-index --analyze`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "quoth/analyzers/span.h"

namespace quoth {

enum class EntityType { Person, Org, Place, Date, Figure };

[[nodiscard]] std::string_view to_string(EntityType type);  // "PERSON", "ORG", ...

// A stable entity id: type + canonical key, e.g. "person:zelenskyy".
using EntityId = std::string;

struct EntityMention {
  Span span;           // code points into the article text
  EntityType type = EntityType::Person;
  std::string text;    // the mention as written
  EntityId entity_id;  // the resolved entity ("" if unresolved)
  std::string canonical;  // the resolved entity's canonical name
};

struct EntityRole {
  std::string role;  // "Kremlin spokesman", "secretary of Ukraine's National Security and Defense Council"
  Span span;         // where the role is stated
};

// One entity of one article, with everything the article says of it.
struct ArticleEntity {
  EntityId id;
  std::string canonical;            // most complete, most frequent form
  EntityType type = EntityType::Person;
  std::vector<std::string> aliases;  // every other form used in the article
  std::vector<EntityRole> roles;
  std::size_t mentions = 0;
};

}  // namespace quoth
