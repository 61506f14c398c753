// Everything the analyzers find in one article beyond its terms: the input of
// the document builder and of `quoth-index --analyze`.
#pragma once

#include <vector>

#include "quoth/analyzers/entity.h"
#include "quoth/analyzers/quote.h"

namespace quoth {

struct ArticleAnalysis {
  std::vector<EntityMention> mentions;  // in text order
  std::vector<ArticleEntity> entities;  // one per resolved entity
  std::vector<Quote> quotes;            // in text order
};

}  // namespace quoth
