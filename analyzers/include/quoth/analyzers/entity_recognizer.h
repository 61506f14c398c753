// Finds people, organisations and places (and dates and figures) in an
// article and resolves their mentions into the article's entities.
//
// Names are runs of capitalised words; their type comes from data tables
// (place gazetteer from ISO 3166, organisation words, titles) and context
// (a title before a name makes a person: "Kremlin spokesman Dmitry Peskov";
// the title becomes the person's role, as does an appositive after the name:
// "Rustem Umerov, secretary of ..."). Within the article a surname alone
// ("Witkoff") resolves to the fuller name ("Steve Witkoff"). Entity ids are
// TYPE:KEY where the key folds transliteration variants (canonical_key), so
// "Zelenskyy", "Zelensky" and "Zelenskiy" are one entity across articles,
// while different first names keep different people apart.
//
// Pure; extract() is const and thread-compatible. Spans are code points.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "quoth/analyzers/article_analysis.h"
#include "quoth/analyzers/tokenized_text.h"

namespace quoth {

struct EntityAnalysis {
  std::vector<EntityMention> mentions;  // sorted by start
  std::vector<ArticleEntity> entities;
};

class EntityRecognizer {
 public:
  [[nodiscard]] EntityAnalysis analyze(std::string_view text) const;
  // The same, from tokens made once for the quote extractor too.
  [[nodiscard]] EntityAnalysis analyze(const TokenizedText& tokens) const;
};

// Lower case, no diacritics, transliteration variants folded: "Zelenskyy",
// "Zelenskiy" -> "zelensky"; "Yuriy" -> "yury"; "Dmitriy" -> "dmitry";
// words joined by '-'.
[[nodiscard]] std::string canonical_key(std::string_view name);

}  // namespace quoth
