// What the trainers of the quote extractor's learned tables share: an
// averaged perceptron (binary, or updated by the caller's rule) over hashed features folded into slots, their command
// line, a fixed pseudo-random visiting order (the same data gives the same
// table, byte for byte) and the generated C++ table of weights.
#pragma once

#include <cstddef>
#include <algorithm>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <unordered_map>
#include <vector>

namespace quoth::eval {

class AveragedPerceptron {
 public:
  using SlotOf = std::size_t (*)(std::uint64_t feature);
  AveragedPerceptron(std::size_t slots, SlotOf slot_of) : w_(slots), u_(slots), slot_of_(slot_of) {}

  [[nodiscard]] double score(const std::vector<std::uint64_t>& features) const;
  // One step of learning; returns whether the example was scored right.
  bool learn(const std::vector<std::uint64_t>& features, bool yes);
  // For other learning rules (ranking): adds y to the features' weights in
  // this step; end_step() ends it.
  void update(const std::vector<std::uint64_t>& features, double y);
  void end_step() { ++steps_; }
  // The same model with the averaged weights (the ones to keep).
  [[nodiscard]] AveragedPerceptron averaged() const;
  [[nodiscard]] const std::vector<double>& weights() const { return w_; }

 private:
  std::vector<double> w_, u_;  // weights, and their sums weighted by step
  double steps_ = 1;
  SlotOf slot_of_;
};

// usage: NAME [--epochs N] TRAIN_DIR OUTPUT_INC [DEV_DIR]; nullopt (usage
// printed) if the arguments are not so.
struct TrainerArgs {
  int epochs = 0;
  std::string train, output, dev;  // dev empty when not given
};
[[nodiscard]] std::optional<TrainerArgs> trainer_args(int argc, char** argv, int default_epochs);

// 0 .. n-1 in the order of the next epoch: Fisher-Yates with a fixed LCG.
class EpochOrder {
 public:
  explicit EpochOrder(std::size_t n);
  const std::vector<std::size_t>& next();

 private:
  std::vector<std::size_t> order_;
  std::uint64_t seed_ = 0x9e3779b97f4a7c15ULL;
};

// Writes the table's header (who generated it, from what) and its weights,
// one per slot in slot order, 16 a line; returns how many are not zero.
std::size_t write_weight_table(std::ostream& out, const std::string& generated_by, std::size_t articles,
                               const std::vector<double>& weights);

// Removes from every feature list the features seen fewer than `min_count`
// times over all of them: rare features only fit the training texts.
// `for_each_list(f)` calls f on each std::vector<std::uint64_t> of features.
template <class ForEachList>
void drop_rare_features(unsigned min_count, ForEachList for_each_list) {
  std::unordered_map<std::uint64_t, unsigned> counts;
  for_each_list([&](std::vector<std::uint64_t>& features) {
    for (const std::uint64_t f : features) ++counts[f];
  });
  for_each_list([&](std::vector<std::uint64_t>& features) {
    std::erase_if(features, [&](std::uint64_t f) { return counts[f] < min_count; });
  });
}

}  // namespace quoth::eval
