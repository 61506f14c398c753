// The searcher's entity data reader (searcher/src/entity_data.h) gives what
// the indexer's entity_record_from_json gives, for what to_json writes.
#include "entity_data.h"

#include <catch2/catch.hpp>

using namespace quoth;

namespace {

void check_same(const EntityRecord& a, const EntityRecord& b) {
  CHECK(a.id == b.id);
  CHECK(a.type == b.type);
  CHECK(a.names == b.names);
  CHECK(a.roles == b.roles);
  CHECK(a.articles == b.articles);
  CHECK(a.quotes == b.quotes);
  CHECK(a.mentions == b.mentions);
}

}  // namespace

TEST_CASE("an entity's data reads as the indexer reads it", "[entity_data]") {
  EntityRecord r;
  r.id = "person:volodymyr-zelenskyy";
  r.type = EntityType::Person;
  r.names = {{"Volodymyr Zelenskyy", 12}, {"Zelensky", 7}, {"Зеленський", 1}, {"\"Ze\"", 1}};
  r.roles = {{"Ukrainian President", "/corpus/seeds/000_1b7f9f03b17e755c.txt"},
             {"President", "a\\b"}};
  r.articles = 5;
  r.quotes = 9;
  r.mentions = 21;
  const std::string data = to_json(r).dump();
  check_same(read_entity_data(data), entity_record_from_json(nlohmann::json::parse(data)));
  check_same(read_entity_data(data), r);

  EntityRecord org;
  org.id = "org:opec";
  org.type = EntityType::Org;
  org.names = {{"OPEC", 310}};
  const std::string org_data = to_json(org).dump();
  check_same(read_entity_data(org_data), org);
}

TEST_CASE("entity data of another shape still reads through nlohmann", "[entity_data]") {
  const std::string data = GENERATE(
      std::string(R"({"id":"org:aa","articles":30.0,"aliases":{"AA":38}})"),
      std::string(R"({"id":"org:aa","extra":{"x":[1,2]},"aliases":{"AA":38}})"),
      std::string(R"({"id":"org:aa","type":"ORG","aliases":{"AA":38}})"), std::string("not json"));
  check_same(read_entity_data(data),
             entity_record_from_json(nlohmann::json::parse(data, nullptr, false)));
}
