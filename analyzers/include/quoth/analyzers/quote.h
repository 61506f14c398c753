// Statements found in an article — direct quotes, partial quotes inside
// reported speech, and reported speech — with their cue and speaker.
// Produced by the quote extractor (issue: quotes), consumed by the indexer
// and `quoth-index --analyze`. All spans are code points into the article text.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "quoth/analyzers/entity.h"
#include "quoth/analyzers/span.h"

namespace quoth {

enum class QuoteKind { Direct, Mixed, Indirect };

[[nodiscard]] std::string_view to_string(QuoteKind kind);  // "direct", "mixed", "indirect"

struct Speaker {
  Span span;               // the mention that names the speaker (a pronoun: the pronoun)
  std::string text;        // that mention as written
  std::string name;        // resolved name (canonical entity name, or the description)
  EntityId entity_id;      // "" when the speaker is no known entity
  bool anonymous = false;  // "US officials", "sources", "a senior official"
};

struct Quote {
  // Without the quote marks. A quote split by its attribution ("“We are
  // ready,” Zelenskyy said, “to talk.”") is one statement: content runs
  // from the first part's start to the second part's end, and gap is the
  // attribution between them (empty when the quote is in one piece).
  Span content;
  Span gap;
  std::string text;      // the content as written
  QuoteKind kind = QuoteKind::Direct;
  Span cue;              // "said", "according to", ... (empty if none)
  std::string cue_text;
  std::optional<Speaker> speaker;  // absent when no speaker could be resolved

  [[nodiscard]] bool split() const { return !gap.empty(); }
  // The parts in quote marks: content before the gap and after it (one part, content, if not split).
  [[nodiscard]] Span first_part() const { return split() ? Span{content.start, gap.start} : content; }
  [[nodiscard]] Span second_part() const { return split() ? Span{gap.end, content.end} : content; }
};

}  // namespace quoth
