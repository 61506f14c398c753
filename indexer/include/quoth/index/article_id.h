// Stable article keys: the identity of an article (its path, or path#id for a
// JSON Lines record) hashed to a fixed-length key, so that re-indexing the
// same article replaces it and sharding can route it deterministically.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace quoth {

// 64-bit FNV-1a of the identity's bytes.
[[nodiscard]] std::uint64_t article_hash(std::string_view identity);

// 16 lower-case hex digits of article_hash.
[[nodiscard]] std::string article_key(std::string_view identity);

// The unique-id term of an article document (schema::prefix::kArticleId + key).
[[nodiscard]] std::string article_id_term(std::string_view identity);

}  // namespace quoth
