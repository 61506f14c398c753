// Finds statements in an article and who made them: direct quotes (inside
// quote marks, curly or straight, split by their attribution, running over
// several paragraphs, or missing their closing mark — then bounded to the
// paragraph), mixed quotes (a partial quote inside reported speech) and
// reported speech with no marks ("Ushakov said that …", "according to X,
// …", "…, a spokesman said", "the poll found …"). Cues of reported speech
// are decided by a learned cue model (a perceptron over the word and its
// context), cues next to quote marks also by the learned cue lexicon;
// speakers are noun phrases next to the cue, chosen among those around it
// by a learned source model where the rules found one; pronouns resolve to
// the latest person named before them; entity mentions, when given, link
// speakers to entity ids.
//
// Pure and linear in the text; spans are code points into the text given.
// Thread-compatible: extract() is const.
#pragma once

#include <string_view>
#include <vector>

#include "quoth/analyzers/entity.h"
#include "quoth/analyzers/quote.h"
#include "quoth/analyzers/tokenized_text.h"

namespace quoth {

class QuoteExtractor {
 public:
  struct Options {
    double min_cue_weight = 0.25;  // cue lexicon reliability needed next to a direct quote
    double min_cue_score = -3.0;   // cue model score needed for reported speech (low: the statement filter judges after)
    std::size_t min_direct_words = 4;  // shorter quoted phrases are scare quotes unless attributed
    CodePointOffset max_quote_length = 4000;  // an unclosed quote never runs further
    bool learned_bounds = true;  // reported content's start and end by the content model (else by rules)
    bool learned_source = true;  // a statement's speaker among the phrases around its cue by the source model
    bool learned_filter = true;  // reported statements the statement model rejects dropped
  };

  QuoteExtractor() = default;
  explicit QuoteExtractor(Options options) : options_(options) {}

  // REQUIRES: text is valid UTF-8; mentions (optional) are sorted by start.
  [[nodiscard]] std::vector<Quote> extract(std::string_view text,
                                           const std::vector<EntityMention>& mentions = {}) const;
  // The same, from tokens made once for the entity recognizer too.
  [[nodiscard]] std::vector<Quote> extract(const TokenizedText& tokens,
                                           const std::vector<EntityMention>& mentions = {}) const;

 private:
  Options options_;
};

}  // namespace quoth
