#include <catch2/catch.hpp>

#include <regex>

#include "quoth/search/query_parser.h"

using namespace quoth;

namespace {

std::string described(const std::string& q) {
  TermAnalyzer analyzer;
  QueryParser parser(analyzer);
  return parser.parse(q).get_description();
}

// The description with each word's stem alternative left out, for brevity.
std::string parsed(const std::string& q) {
  static const std::regex stem_alternative(R"(\((\S+@\d+) OR 0\.5 \* Z\S+?\))");
  return std::regex_replace(described(q), stem_alternative, "$1");
}

std::size_t error_position(const std::string& q) {
  TermAnalyzer analyzer;
  QueryParser parser(analyzer);
  try {
    (void)parser.parse(q);
  } catch (const QuerySyntaxError& e) {
    return e.position();
  }
  FAIL("no syntax error for: " << q);
  return 0;
}

}  // namespace

TEST_CASE("plain words are ranked alternatives", "[query]") {
  CHECK(parsed("Witkoff Kushner") == "Query((witkoff@1 OR kushner@1))");
}

TEST_CASE("a word also matches its stem at half weight; phrases stay exact", "[query]") {
  CHECK(described("guarantees") == "Query((guarantees@1 OR 0.5 * Zguarante))");
  CHECK(described("\"security guarantees\"") == "Query((security@1 PHRASE 2 guarantees@2))");
}

TEST_CASE("date ranges become value ranges on the date slot", "[query]") {
  CHECK(described("date:2025-12-01..2025-12-31") == "Query(VALUE_RANGE 0 20251201 20251231)");
  CHECK(described("date:2025-12") == "Query(VALUE_RANGE 0 20251201 20251231)");
  CHECK(described("date:2025..") == "Query(VALUE_GE 0 20250101)");
  CHECK(error_position("Berlin date:yesterday") == 7);
  CHECK(error_position("date:2025-13") == 0);     // no such month
  CHECK(error_position("date:2025-12-32") == 0);  // no such day
  CHECK(error_position("date:2025-12..2025-01") == 0);  // ends before it starts
}

TEST_CASE("entity fields use their own prefixes", "[query]") {
  CHECK(parsed("person:Umerov") == "Query(XPERumerov@1)");
  CHECK(parsed("speaker:\"US officials\"") == "Query((XSPKu.s@1 PHRASE 2 XSPKofficials@2))");
}

TEST_CASE("a quoted phrase becomes a phrase query, curly quotes too", "[query]") {
  CHECK(parsed("\"security guarantees\"") == "Query((security@1 PHRASE 2 guarantees@2))");
  CHECK(parsed("\u201Csignificant progress\u201D") ==
        "Query((significant@1 PHRASE 2 progress@2))");
}

TEST_CASE("boolean operators follow precedence", "[query]") {
  CHECK(parsed("a AND b OR c") == "Query(((a@1 AND b@1) OR c@1))");
  CHECK(parsed("Witkoff NOT Moscow") == "Query((witkoff@1 AND_NOT moscow@1))");
  CHECK(parsed("(Berlin OR Miami) AND talks") == "Query(((berlin@1 OR miami@1) AND talks@1))");
}

TEST_CASE("plus requires and minus excludes", "[query]") {
  CHECK(parsed("+Umerov Berlin -Moscow") ==
        "Query(((umerov@1 AND_MAYBE berlin@1) AND_NOT moscow@1))");
}

TEST_CASE("a field before a group applies to each word and phrase in it", "[query]") {
  CHECK(parsed("person:(Witkoff OR Kushner)") == "Query((XPERwitkoff@1 OR XPERkushner@1))");
  CHECK(parsed("title:(peace \"free zone\") Berlin") ==
        "Query(((Speace@1 OR (Sfree@1 PHRASE 2 Szone@2)) OR berlin@1))");
  CHECK(parsed("person:(Witkoff (Kushner OR title:Berlin))") ==
        "Query((XPERwitkoff@1 OR (XPERkushner@1 OR Sberlin@1)))");
  CHECK(parsed("person:(Witkoff) Berlin") == "Query((XPERwitkoff@1 OR berlin@1))");
  CHECK(error_position("person:(Witkoff") == 7);
}

TEST_CASE("field queries use the schema's prefixes", "[query]") {
  CHECK(parsed("title:Berlin") == "Query(Sberlin@1)");
  CHECK(parsed("title:\"peace talks\"") == "Query((Speace@1 PHRASE 2 Stalks@2))");
}

TEST_CASE("an unknown field is searched as text", "[query]") {
  CHECK(parsed("https://example.org") == "Query((https@1 PHRASE 2 example.org@2))");
}

TEST_CASE("malformed queries point at the problem", "[query]") {
  CHECK(error_position("\"unterminated phrase") == 0);
  CHECK(error_position("Berlin AND") == 10);
  CHECK(error_position("OR Berlin") == 0);
  CHECK(error_position("(Berlin") == 0);
  CHECK(error_position("Berlin)") == 6);
  CHECK(error_position("title:") == 0);
}

TEST_CASE("stop words are dropped when other words rank, kept when they are all there is", "[query]") {
  CHECK(parsed("the merger would be completed") == "Query((merger@1 OR completed@1))");
  CHECK(parsed("Bank of England") == "Query((bank@1 OR england@1))");
  CHECK(parsed("to be") == "Query((to@1 OR be@1))");
  CHECK(parsed("\"said in a statement\"") == "Query((said@1 PHRASE 4 in@2 PHRASE 4 a@3 PHRASE 4 statement@4))");
  CHECK(parsed("+the merger") == "Query((the@1 AND_MAYBE merger@1))");  // required: kept
  CHECK(parsed("elections in May") == "Query((elections@1 OR may@1))");  // a month, not a stop word
}
