#include "quote_match.h"

namespace quoth::eval {
namespace {

bool covers_half_of_each(const std::vector<Span>& predicted, const std::vector<Span>& gold) {
  const CodePointOffset o = overlap(predicted, gold);
  return o * 2 >= length(predicted) && o * 2 >= length(gold);
}

// The first gold content not yet used, other than `except`, that the
// predicted pieces match; gold.size() if none.
std::size_t first_match(const std::vector<Span>& pieces, const std::vector<GoldAttribution>& gold,
                        const std::vector<bool>& used, std::size_t except) {
  for (std::size_t g = 0; g < gold.size(); ++g) {
    if (!used[g] && g != except && covers_half_of_each(pieces, gold[g].content)) return g;
  }
  return gold.size();
}

}  // namespace

// The gold contents a predicted quote matches: one, as a whole; a split
// quote's two parts may match two (annotators who mark each part), else
// both parts together match one (the attribution between them left out),
// else either part alone.
std::vector<std::size_t> matched_golds(const Quote& q, const std::vector<GoldAttribution>& gold,
                                       const std::vector<bool>& used) {
  const std::size_t none = gold.size();
  if (!q.split()) {
    const std::size_t g = first_match({q.content}, gold, used, none);
    return g == none ? std::vector<std::size_t>{} : std::vector<std::size_t>{g};
  }
  const std::size_t g1 = first_match({q.first_part()}, gold, used, none);
  const std::size_t g2 = first_match({q.second_part()}, gold, used, g1);
  if (g1 != none && g2 != none) return {g1, g2};
  const std::size_t both = first_match({q.first_part(), q.second_part()}, gold, used, none);
  if (both != none) return {both};
  if (g1 != none) return {g1};
  if (g2 != none) return {g2};
  return {};
}

// Whether a predicted quote matches one gold content in any of those ways.
bool matches(const Quote& q, const std::vector<Span>& gold) {
  if (!q.split()) return covers_half_of_each({q.content}, gold);
  return covers_half_of_each({q.first_part(), q.second_part()}, gold) || covers_half_of_each({q.first_part()}, gold) ||
         covers_half_of_each({q.second_part()}, gold);
}

}  // namespace quoth::eval
