#include <catch2/catch.hpp>

#include "quoth/analyzers/plain_text_reader.h"

using namespace quoth;

TEST_CASE("the first non-empty line is the title and the text is the whole file", "[reader]") {
  const std::string content =
      "\n  Peace talks in Berlin  \nTalks between Ukrainian and U.S. delegations took place.\n";
  const Article a = read_plain_text(content);
  CHECK(a.title == "Peace talks in Berlin");
  CHECK(a.text == content);
  CHECK(a.title_span == Span{3, 24});
  CHECK(a.body_span.start == 27);
  CHECK(a.body_span.end == static_cast<CodePointOffset>(content.size()));
}

TEST_CASE("a title with non-ASCII characters has code-point spans", "[reader]") {
  const Article a = read_plain_text("Zelensky \u2014 \u201Cprogress\u201D\nbody");
  CHECK(a.title == "Zelensky \u2014 \u201Cprogress\u201D");
  CHECK(a.title_span == Span{0, 21});
  CHECK(a.body_span == Span{22, 26});
}

TEST_CASE("a file of blank lines has no title", "[reader]") {
  const Article a = read_plain_text("\n \n");
  CHECK(a.title.empty());
  CHECK(a.body_span.empty());
}
