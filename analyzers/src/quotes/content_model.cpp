#include "content_model.h"

#include <array>

namespace quoth::quotes {
namespace {

// One weight per slot (content_slot of a feature hash), in slot order.
constexpr std::array<float, kContentSlots> kWeights{
#include "content_model_data.inc"
};

}  // namespace

double content_score(const std::vector<std::uint64_t>& features) { return weight_sum<kContentSlotBits>(kWeights, features); }

std::size_t learned_content_start(const ContentContext& x, std::size_t k, std::size_t end,
                                  std::vector<std::uint64_t>& scratch) {
  const std::size_t rule = rule_content_start(x, k, end);
  for (std::size_t c = k + 1; c < end && c <= k + kStartWindow; ++c) {
    start_features(x, k, c, rule, scratch);
    if (content_score(scratch) > 0) return c;
  }
  return rule;
}

std::size_t learned_content_end(const ContentContext& x, std::size_t k, std::size_t c, std::size_t end,
                                std::vector<std::uint64_t>& scratch) {
  for (std::size_t i = c + 1; i + 1 < end; ++i) {
    end_features(x, k, c, i, scratch);
    if (content_score(scratch) > 0) return i;
  }
  return end;
}

}  // namespace quoth::quotes
