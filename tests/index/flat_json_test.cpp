// The searcher's flat JSON reader (searcher/src/flat_json.h) reads document
// data as nlohmann does, and declines what it does not handle.
#include "flat_json.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "document_fields.h"

using namespace quoth;

TEST_CASE("a statement's data reads as nlohmann reads it", "[flat_json]") {
  const std::string line = GENERATE(
      std::string(
          R"({"id":"/work/shared/bench/articles.jsonl#reuters-1","path":"/work/shared/bench/articles.jsonl","title":"Bahia Cocoa Review","source":"Reuters","date":"1987-02-26","quote":"in its weekly review","kind":"indirect","start":253,"end":273,"cue":"said","speaker":"Comissaria Smith","speaker_id":"org:comissaria-smith","speaker_text":"Comissaria Smith","anonymous":false,"speaker_role":""})"),
      std::string(
          R"({"title":"Zelensky: \u201cWe are closer to peace\u201d","quote":"90% of the issues \\ \"solved\"\n","anonymous":true, "speaker" : "US officials" })"),
      nlohmann::json(
          {{"title", "Jos\u00e9 Rodr\u00edguez \U0001F600 tab\there"}, {"n", 1.5}, {"x", nullptr}})
          .dump(),
      nlohmann::json({{"title", "Jos\u00e9 \U0001F600 \x01 control"}})
          .dump(-1, ' ', /*ensure_ascii=*/true));
  const auto flat = read_flat_json(line);
  REQUIRE(flat);
  const auto data = nlohmann::json::parse(line);
  for (const auto& [key, value] : data.items()) {
    if (value.is_string()) CHECK(flat->string(key) == value.get<std::string>());
    if (value.is_boolean()) CHECK(flat->boolean(key, !value.get<bool>()) == value.get<bool>());
    if (!value.is_string()) CHECK(flat->string(key).empty());
  }
  CHECK(flat->string("absent").empty());
  CHECK(flat->boolean("absent", true));
}

TEST_CASE("nesting and bad syntax are declined, and still read through nlohmann", "[flat_json]") {
  const std::string line =
      GENERATE(std::string(R"({"speaker":"Trump","roles":["president"]})"),
               std::string(R"({"speaker":"Trump","card":{"a":1}})"),
               std::string(R"({"speaker":"Trump")"), std::string(R"({"speaker":"\ud83d"})"));
  CHECK_FALSE(read_flat_json(line));
  const FlatJson fields = read_document_fields(line);
  const auto data = nlohmann::json::parse(line, nullptr, false);
  CHECK(fields.string("speaker") == (data.is_object() ? data.value("speaker", "") : ""));
}

TEST_CASE("an article's data gives its fields and its text as stored", "[flat_json]") {
  const std::string data =
      R"({"id":"a#1","title":"Diamond Shamrock (Dia) Cuts Crude Prices","quotes":2})"
      "\nNEW YORK, Feb 26 - Diamond Shamrock Corp said that\neffective today it had cut its "
      "contract prices";
  const ArticleFields article = read_article_fields(data);
  CHECK(article.fields.string("title") == "Diamond Shamrock (Dia) Cuts Crude Prices");
  CHECK(article.text.starts_with("NEW YORK, Feb 26 - Diamond"));
  CHECK(article.text.ends_with("contract prices"));
  CHECK(read_article_fields("not json\ntext").text.empty());
}
