// The entity recognizer on short real-style snippets: what its rules decide
// (dates, figures, roles, merged mentions) and what must never happen.
#include <catch2/catch.hpp>

#include <algorithm>

#include "quoth/analyzers/entity_recognizer.h"

using namespace quoth;

namespace {

std::vector<std::string> texts_of(const EntityAnalysis& a, EntityType type) {
  std::vector<std::string> out;
  for (const EntityMention& m : a.mentions) {
    if (m.type == type) out.push_back(m.text);
  }
  return out;
}

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

}  // namespace

TEST_CASE("months and weekdays are dates only when capitalised", "[entities]") {
  const auto a = EntityRecognizer().analyze(
      "The talks may resume soon, officials said. Troops march on. Envoys met on Tuesday and again on "
      "December 14, 2025.");
  const auto dates = texts_of(a, EntityType::Date);
  CHECK_FALSE(has(dates, "may"));
  CHECK_FALSE(has(dates, "march"));
  CHECK(has(dates, "Tuesday"));
  CHECK(has(dates, "December 14, 2025"));
}

TEST_CASE("figures keep their unit", "[entities]") {
  const auto a = EntityRecognizer().analyze(
      "Negotiators agreed on 90% of the issues in the 20-point plan, worth $100 billion.");
  const auto figures = texts_of(a, EntityType::Figure);
  CHECK(has(figures, "90%"));
  CHECK(has(figures, "20-point"));
  CHECK(has(figures, "$100 billion"));
}

TEST_CASE("a surname alone joins the full name of the same article, with the title as a role", "[entities]") {
  const auto a = EntityRecognizer().analyze(
      "Kremlin spokesman Dmitry Peskov spoke on Monday.\n\nLater, Peskov said the talks would go on.");
  const auto people = texts_of(a, EntityType::Person);
  CHECK(has(people, "Dmitry Peskov"));
  CHECK(has(people, "Peskov"));
  std::size_t peskov = 0;
  for (const EntityMention& m : a.mentions) {
    if (m.type == EntityType::Person && m.text.find("Peskov") != std::string::npos) {
      CHECK(m.canonical == "Dmitry Peskov");
      ++peskov;
    }
  }
  CHECK(peskov == 2);
  const auto entity = std::find_if(a.entities.begin(), a.entities.end(), [](const ArticleEntity& e) { return e.canonical == "Dmitry Peskov"; });
  REQUIRE(entity != a.entities.end());
  REQUIRE_FALSE(entity->roles.empty());
  CHECK(entity->roles.front().role.find("spokesman") != std::string::npos);
}

TEST_CASE("canonical keys fold transliterations, case, accents and possessives", "[entities]") {
  CHECK(canonical_key("Zelenskyy") == canonical_key("Zelenskiy"));
  CHECK(canonical_key("Volodymyr Zelenskyy") == "volodymyr-zelensky");
  CHECK(canonical_key("Yuriy Ushakov") == canonical_key("Yury Ushakov"));
  CHECK(canonical_key("Zürich") == canonical_key("Zurich"));
  CHECK(canonical_key("U.S.") == "us");
  CHECK(canonical_key("Witkoff's") == "witkoffs");  // the recognizer strips possessives before keying
  CHECK(canonical_key("Merz") != canonical_key("März"));
}

TEST_CASE("a headline in capitals is not a list of names", "[entities]") {
  const auto a = EntityRecognizer().analyze("TRUMP SAYS PEACE DEAL IS CLOSE AFTER BERLIN TALKS\n\nThe talks ended.");
  CHECK(a.mentions.size() <= 2);
}
