// One entry of the index-wide entity registry, as stored in an entity
// document's data: every name the collection used for the entity (with
// mention counts), roles with the article stating them, and counts.
// Written by EntityRegistry (indexer), read by the searcher's entity cards.
#pragma once

#include <xapian.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "quoth/analyzers/entity.h"

namespace quoth {

struct RoleSource {
  std::string role;
  std::string article;  // article identity
  friend bool operator==(const RoleSource&, const RoleSource&) = default;
};

struct EntityRecord {
  EntityId id;
  EntityType type = EntityType::Person;
  std::map<std::string, std::size_t> names;  // every form used -> mentions
  std::vector<RoleSource> roles;
  std::size_t articles = 0;
  std::size_t quotes = 0;
  std::size_t mentions = 0;

  // The most complete form (most words), then the most frequent.
  [[nodiscard]] std::string canonical() const;
  // Every other name, most frequent first.
  [[nodiscard]] std::vector<std::string> aliases() const;
};

// Adds a shard's entry for the same entity (sharded indexes keep one entry
// per shard holding articles that mention it).
void merge_into(EntityRecord& into, const EntityRecord& from);

// Every registry entry of `id` in db (one per shard), merged; nullopt if none.
[[nodiscard]] std::optional<EntityRecord> read_entity(const Xapian::Database& db, const EntityId& id);

[[nodiscard]] nlohmann::json to_json(const EntityRecord& record);
[[nodiscard]] EntityRecord entity_record_from_json(const nlohmann::json& j);

}  // namespace quoth
