// An entity document's data (quoth/index/entity_record.h, to_json) read into
// an EntityRecord without a JSON DOM — "who is" cards and speaker lookups read
// hundreds. Data of another shape is read by entity_record_from_json, so the
// result is always what the indexer's reader gives. Internal to the searcher.
#pragma once

#include <xapian.h>

#include <optional>
#include <string_view>

#include "quoth/index/entity_record.h"

namespace quoth {

[[nodiscard]] EntityRecord read_entity_data(std::string_view data);

// Every registry entry of `id` (one per shard), merged; nullopt if none.
// read_entity() with read_entity_data().
[[nodiscard]] std::optional<EntityRecord> read_registered_entity(const Xapian::Database& db,
                                                                 const EntityId& id);

}  // namespace quoth
