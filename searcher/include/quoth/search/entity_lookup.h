// Finds entities of the index-wide registry by any of their names, and
// builds entity cards ("who is Umerov"). Reads entity and article documents;
// cheap enough to run per query. Not thread-safe (holds the analyzer ref).
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <vector>

#include "quoth/analyzers/term_analyzer.h"
#include "quoth/index/entity_record.h"

namespace quoth {

struct RelatedEntity {
  std::string name;
  EntityType type = EntityType::Person;
  std::size_t articles = 0;  // articles shared with the card's entity
};

struct EntityCard {
  EntityRecord record;
  std::vector<RelatedEntity> related;  // most co-occurring first
};

class EntityLookup {
 public:
  EntityLookup(const Xapian::Database& db, TermAnalyzer& analyzer) : db_(db), analyzer_(analyzer) {}

  // Entities with a name containing every word of `name` (any spelling the
  // collection used), best first: a full-name match before a partial one,
  // then by article count.
  [[nodiscard]] std::vector<EntityRecord> find(std::string_view name, std::optional<EntityType> type = std::nullopt,
                                               std::size_t limit = 10) const;

  [[nodiscard]] EntityCard card(const EntityRecord& record, std::size_t related = 8) const;

 private:
  const Xapian::Database& db_;
  TermAnalyzer& analyzer_;
};

}  // namespace quoth
