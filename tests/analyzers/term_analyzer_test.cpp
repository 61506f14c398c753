#include <catch2/catch.hpp>

#include "quoth/analyzers/term_analyzer.h"

using namespace quoth;

namespace {

std::vector<std::string> texts(const std::vector<Term>& terms) {
  std::vector<std::string> out;
  for (const auto& t : terms) out.push_back(t.text);
  return out;
}

}  // namespace

TEST_CASE("words are case-folded and punctuation dropped", "[analyzer]") {
  TermAnalyzer analyzer;
  const auto terms = analyzer.analyze("Talks between Ukrainian and U.S. delegations took place in Berlin.");
  CHECK(texts(terms) == std::vector<std::string>{"talks", "between", "ukrainian", "and", "u.s",
                                                 "delegations", "took", "place", "in", "berlin"});
}

TEST_CASE("stop words keep their positions", "[analyzer]") {
  TermAnalyzer analyzer;
  const auto terms = analyzer.analyze("the status of the Zaporizhzhia nuclear power plant");
  REQUIRE(terms.size() == 8);
  for (std::size_t i = 0; i < terms.size(); ++i) CHECK(terms[i].position == i);
}

TEST_CASE("a possessive finds the name", "[analyzer]") {
  TermAnalyzer analyzer;
  CHECK(texts(analyzer.analyze("Zelenskyy's plan")) == std::vector<std::string>{"zelenskyy", "plan"});
  CHECK(texts(analyzer.analyze("Trump\u2019s son-in-law")) ==
        std::vector<std::string>{"trump", "son", "in", "law"});
}

TEST_CASE("spans are code points into the text", "[analyzer]") {
  TermAnalyzer analyzer;
  const std::string text = "\u201CWe are ready,\u201D Zelenskyy said";
  const auto terms = analyzer.analyze(text);
  REQUIRE(terms.size() == 5);
  CHECK(terms[0].span == Span{1, 3});
  CHECK(terms[3].text == "zelenskyy");
  CHECK(terms[3].span == Span{16, 25});
}

TEST_CASE("Cyrillic and compatibility forms fold", "[analyzer]") {
  TermAnalyzer analyzer;
  CHECK(texts(analyzer.analyze("The third commitment \u043F\u0440\u0435\u0434\u0443\u0441\u043C\u0430\u0442\u0440\u0438\u0432\u0430\u0435\u0442 monitoring")) ==
        std::vector<std::string>{"the", "third", "commitment",
                                 "\u043F\u0440\u0435\u0434\u0443\u0441\u043C\u0430\u0442\u0440\u0438\u0432\u0430\u0435\u0442",
                                 "monitoring"});
  CHECK(analyzer.fold("\uFB01nal") == "final");      // ligature
  CHECK(analyzer.fold("STRA\u00DFE") == "strasse");  // full case folding
  CHECK(analyzer.fold("don\u2019t") == "don't");
}

TEST_CASE("empty and punctuation-only text gives no terms", "[analyzer]") {
  TermAnalyzer analyzer;
  CHECK(analyzer.analyze("").empty());
  CHECK(analyzer.analyze(" \u2014 ... !!").empty());
}
