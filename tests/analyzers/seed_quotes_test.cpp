// The seed golden test of the quotes issue: the direct quotes of the seed
// articles, each found (a quote whose content starts with the golden words)
// with the right speaker. Asserts floors and lists what is missed.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "seed_analyses.h"

using namespace quoth;

using quoth::test::lower;

TEST_CASE("the direct quotes of the seed articles are found with their speakers", "[quotes][golden]") {
  const std::map<std::string, ArticleAnalysis> by_seed = quoth::test::analysed_seeds();
  std::istringstream golden(quoth::test::golden_file("seed_quotes.tsv"));
  std::size_t quotes = 0, found = 0, attributed = 0;
  for (std::string line; std::getline(golden, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string seed, begins, speaker;
    std::getline(fields, seed, '\t');
    std::getline(fields, begins, '\t');
    std::getline(fields, speaker, '\t');
    ++quotes;
    const auto& q = by_seed.at(seed).quotes;
    // The quote that opens with the golden words; else one that holds them
    // (a second part joined with "…", or a partial quote inside reported speech).
    auto hit = std::find_if(q.begin(), q.end(), [&](const Quote& x) { return lower(x.text).starts_with(begins); });
    if (hit == q.end()) {
      hit = std::find_if(q.begin(), q.end(), [&](const Quote& x) { return lower(x.text).find(begins) != std::string::npos; });
    }
    if (hit == q.end()) {
      UNSCOPED_INFO(seed << ": not found: " << begins);
      continue;
    }
    ++found;
    const bool right = hit->speaker && (lower(hit->speaker->name).find(speaker) != std::string::npos ||
                                        lower(hit->speaker->text).find(speaker) != std::string::npos);
    if (right) {
      ++attributed;
    } else {
      UNSCOPED_INFO(seed << ": " << begins << " -> " << (hit->speaker ? hit->speaker->name : "(no speaker)")
                         << ", expected " << speaker);
    }
  }
  INFO(found << " of " << quotes << " quotes found, " << attributed << " with the right speaker");
  CHECK(quotes == 41);
  // Floors at the figures measured when the golden file was written; raise
  // them as extraction improves, never lower them.
  CHECK(found == quotes);                  // 41 of 41 on 2026-11-25
  CHECK(attributed * 100 >= quotes * 90);  // 37 of 41 on 2026-12-02 (34 on 2026-11-25, 33 in the first sitting)
}
