#include <catch2/catch.hpp>

#include "quoth/analyzers/dates.h"
#include "quoth/analyzers/jsonl_reader.h"
#include "quoth/analyzers/markdown_reader.h"

using namespace quoth;

TEST_CASE("a JSON Lines record gives title, text, source, date, id and metadata", "[reader]") {
  const auto r = read_jsonl_line(
      R"({"id": "bbc-042", "source": "BBC News", "title": "Blair rejects Tory claims", "date": "2005-02-14T09:30:00Z",)"
      R"( "text": "Tony Blair has rejected claims.", "topic": "politics", "words": 5})");
  REQUIRE(r.article);
  CHECK(r.error.empty());
  CHECK(r.article->id == "bbc-042");
  CHECK(r.article->article.title == "Blair rejects Tory claims");
  CHECK(r.article->article.source == "BBC News");
  CHECK(r.article->article.date == "2005-02-14");
  CHECK(r.article->article.text == "Tony Blair has rejected claims.");
  CHECK(r.article->article.metadata ==
        std::vector<std::pair<std::string, std::string>>{{"topic", "politics"}, {"words", "5"}});
}

TEST_CASE("body or content stand in for text, and the url for a missing id", "[reader]") {
  const auto r = read_jsonl_line(R"({"url": "https://example.org/a", "body": "Merz spoke."})");
  REQUIRE(r.article);
  CHECK(r.article->id == "https://example.org/a");
  CHECK(r.article->article.text == "Merz spoke.");
  CHECK(read_jsonl_line(R"({"content": "Umerov met Witkoff."})").article->article.text == "Umerov met Witkoff.");
}

TEST_CASE("broken JSON lines say why", "[reader]") {
  CHECK(read_jsonl_line("{\"title\": \"cut off").error == "not valid JSON");
  CHECK(read_jsonl_line("[1, 2]").error == "not a JSON object");
  CHECK(read_jsonl_line(R"({"title": "no text"})").error == "no article text (keys text, body or content)");
  const auto blank = read_jsonl_line("   ");
  CHECK_FALSE(blank.article);
  CHECK(blank.error.empty());
}

TEST_CASE("dates written several ways normalise to ISO", "[reader]") {
  CHECK(normalise_date("15 December 2025") == "2025-12-15");
  CHECK(normalise_date("December 15, 2025") == "2025-12-15");
  CHECK(normalise_date("Dec. 15, 2025") == "2025-12-15");
  CHECK(normalise_date("2025-12-15T10:00:00+02:00") == "2025-12-15");
  CHECK(normalise_date("Monday") == "");
  CHECK(normalise_date("2025-13-40") == "");
}

TEST_CASE("Markdown notes lose their markup and keep their text", "[reader]") {
  const Article a = read_markdown(
      "# Talks in Berlin\n\n"
      "**Steve Witkoff** met [Rustem Umerov](https://example.org/umerov) in *Berlin*.\n"
      "- security guarantees\n"
      "> \u201CWe are closer to peace,\u201D Trump said.\n"
      "```\ncode stays\n```\n");
  CHECK(a.title == "Talks in Berlin");
  CHECK(a.text ==
        "Talks in Berlin\n\nSteve Witkoff met Rustem Umerov in Berlin.\nsecurity guarantees\n"
        "\u201CWe are closer to peace,\u201D Trump said.\ncode stays\n");
}
