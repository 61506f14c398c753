// Invariants the fuzz targets assert; a violation aborts so that libFuzzer
// (or the replay driver) reports the input.
#pragma once

#include <cstdio>
#include <cstdlib>

#include "quoth/analyzers/article.h"
#include "quoth/analyzers/utf8.h"

#define QUOTH_FUZZ_CHECK(condition)                                                   \
  do {                                                                                \
    if (!(condition)) {                                                               \
      std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #condition); \
      std::abort();                                                                   \
    }                                                                                 \
  } while (false)

namespace quoth::fuzz {

inline void check_article(const Article& a) {
  QUOTH_FUZZ_CHECK(!find_invalid_utf8(a.text) && !find_invalid_utf8(a.title));
  const auto length = static_cast<CodePointOffset>(count_code_points(a.text));
  QUOTH_FUZZ_CHECK(a.title_span.start <= a.title_span.end && a.title_span.end <= length);
  QUOTH_FUZZ_CHECK(a.body_span.start <= a.body_span.end && a.body_span.end <= length);
  for (const Span& s : a.boilerplate) QUOTH_FUZZ_CHECK(s.start <= s.end && s.end <= length);
}

}  // namespace quoth::fuzz
