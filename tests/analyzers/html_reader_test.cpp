#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "quoth/analyzers/html_reader.h"
#include "quoth/analyzers/utf8.h"

using namespace quoth;

namespace {

std::string golden(const std::string& name) {
  std::ifstream in(std::string(QUOTH_SOURCE_DIR) + "/tests/analyzers/golden/" + name, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string slice(const Article& a, Span span) {
  const auto start = byte_offset_of(a.text, span.start);
  return a.text.substr(start, byte_offset_of(a.text, span.end) - start);
}

}  // namespace

TEST_CASE("an HTML page gives its title, source and date from its metadata", "[reader][html]") {
  const Article a = read_html(golden("berlin_talks.html"));
  CHECK(a.title == "Berlin talks: 90% of issues agreed, sources say");
  CHECK(a.source == "The Kyiv Ledger");
  CHECK(a.date == "2025-12-16");
  CHECK(slice(a, a.title_span) == a.title);
  CHECK(std::find(a.metadata.begin(), a.metadata.end(),
                  std::pair<std::string, std::string>{"url", "https://ledger.example/berlin-talks"}) != a.metadata.end());
}

TEST_CASE("an HTML page's body is the article's paragraphs, boilerplate left out", "[reader][html]") {
  const Article a = read_html(golden("berlin_talks.html"));
  const std::string body = slice(a, a.body_span);
  // The article, entities decoded, one paragraph a line.
  CHECK(body.starts_with("Talks between Ukrainian and U.S. delegations took place in Berlin on December 14\u201315."));
  CHECK(body.find("\n\nAccording to sources cited by Western outlets, negotiators managed to agree on \u201C90% of the "
                  "issues\u201D") != std::string::npos);
  CHECK(body.find("What the Kremlin said") != std::string::npos);
  CHECK(body.find("\u201CWe are closer to peace now than ever before,\u201D Donald Trump said.") != std::string::npos);
  // The headline is the title, not repeated in the body.
  CHECK(body.find("Berlin talks:") == std::string::npos);
  // Navigation, banners, share bars, captions, tags, related links, sign-ups, footers, scripts.
  for (const char* boilerplate : {"cookie", "Home", "Share on", "Photo: Reuters", "Read also", "Related", "Sign up",
                                  "All rights reserved", "dataLayer", "position: fixed"}) {
    INFO(boilerplate);
    CHECK(body.find(boilerplate) == std::string::npos);
  }
}

TEST_CASE("text split by <br> becomes paragraphs, and a page with no article has an empty body", "[reader][html]") {
  const Article a = read_html(
      "<html><head><title>Kepa signs</title></head><body><div class='post-body'>Chelsea paid the fee this morning to "
      "secure the signing of the keeper<br><br>He will undergo a medical at Stamford Bridge today, the club "
      "said.</div></body></html>");
  CHECK(slice(a, a.body_span) ==
        "Chelsea paid the fee this morning to secure the signing of the keeper\n\nHe will undergo a medical at "
        "Stamford Bridge today, the club said.\n");
  CHECK(read_html("<html><body><nav><a href='/'>Home</a></nav></body></html>").body_span.empty());
  CHECK(read_html("").body_span.empty());
  CHECK(read_html("<<<>>><p <div").title.empty());
}

TEST_CASE("an article wrapped in a boilerplate-looking container is still found", "[reader][html]") {
  std::string page = "<html><body><div class='container theiaStickySidebar'><article>";
  for (int i = 0; i < 4; ++i) {
    page += "<p>Rustem Umerov, secretary of Ukraine's National Security and Defense Council, said the talks in Berlin "
            "had been constructive, and that the delegation would report to the president.</p>";
  }
  page += "</article></div><div class='sidebar'><p>Most read today</p></div></body></html>";
  const Article a = read_html(page);
  CHECK(slice(a, a.body_span).find("Rustem Umerov, secretary of Ukraine's") == 0);
  CHECK(slice(a, a.body_span).find("Most read") == std::string::npos);
}

TEST_CASE("a page's declared legacy charset is found and converted", "[reader][html]") {
  const std::string latin1 = "<html><head><meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-1'>"
                             "<title>Caf\xe9</title></head></html>";
  CHECK(declared_html_charset(latin1) == "iso-8859-1");
  CHECK(declared_html_charset("<meta charset=\"utf-8\"><p>x</p>").empty());
  CHECK(declared_html_charset("<p>no declaration</p>").empty());
  const auto converted = convert_to_utf8(latin1, "iso-8859-1");
  REQUIRE(converted);
  CHECK(read_html(*converted).title == "Caf\u00E9");
  CHECK_FALSE(convert_to_utf8("x", "no-such-charset-here"));
}
