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

namespace {

std::vector<std::string> words_of(TermAnalyzer& analyzer, std::string_view text) {
  std::vector<std::string> out;
  for (const Term& t : analyzer.analyze(text)) {
    if (t.kind == TermKind::Word) out.push_back(t.text);
  }
  return out;
}

std::vector<std::string> of_kind(TermAnalyzer& analyzer, std::string_view text, TermKind kind) {
  std::vector<std::string> out;
  for (const Term& t : analyzer.analyze(text)) {
    if (t.kind == kind) out.push_back(t.text + "@" + std::to_string(t.position));
  }
  return out;
}

}  // namespace

TEST_CASE("U.S. and US are one term and never the word us", "[analyzer][terms]") {
  TermAnalyzer analyzer;
  CHECK(words_of(analyzer, "U.S. officials") == std::vector<std::string>{"u.s", "officials"});
  CHECK(words_of(analyzer, "US officials") == std::vector<std::string>{"u.s", "officials"});
  CHECK(words_of(analyzer, "told us") == std::vector<std::string>{"told", "us"});
  CHECK(words_of(analyzer, "the U.K. and the UK, the E.U. and the EU") ==
        std::vector<std::string>{"the", "uk", "and", "the", "uk", "the", "eu", "and", "the", "eu"});
  CHECK(words_of(analyzer, "the U.S.-led plan") == std::vector<std::string>{"the", "u.s", "led", "plan"});
  // In an ALL-CAPS headline capitals are just words.
  CHECK(words_of(analyzer, "TRUMP SAYS IT IS CLOSE") == std::vector<std::string>{"trump", "says", "it", "is", "close"});
  CHECK(words_of(analyzer, "IT workers") == std::vector<std::string>{"i.t", "workers"});
}

TEST_CASE("90% is 90 percent, and per cent is percent", "[analyzer][terms]") {
  TermAnalyzer analyzer;
  const std::vector<std::string> expected{"agreed", "on", "90", "percent"};
  CHECK(words_of(analyzer, "agreed on 90%") == expected);
  CHECK(words_of(analyzer, "agreed on 90 percent") == expected);
  CHECK(words_of(analyzer, "agreed on 90 per cent") == expected);
  CHECK(words_of(analyzer, "agreed on 90 Per Cent") == expected);
  CHECK(words_of(analyzer, "per capita") == std::vector<std::string>{"per", "capita"});
}

TEST_CASE("hyphenated words are the words of a phrase", "[analyzer][terms]") {
  TermAnalyzer analyzer;
  CHECK(words_of(analyzer, "the peace-plan") == words_of(analyzer, "the peace plan"));
  CHECK(words_of(analyzer, "the 20-point plan") == std::vector<std::string>{"the", "20", "point", "plan"});
}

TEST_CASE("Latin words with diacritics are also searchable without them", "[analyzer][terms]") {
  TermAnalyzer analyzer;
  CHECK(words_of(analyzer, "Zürich café") == std::vector<std::string>{"zürich", "café"});
  CHECK(of_kind(analyzer, "Zürich café", TermKind::Unaccented) == std::vector<std::string>{"zurich@0", "cafe@1"});
  CHECK(of_kind(analyzer, "Zurich", TermKind::Unaccented).empty());
  // Cyrillic keeps its letters: й is not и.
  CHECK(of_kind(analyzer, "\u0423\u0448\u0430\u043A\u043E\u0432 \u0441\u043A\u0430\u0437\u0430\u0432 \u0439",
                TermKind::Unaccented)
            .empty());
}

TEST_CASE("dates written several ways give one date term", "[analyzer][terms]") {
  TermAnalyzer analyzer;
  for (const char* text : {"on December 15, 2025 in Berlin", "on 15 December 2025 in Berlin",
                           "on Dec. 15, 2025 in Berlin", "on 2025-12-15 in Berlin"}) {
    INFO(text);
    CHECK(of_kind(analyzer, text, TermKind::Date) == std::vector<std::string>{"2025-12-15@1"});
  }
  CHECK(of_kind(analyzer, "on December 15 in Berlin", TermKind::Date).empty());  // no year: not clearly a date
  CHECK(of_kind(analyzer, "May 2025 was warm", TermKind::Date).empty());
  CHECK(of_kind(analyzer, "page 12-15", TermKind::Date).empty());
}
