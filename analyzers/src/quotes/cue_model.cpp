#include "cue_model.h"

#include <array>

namespace quoth::quotes {
namespace {

// One weight per slot (cue_slot of a feature hash), in slot order.
constexpr std::array<float, kCueSlots> kWeights{
#include "cue_model_data.inc"
};

}  // namespace

double cue_score(const std::vector<std::uint64_t>& features) { return weight_sum<kCueSlotBits>(kWeights, features); }

}  // namespace quoth::quotes
