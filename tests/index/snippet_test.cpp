// Snippets made by quoth itself (searcher/src/snippet.h) on real news text:
// the window, its cuts and "…" marks, and the query's words, stems and
// phrases highlighted exactly as the index matches them.
#include "snippet.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "index/seed_index.h"
#include "quoth/search/query_parser.h"
#include "quoth/search/searcher.h"

using namespace quoth;

namespace {

// The snippet `query` gives for `text`, with highlights as [ and ] unless
// `raw`.
std::string snippet_of(const std::string& query, std::string_view text, std::size_t bytes = 240,
                       bool raw = false) {
  TermAnalyzer analyzer;
  QueryParser parser(analyzer);
  SnippetMaker maker(analyzer, parser.parse(query), bytes);
  std::string out = maker.make(text);
  if (raw) return out;
  for (char& c : out) {
    if (c == kHighlightStart) c = '[';
    if (c == kHighlightEnd) c = ']';
  }
  return out;
}

// Reuters, 1987 (the benchmark corpus), with its line breaks and indents.
constexpr std::string_view kShamrock =
    "Diamond Shamrock Corp said that\n"
    "effective today it had cut its contract prices for crude oil by\n"
    "1.50 dlrs a barrel.\n"
    "    The reduction brings its posted price for West Texas\n"
    "Intermediate to 16.00 dlrs a barrel, the copany said.\n";

constexpr std::string_view kRussell =
    "The monetary and credit growth figures for the December\n"
    "quarter were probably artifically inflated by unusually high\n"
    "growth in inter-institutional lending activity on the short\n"
    "term money market, Russell said in a statement.\n"
    "    The bank moved to tighten liquidity when the initial signs\n"
    "of the recent expansion became apparent.\n";

}  // namespace

TEST_CASE("a snippet marks the query's words and folds the text's whitespace", "[snippet]") {
  const std::string s = snippet_of("oil prices", kShamrock);
  CHECK(s.starts_with(
      "Diamond Shamrock Corp said that effective today"));  // the match is near the start
  CHECK_THAT(s, Catch::Contains("contract [prices] for crude [oil] by 1.50 dlrs"));
  CHECK(s.find('\n') == std::string::npos);
  CHECK(s.find("  ") == std::string::npos);
}

TEST_CASE("a word's stem matches the word's other forms", "[snippet]") {
  // "prices" has the stem "price": the posted price is marked too.
  CHECK_THAT(snippet_of("prices", kShamrock), Catch::Contains("its posted [price] for West Texas"));
  CHECK_THAT(snippet_of("reductions", kShamrock), Catch::Contains("The [reduction] brings"));
}

TEST_CASE("a phrase is marked where it occurs whole, and only there", "[snippet]") {
  const std::string s = snippet_of("\"said in a statement\"", kRussell);
  CHECK_THAT(s, Catch::Contains("Russell [said in a statement]."));
  CHECK(snippet_of("\"money market\"", kRussell).find("[money market]") != std::string::npos);
  CHECK(snippet_of("\"market money\"", kRussell).find('[') == std::string::npos);
  // Across a line break, folded like the rest.
  CHECK_THAT(snippet_of("\"short term\"", kRussell), Catch::Contains("on the [short term] money"));
}

TEST_CASE("excluded words and dropped stop words are not marked", "[snippet]") {
  const std::string s = snippet_of("oil -prices", kShamrock);
  CHECK_THAT(s, Catch::Contains("[oil]"));
  CHECK(s.find("[prices]") == std::string::npos);
  CHECK(snippet_of("price of oil", kShamrock).find("[of]") == std::string::npos);
}

TEST_CASE("a passage deep in a long article is shown cut at spaces with … at both ends",
          "[snippet]") {
  std::string text;
  for (int i = 0; i < 200; ++i)
    text += "Analysts said the outlook for the sector remained uncertain this year.\n    ";
  text += kRussell;
  for (int i = 0; i < 200; ++i)
    text += "Traders expected the central bank to act again within weeks.\n    ";
  const std::string s = snippet_of("liquidity", text);
  CHECK(s.starts_with("…"));
  CHECK(s.ends_with("…"));
  CHECK_THAT(s, Catch::Contains("tighten [liquidity] when"));
  CHECK(s.size() <= 240 + 2 * std::string_view("…").size() + 2);
  // Whole words only at the cuts.
  const std::string inner = s.substr(3, s.size() - 6);
  CHECK(text.find(inner.substr(0, inner.find(' '))) != std::string::npos);
  CHECK(inner.front() != ' ');
  CHECK(inner.back() != ' ');
}

TEST_CASE("the passage with the most query words is chosen", "[snippet]") {
  std::string text = "Interest rates were unchanged, the bank said.\n";
  for (int i = 0; i < 20; ++i)
    text += "Dealers said trading was thin ahead of the holiday weekend.\n";
  text += "Lawson said there may be scope for a further reduction in interest rates in Germany.\n";
  const std::string s = snippet_of("interest rates Germany", text);
  CHECK_THAT(s, Catch::Contains("[interest] [rates] in [Germany]"));
}

TEST_CASE("accented text: words with and without their accents find each other", "[snippet]") {
  // The New York Times, 2015 and Politico, 2016 (PolNeAR).
  constexpr std::string_view kNyt =
      "the majority of which is Mexican-American,'' said State Senator Jos\u00e9 Rodr\u00edguez,  "
      "Democrat of Texas.";
  constexpr std::string_view kPolitico =
      "\u201cThe Guant\u00e1namo military commissions are an abject failure,\u201d said ACLU "
      "executive Director "
      "Anthony Romero in a statement.";
  CHECK_THAT(snippet_of("Rodriguez", kNyt), Catch::Contains("Senator Jos\u00e9 [Rodr\u00edguez],"));
  CHECK_THAT(snippet_of("Rodr\u00edguez", kNyt), Catch::Contains("[Rodr\u00edguez]"));
  CHECK_THAT(snippet_of("guantanamo", kPolitico),
             Catch::Contains("\u201cThe [Guant\u00e1namo] military"));
  CHECK_THAT(snippet_of("\"military commissions\"", kPolitico),
             Catch::Contains("[military commissions]"));
}

TEST_CASE("a cut inside non-ASCII text falls between characters", "[snippet]") {
  std::string word;
  for (int i = 0; i < 60; ++i)
    word += "\u0417\u0435\u043b\u0435\u043d\u0441\u044c\u043a\u0438\u0439";  // no spaces
  const std::string text = word + " Zelensky said " + word;
  const std::string s = snippet_of("Zelensky", text, 60);
  CHECK_THAT(s, Catch::Contains("[Zelensky]"));
  CHECK(s.size() <= 60 + 2 * std::string_view("…").size() + 2);
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    REQUIRE((c & 0xC0) != 0x80);  // every character whole
    i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  }
}

TEST_CASE("a text without the query's words shows its opening", "[snippet]") {
  const std::string s = snippet_of("wheat", kShamrock, 60);
  CHECK(s.starts_with("Diamond Shamrock Corp said that effective"));
  CHECK(s.ends_with("…"));
  CHECK(s.find('[') == std::string::npos);
}

TEST_CASE("snippets of the seed articles are whole text, folded, with balanced marks",
          "[snippet]") {
  // Every query word's matches, any window: what a snippet shows is the
  // article's own text (whitespace folded), cut between characters.
  const auto fold = [](std::string_view s) {
    std::string out;
    for (const char c : s) {
      const bool blank = c == ' ' || c == '\n' || c == '\r' || c == '\t';
      if (blank && (out.empty() || out.back() == ' ')) continue;
      out += blank ? ' ' : c;
    }
    return out;
  };
  const std::string query =
      GENERATE(as<std::string>{}, "Zelensky", "peace plan", "\"security guarantees\"", "Kyiv",
               "90%", "Trump's envoys", "talks", "U.S. officials", "Donbas -Russia");
  for (const auto& entry : std::filesystem::directory_iterator(test::seeds_dir())) {
    std::ifstream in(entry.path());
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    for (const std::size_t bytes : {std::size_t{60}, std::size_t{240}}) {
      const std::string s = snippet_of(query, text, bytes, /*raw=*/true);
      std::string plain;
      int depth = 0;
      for (const char c : s) {
        if (c == kHighlightStart || c == kHighlightEnd) {
          depth += c == kHighlightStart ? 1 : -1;
          REQUIRE((depth == 0 || depth == 1));
          continue;
        }
        plain += c;
      }
      CHECK(depth == 0);
      if (plain.starts_with("…")) plain.erase(0, 3);
      if (plain.ends_with("…")) plain.erase(plain.size() - 3);
      INFO(entry.path().filename().string() << " " << query << ": " << s);
      CHECK(fold(text).find(plain) != std::string::npos);
      CHECK(plain.size() <= bytes);
    }
  }
}
