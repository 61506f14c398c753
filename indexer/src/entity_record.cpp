#include "quoth/index/entity_record.h"

#include <algorithm>

#include "quoth/index/entity_contribution.h"
#include "quoth/index/schema.h"

namespace quoth {
namespace {

std::size_t word_count(const std::string& s) {
  std::size_t n = 0;
  bool in_word = false;
  for (const char c : s) {
    const bool space = c == ' ';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

}  // namespace

std::string EntityRecord::canonical() const {
  const std::pair<const std::string, std::size_t>* best = nullptr;
  for (const auto& entry : names) {
    if (entry.second == 0) continue;
    if (!best) {
      best = &entry;
      continue;
    }
    const auto key = [](const auto& e) { return std::make_pair(word_count(e.first), e.second); };
    if (key(entry) > key(*best)) best = &entry;
  }
  return best ? best->first : std::string();
}

std::vector<std::string> EntityRecord::aliases() const {
  const std::string main = canonical();
  std::vector<std::pair<std::size_t, std::string>> ranked;
  for (const auto& [name, n] : names) {
    if (n > 0 && name != main) ranked.emplace_back(n, name);
  }
  std::sort(ranked.begin(), ranked.end(),
            [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
  std::vector<std::string> out;
  for (auto& r : ranked) out.push_back(std::move(r.second));
  return out;
}

void merge_into(EntityRecord& into, const EntityRecord& from) {
  if (into.id.empty()) {
    into = from;
    return;
  }
  for (const auto& [name, n] : from.names) into.names[name] += n;
  for (const RoleSource& role : from.roles) {
    if (std::find(into.roles.begin(), into.roles.end(), role) == into.roles.end()) into.roles.push_back(role);
  }
  into.articles += from.articles;
  into.quotes += from.quotes;
  into.mentions += from.mentions;
}

std::optional<EntityRecord> read_entity(const Xapian::Database& db, const EntityId& id) {
  const std::string term = schema::term(schema::prefix::kEntityId, id);
  std::optional<EntityRecord> merged;
  for (auto p = db.postlist_begin(term); p != db.postlist_end(term); ++p) {
    const EntityRecord one = entity_record_from_json(nlohmann::json::parse(db.get_document(*p).get_data(), nullptr, false));
    if (!merged) merged.emplace();
    merge_into(*merged, one);
  }
  return merged;
}

nlohmann::json to_json(const EntityRecord& r) {
  nlohmann::json roles = nlohmann::json::array();
  for (const auto& role : r.roles) roles.push_back({{"role", role.role}, {"article", role.article}});
  return {{std::string(schema::data::kEntityId), r.id},
          {std::string(schema::data::kCanonical), r.canonical()},
          {std::string(schema::data::kType), std::string(to_string(r.type))},
          {std::string(schema::data::kAliases), r.names},
          {std::string(schema::data::kRoles), roles},
          {std::string(schema::data::kArticles), r.articles},
          {std::string(schema::data::kQuotes), r.quotes},
          {std::string(schema::data::kMentions), r.mentions}};
}

EntityRecord entity_record_from_json(const nlohmann::json& j) {
  EntityRecord r;
  if (!j.is_object()) return r;
  r.id = j.value(schema::data::kEntityId, "");
  r.type = entity_type_from_string(j.value(schema::data::kType, "PERSON"));
  if (const auto it = j.find(schema::data::kAliases); it != j.end() && it->is_object()) {
    r.names = it->get<std::map<std::string, std::size_t>>();
  }
  if (const auto it = j.find(schema::data::kRoles); it != j.end() && it->is_array()) {
    for (const auto& role : *it) r.roles.push_back({role.value("role", ""), role.value("article", "")});
  }
  r.articles = j.value(schema::data::kArticles, std::size_t{0});
  r.quotes = j.value(schema::data::kQuotes, std::size_t{0});
  r.mentions = j.value(schema::data::kMentions, std::size_t{0});
  return r;
}

}  // namespace quoth
