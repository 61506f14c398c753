#include "quoth/index/article_id.h"

#include "quoth/analyzers/fnv1a.h"
#include "quoth/index/schema.h"

namespace quoth {

std::uint64_t article_hash(std::string_view identity) { return fnv1a(identity); }

std::string article_key(std::string_view identity) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::uint64_t h = article_hash(identity);
  std::string key(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) key[static_cast<std::size_t>(i)] = kHex[h & 0xF];
  return key;
}

std::string article_id_term(std::string_view identity) {
  return std::string(schema::prefix::kArticleId) + article_key(identity);
}

}  // namespace quoth
