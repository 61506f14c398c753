// quoth-train-cue-model: learns the quote extractor's cue model from
// PolNeAR's training articles. Every word of the cue lexicon is an example,
// positive when an annotator marked it as (part of) the cue of an
// attribution; an averaged perceptron over the features of cue_features.cpp
// learns to tell them apart. Its weights, one per slot (features folded by
// cue_slot), are written as a C++ table compiled into the analyzers. Deterministic: the articles
// are visited in a fixed pseudo-random order per epoch (fixed seed), so the
// same data gives the same table, byte for byte.
//
// Features seen in fewer than kMinFeatureCount training examples are left
// out (rare ones only memorise). With DEV_DIR, prints the cue decisions'
// precision and recall there after each epoch (to choose the epochs, never
// to learn from).
//
// usage: quoth-train-cue-model [--epochs N] TRAIN_DIR OUTPUT_INC [DEV_DIR]
#include <cstdio>
#include <fstream>
#include <string>
#include <unordered_map>

#include "cue_model.h"
#include "perceptron_trainer.h"
#include "polnear.h"
#include "quote_marks.h"

using namespace quoth;

namespace {

constexpr unsigned kMinFeatureCount = 6;

struct Example {
  std::vector<std::uint64_t> features;
  bool cue = false;
};

// The examples of one article, in text order.
std::vector<Example> examples(const eval::PolnearText& text) {
  std::string forms;
  const auto t = quotes::tokenize_for_quotes(text.text, forms);
  const auto inside = quotes::inside_marks(t, quotes::pair_marks(t, quotes::paragraphs(t), 4000));
  std::vector<Example> out;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!quotes::cue_candidate(t, i)) continue;
    Example e;
    quotes::cue_features(t, inside, i, e.features);
    for (const auto& g : text.gold) {
      if (eval::overlap({t[i].span}, g.cue) > 0) {
        e.cue = true;
        break;
      }
    }
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  const auto args = eval::trainer_args(argc, argv, 8);
  if (!args) return 2;
  const auto texts = eval::read_polnear(args->train);
  std::vector<std::vector<Example>> data;
  std::size_t n = 0, positive = 0;
  for (const auto& t : texts) {
    data.push_back(examples(t));
    for (const auto& e : data.back()) {
      ++n;
      positive += e.cue ? 1 : 0;
    }
  }
  eval::drop_rare_features(kMinFeatureCount, [&](auto&& f) {
    for (auto& d : data) {
      for (auto& e : d) f(e.features);
    }
  });
  std::vector<Example> dev;
  if (!args->dev.empty()) {
    for (const auto& t : eval::read_polnear(args->dev)) {
      for (auto& e : examples(t)) dev.push_back(std::move(e));
    }
  }
  eval::AveragedPerceptron model(quotes::kCueSlots, quotes::cue_slot);
  eval::EpochOrder order(data.size());
  for (int epoch = 1; epoch <= args->epochs; ++epoch) {
    std::size_t wrong = 0;
    for (const std::size_t d : order.next()) {
      for (const auto& e : data[d]) wrong += model.learn(e.features, e.cue) ? 0 : 1;
    }
    std::fprintf(stderr, "epoch %d: %zu of %zu examples wrong while learning", epoch, wrong, n);
    if (!dev.empty()) {
      const eval::AveragedPerceptron averaged = model.averaged();
      std::size_t tp = 0, fp = 0, fn = 0;
      for (const auto& e : dev) {
        const bool p = averaged.score(e.features) > 0;
        tp += p && e.cue ? 1 : 0;
        fp += p && !e.cue ? 1 : 0;
        fn += !p && e.cue ? 1 : 0;
      }
      std::fprintf(stderr, "; dev P %.3f R %.3f", double(tp) / double(tp + fp),
                   double(tp) / double(tp + fn));
    }
    std::fprintf(stderr, "\n");
  }
  const auto weights = model.averaged().weights();
  std::ofstream out(args->output);
  const std::size_t used = eval::write_weight_table(
      out, "quoth-train-cue-model --epochs " + std::to_string(args->epochs), texts.size(), weights);
  std::fprintf(stderr,
               "quoth-train-cue-model: %zu examples (%zu cues) from %zu articles, %zu of %zu slots "
               "weighted -> %s\n",
               n, positive, texts.size(), used, weights.size(), args->output.c_str());
  return 0;
}
