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
  Span content;          // without the quote marks
  std::string text;      // the content as written
  QuoteKind kind = QuoteKind::Direct;
  Span cue;              // "said", "according to", ... (empty if none)
  std::string cue_text;
  std::optional<Speaker> speaker;  // absent when no speaker could be resolved
};

}  // namespace quoth
