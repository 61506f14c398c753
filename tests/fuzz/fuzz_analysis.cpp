// Fuzz target: entity recognition and quote extraction (with speakers) on
// any text. Every reported span must lie within the text, the quote text
// must be the text of its span's code points, and nothing may crash or hang.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.h"
#include "quoth/analyzers/article_analyzer.h"
#include "quoth/analyzers/plain_text_reader.h"
#include "quoth/analyzers/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static quoth::ArticleAnalyzer analyzer;
  const quoth::Article article =
      quoth::read_plain_text(quoth::repair_utf8(std::string_view(reinterpret_cast<const char*>(data), size)).text);
  const quoth::ArticleAnalysis analysis = analyzer.analyze(article);
  const auto length = static_cast<quoth::CodePointOffset>(quoth::count_code_points(article.text));
  const auto within = [&](quoth::Span s) { return s.start <= s.end && s.end <= length; };
  for (const auto& m : analysis.mentions) QUOTH_FUZZ_CHECK(within(m.span));
  for (const auto& q : analysis.quotes) {
    QUOTH_FUZZ_CHECK(within(q.content) && within(q.cue));
    if (q.speaker) QUOTH_FUZZ_CHECK(within(q.speaker->span));
  }
  return 0;
}
