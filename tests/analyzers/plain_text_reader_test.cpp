#include <catch2/catch.hpp>

#include "quoth/analyzers/boilerplate.h"
#include "quoth/analyzers/plain_text_reader.h"
#include "quoth/analyzers/utf8.h"

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

TEST_CASE("source and date come from what the text states", "[reader][metadata]") {
  CHECK(read_plain_text("Talks in Berlin\nPublished: 15 December 2025\nSource: Reuters\nBody.\n").date == "2025-12-15");
  CHECK(read_plain_text("Talks in Berlin\nPublished: 15 December 2025\nSource: Reuters\nBody.\n").source == "Reuters");
  // Seed 000's dateline, seed 004's agency dateline, seed 003's origin line.
  CHECK(read_plain_text("US-Ukraine talks in Berlin\nKyiv \u2022 UNN\nRepresentatives held talks.\n").source == "UNN");
  CHECK(read_plain_text("Trump says deal is closer\n(CNN) \u2014 The United States wrapped up talks.\n").source == "CNN");
  CHECK(read_plain_text("KYIV (Reuters) - Talks ended on Monday.\n").source == "Reuters");
  const Article rferl = read_plain_text(
      "This article was originally published in Radio Free Europe/Radio Liberty (RFE/RL). Read the original "
      "article.\nTalks in Berlin\nBody.\n");
  CHECK(rferl.source == "Radio Free Europe/Radio Liberty");
  CHECK(rferl.title == "Talks in Berlin");  // the boilerplate line is not the title
  CHECK(read_plain_text("Talks\nBy Jane Doe, Dec. 15, 2025\nBody.\n").date == "2025-12-15");
  CHECK(read_plain_text("Talks\nDecember 16, 2025\nBody.\n").date == "2025-12-16");
  // A date inside the reporting is not the article's date.
  CHECK(read_plain_text("Talks\nThe talks on 15 December 2025 were hard, officials told reporters in Berlin.\n")
            .date.empty());
}

TEST_CASE("an opening paragraph with no title line gives its first sentence as the title", "[reader][metadata]") {
  const std::string paragraph =
      "Talks between Ukrainian and U.S. delegations took place in Berlin on December 14\u201315. Among the "
      "participants were U.S. President Donald Trump's special envoy and longtime associate Steve Witkoff, and "
      "Jared Kushner.";
  const Article a = read_plain_text(paragraph + "\nMore.\n");
  CHECK(a.title == "Talks between Ukrainian and U.S. delegations took place in Berlin on December 14\u201315.");
  CHECK(a.body_span.start == 0);  // the paragraph is body too
}

TEST_CASE("boilerplate lines are listed, and the text keeps them", "[reader][boilerplate]") {
  const std::string text =
      "Talks in Berlin\nThe talks were difficult.\nSee Also: How A State-Backed Russian Outfit Financed Activities\n"
      "Witkoff said progress was made.\nSubscribe to get the latest posts sent to your email.\n"
      "Share on Facebook\nCopyright (c)2025 RFE/RL, Inc.\n";
  const Article a = read_plain_text(text);
  CHECK(a.text == text);
  REQUIRE(a.boilerplate.size() == 4);
  CHECK(a.boilerplate[0].start == 42);
  CHECK(is_boilerplate_line("Read also: Kremlin rejects European troops"));
  CHECK(is_boilerplate_line("  * Read more: the 20-point plan"));
  CHECK_FALSE(is_boilerplate_line("Share prices fell sharply on Monday as investors weighed the talks."
                                  " Analysts said the fall reflected doubts over the security guarantees and the"
                                  " territorial issues that remain, and the oil price rose. Trading was heavy,"
                                  " and the index closed down 2% in a session that lasted longer than usual."));
  CHECK_FALSE(is_boilerplate_line("Witkoff said progress was made."));
}

TEST_CASE("a long title line without spaces is cut between characters", "[reader][metadata]") {
  std::string line = "h";
  for (int i = 0; i < 120; ++i) line += "\u00E9";  // two bytes each: byte 200 falls inside one
  const Article a = read_plain_text(line + "\nbody\n");
  CHECK_FALSE(find_invalid_utf8(a.title));
  CHECK(a.title.size() < line.size());
}
