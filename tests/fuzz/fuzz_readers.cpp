// Fuzz target: every article reader and the term analyzer, on any bytes.
// Bytes are repaired to UTF-8 first, as the indexer does; then each reader
// must return an article whose spans lie within its text, and analysis of
// the text must give terms whose spans do too.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.h"
#include "quoth/analyzers/html_reader.h"
#include "quoth/analyzers/jsonl_reader.h"
#include "quoth/analyzers/markdown_reader.h"
#include "quoth/analyzers/plain_text_reader.h"
#include "quoth/analyzers/term_analyzer.h"
#include "quoth/analyzers/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  static quoth::TermAnalyzer analyzer;
  const std::string text = quoth::repair_utf8(bytes).text;
  quoth::fuzz::check_article(quoth::read_plain_text(text));
  quoth::fuzz::check_article(quoth::read_markdown(text));
  quoth::fuzz::check_article(quoth::read_html(text));
  if (const auto charset = quoth::declared_html_charset(bytes); !charset.empty()) {
    if (const auto converted = quoth::convert_to_utf8(bytes, charset)) {
      quoth::fuzz::check_article(quoth::read_html(quoth::repair_utf8(*converted).text));
    }
  }
  const auto line = quoth::read_jsonl_line(text);
  if (line.article) quoth::fuzz::check_article(line.article->article);
  const auto length = static_cast<quoth::CodePointOffset>(quoth::count_code_points(text));
  for (const quoth::Term& t : analyzer.analyze(text)) {
    QUOTH_FUZZ_CHECK(!t.text.empty() && t.span.start <= t.span.end && t.span.end <= length);
  }
  return 0;
}
