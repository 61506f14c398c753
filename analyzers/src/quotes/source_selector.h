// The source selector: which of the speaker phrases around a statement's cue
// is its source. The rules' choice and the alternatives (the phrase before
// the cue, the phrase after it, the sentence's subject, the person named
// nearest, the previous statement's speaker, the relative pronoun opening
// the cue's clause, the subject pronoun nearest before the cue, the agent
// after "by", the source after "according to") are scored by an averaged
// perceptron over hashed features (source_features), learned from PolNeAR's
// training articles by `quoth-train-source-model` (eval/README.md) and
// compiled in from source_model_data.inc; the best scoring wins, the rules'
// on a tie. Internal to the quote extractor and read by its trainer; pure.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "hashed_features.h"
#include "quote_tokens.h"
#include "quoth/analyzers/entity.h"
#include "quoth/analyzers/quote.h"

namespace quoth::quotes {

// Where a candidate comes from.
enum class SourceKind : std::uint8_t { Rule, Before, After, Subject, Entity, Previous, Relative, Pronoun, Agent, According };

struct SourceCandidate {
  Range phrase;  // tokens
  SourceKind kind = SourceKind::Rule;
  std::optional<EntityType> entity;  // the type of an entity mention it overlaps
  bool is_rule = false;              // the rules' choice (it may also be found as another kind)
};

// The statement the candidates are for.
struct SourceStatement {
  const std::vector<QToken>& t;
  std::size_t cue = 0;  // token
  Range sentence;       // the cue's
  QuoteKind kind = QuoteKind::Indirect;
  bool content_first = false;  // the content precedes the cue
  std::uint64_t cue_hash = 0;  // fnv1a of the cue word's lower-case form
  bool speech_cue = false;     // the cue is a verb of speech (cue lexicon weight ≥ 0.6)
};

// The features of a candidate. Cleared first.
void source_features(const SourceStatement& s, const SourceCandidate& c, std::vector<std::uint64_t>& out);

inline constexpr std::size_t kSourceSlotBits = 14;
inline constexpr std::size_t kSourceSlots = std::size_t{1} << kSourceSlotBits;

[[nodiscard]] constexpr std::size_t source_slot(std::uint64_t feature) {
  return top_bits_slot<kSourceSlotBits>(feature);
}

[[nodiscard]] double source_score(const std::vector<std::uint64_t>& features);

}  // namespace quoth::quotes
