// The seed golden test of the entities issue: every person the seed articles
// name, found as one PERSON entity with the right canonical name, and the
// roles the articles state. Measured against a hand-written golden file; the
// test asserts floors and lists what is missed.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "seed_analyses.h"

using namespace quoth;

using quoth::test::lower;

TEST_CASE("the people of the seed articles are found, each as one entity, with their roles", "[entities][golden]") {
  const std::map<std::string, ArticleAnalysis> by_seed = quoth::test::analysed_seeds();
  std::istringstream golden(quoth::test::golden_file("seed_people.tsv"));
  std::size_t people = 0, found = 0, with_role = 0, roles_found = 0;
  for (std::string line; std::getline(golden, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string seed, canonical, role;
    std::getline(fields, seed, '\t');
    std::getline(fields, canonical, '\t');
    std::getline(fields, role, '\t');
    const ArticleAnalysis& a = by_seed.at(seed);
    ++people;
    // One PERSON entity with this canonical name, and no other PERSON
    // entity for a part of it (the surname alone would be a split).
    const auto entity = std::find_if(a.entities.begin(), a.entities.end(), [&](const ArticleEntity& e) {
      return e.type == EntityType::Person && e.canonical == canonical;
    });
    const std::string surname = canonical.substr(canonical.rfind(' ') + 1);
    const bool split = std::any_of(a.entities.begin(), a.entities.end(), [&](const ArticleEntity& e) {
      return e.type == EntityType::Person && e.canonical != canonical && e.canonical.find(surname) != std::string::npos;
    });
    if (entity != a.entities.end() && !split) {
      ++found;
    } else {
      UNSCOPED_INFO(seed << ": " << canonical << (split ? " (split into several entities)" : " (not found)"));
    }
    if (role == "-") continue;
    ++with_role;
    const bool stated = entity != a.entities.end() &&
                        std::any_of(entity->roles.begin(), entity->roles.end(),
                                    [&](const EntityRole& r) { return lower(r.role).find(role) != std::string::npos; });
    if (stated) {
      ++roles_found;
    } else {
      UNSCOPED_INFO(seed << ": " << canonical << " lacks the role \"" << role << "\"");
    }
  }
  INFO(found << " of " << people << " people found; " << roles_found << " of " << with_role << " roles");
  CHECK(people == 44);
  // Floors at the figures measured when the golden file was written; raise
  // them as recognition improves, never lower them.
  CHECK(found * 100 >= people * 95);  // 43 of 44 on 2026-11-25 (40 in the first sitting)
  CHECK(roles_found * 100 >= with_role * 95);  // 25 of 26
}
