#include "entity_data.h"

#include <charconv>

#include "json_cursor.h"
#include "quoth/index/entity_contribution.h"
#include "quoth/index/schema.h"

namespace quoth {
namespace {

bool count(JsonCursor& in, std::size_t& out) {
  std::string digits;
  if (!in.literal(digits)) return false;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), out);
  return error == std::errc() && end == digits.data() + digits.size();
}

bool aliases(JsonCursor& in, std::map<std::string, std::size_t>& names) {
  if (!in.take('{')) return false;
  if (in.take('}')) return true;
  do {
    std::string name;
    std::size_t n = 0;
    if (!in.string(name) || !in.take(':') || !count(in, n)) return false;
    names[std::move(name)] = n;
  } while (in.take(','));
  return in.take('}');
}

bool role(JsonCursor& in, RoleSource& out) {
  if (!in.take('{')) return false;
  if (in.take('}')) return true;
  do {
    std::string key, value;
    if (!in.string(key) || !in.take(':') || !in.string(value)) return false;
    if (key == "role")
      out.role = std::move(value);
    else if (key == "article")
      out.article = std::move(value);
  } while (in.take(','));
  return in.take('}');
}

bool roles(JsonCursor& in, std::vector<RoleSource>& out) {
  if (!in.take('[')) return false;
  if (in.take(']')) return true;
  do {
    RoleSource r;
    if (!role(in, r)) return false;
    out.push_back(std::move(r));
  } while (in.take(','));
  return in.take(']');
}

// The record, or nullopt where the data is not in the shape to_json writes.
std::optional<EntityRecord> read_fast(std::string_view data) {
  JsonCursor in(data);
  EntityRecord r;
  std::string type = "PERSON";
  if (!in.take('{')) return std::nullopt;
  if (!in.take('}')) {
    do {
      std::string key, ignored;
      if (!in.string(key) || !in.take(':')) return std::nullopt;
      bool ok = false;
      if (key == schema::data::kEntityId)
        ok = in.string(r.id);
      else if (key == schema::data::kType)
        ok = in.string(type);
      else if (key == schema::data::kAliases)
        ok = aliases(in, r.names);
      else if (key == schema::data::kRoles)
        ok = roles(in, r.roles);
      else if (key == schema::data::kArticles)
        ok = count(in, r.articles);
      else if (key == schema::data::kQuotes)
        ok = count(in, r.quotes);
      else if (key == schema::data::kMentions)
        ok = count(in, r.mentions);
      else if (in.skip_space(), in.peek() == '"')
        ok = in.string(ignored);
      if (!ok) return std::nullopt;
    } while (in.take(','));
    if (!in.take('}')) return std::nullopt;
  }
  if (!in.at_end()) return std::nullopt;
  r.type = entity_type_from_string(type);
  return r;
}

}  // namespace

EntityRecord read_entity_data(std::string_view data) {
  if (auto r = read_fast(data)) return std::move(*r);
  return entity_record_from_json(nlohmann::json::parse(data, nullptr, false));
}

std::optional<EntityRecord> read_registered_entity(const Xapian::Database& db, const EntityId& id) {
  const std::string term = schema::term(schema::prefix::kEntityId, id);
  std::optional<EntityRecord> merged;
  for (auto p = db.postlist_begin(term); p != db.postlist_end(term); ++p) {
    const EntityRecord one = read_entity_data(db.get_document(*p).get_data());
    if (!merged) merged.emplace();
    merge_into(*merged, one);
  }
  return merged;
}

}  // namespace quoth
