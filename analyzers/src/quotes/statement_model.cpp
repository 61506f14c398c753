#include "statement_model.h"

#include <array>

namespace quoth::quotes {
namespace {

// One weight per slot (statement_slot of a feature hash), in slot order.
constexpr std::array<float, kStatementSlots> kWeights{
#include "statement_model_data.inc"
};

}  // namespace

double statement_score(const std::vector<std::uint64_t>& features) {
  return weight_sum<kStatementSlotBits>(kWeights, features);
}

}  // namespace quoth::quotes
