#include "quoth/index/entity_contribution.h"

#include <unordered_map>

#include "quoth/index/schema.h"

namespace quoth {

bool is_registry_type(EntityType type) {
  return type == EntityType::Person || type == EntityType::Org || type == EntityType::Place;
}

EntityType entity_type_from_string(std::string_view name) {
  for (const EntityType t : {EntityType::Person, EntityType::Org, EntityType::Place,
                             EntityType::Date, EntityType::Figure}) {
    if (to_string(t) == name) return t;
  }
  return EntityType::Person;
}

ArticleContribution contribution_of(const ArticleAnalysis& analysis) {
  ArticleContribution out;
  std::unordered_map<std::string, std::size_t> index;
  for (const ArticleEntity& e : analysis.entities) {
    if (!is_registry_type(e.type) || e.id.empty()) continue;
    index.emplace(e.id, out.size());
    EntityContribution c;
    c.id = e.id;
    c.canonical = e.canonical;
    c.type = e.type;
    c.mentions = e.mentions;
    for (const EntityRole& role : e.roles) c.roles.push_back(role.role);
    out.push_back(std::move(c));
  }
  for (const EntityMention& m : analysis.mentions) {
    const auto it = index.find(m.entity_id);
    if (it != index.end()) ++out[it->second].names[m.text];
  }
  for (EntityContribution& c : out) {
    if (c.names.empty() && !c.canonical.empty()) c.names[c.canonical] = c.mentions ? c.mentions : 1;
    if (c.mentions == 0) {
      for (const auto& [name, n] : c.names) c.mentions += n;
    }
  }
  for (const Quote& q : analysis.quotes) {
    if (!q.speaker || q.speaker->entity_id.empty()) continue;
    const auto it = index.find(q.speaker->entity_id);
    if (it != index.end()) ++out[it->second].quotes;
  }
  return out;
}

nlohmann::json to_json(const ArticleContribution& contribution) {
  nlohmann::json arr = nlohmann::json::array();
  for (const EntityContribution& c : contribution) {
    arr.push_back({{"id", c.id},
                   {"canonical", c.canonical},
                   {"type", std::string(to_string(c.type))},
                   {"names", c.names},
                   {"roles", c.roles},
                   {"mentions", c.mentions},
                   {"quotes", c.quotes}});
  }
  return arr;
}

ArticleContribution contribution_from_json(const nlohmann::json& j) {
  ArticleContribution out;
  if (!j.is_array()) return out;
  for (const auto& e : j) {
    EntityContribution c;
    c.id = e.value("id", "");
    c.canonical = e.value("canonical", "");
    c.type = entity_type_from_string(e.value("type", "PERSON"));
    if (e.contains("names")) c.names = e["names"].get<std::map<std::string, std::size_t>>();
    if (e.contains("roles")) c.roles = e["roles"].get<std::vector<std::string>>();
    c.mentions = e.value("mentions", std::size_t{0});
    c.quotes = e.value("quotes", std::size_t{0});
    out.push_back(std::move(c));
  }
  return out;
}

ArticleContribution stored_contribution(const Xapian::Document& article) {
  return contribution_from_json(nlohmann::json::parse(article.get_value(schema::slot::kEntities), nullptr, false));
}

std::string entity_ids_value(const ArticleContribution& contribution) {
  std::string out;
  for (const EntityContribution& c : contribution) out.append(to_string(c.type)).append(1, ' ').append(c.id).append(1, '\n');
  return out;
}

std::vector<NamedEntity> stored_entity_ids(const Xapian::Document& article) {
  std::vector<NamedEntity> out;
  const std::string value = article.get_value(schema::slot::kEntityIds);
  std::string_view rest = value;
  while (!rest.empty()) {
    const std::size_t end = std::min(rest.find('\n'), rest.size());
    const std::string_view line = rest.substr(0, end);
    rest.remove_prefix(std::min(end + 1, rest.size()));
    const std::size_t space = line.find(' ');
    if (space == std::string_view::npos) continue;
    out.push_back({entity_type_from_string(line.substr(0, space)), EntityId(line.substr(space + 1))});
  }
  return out;
}

}  // namespace quoth
