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
#include <cstring>
#include <fstream>
#include <string>
#include <unordered_map>

#include "cue_model.h"
#include "polnear.h"
#include "quote_marks.h"

using namespace quoth;

namespace {

constexpr unsigned kMinFeatureCount = 3;

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

// An averaged perceptron: w holds the current weights, u the sum of each
// update times the step it was made at, so the average is w - u / steps.
struct Perceptron {
  std::vector<double> w = std::vector<double>(quotes::kCueSlots),
                      u = std::vector<double>(quotes::kCueSlots);
  double steps = 1;

  double score(const std::vector<std::uint64_t>& features) const {
    double s = 0;
    for (const auto f : features) s += w[quotes::cue_slot(f)];
    return s;
  }
  void learn(const Example& e) {
    const bool predicted = score(e.features) > 0;
    if (predicted != e.cue) {
      const double y = e.cue ? 1 : -1;
      for (const auto f : e.features) {
        w[quotes::cue_slot(f)] += y;
        u[quotes::cue_slot(f)] += y * steps;
      }
    }
    ++steps;
  }
  std::vector<double> averaged() const {
    std::vector<double> out(w.size());
    for (std::size_t i = 0; i < w.size(); ++i) out[i] = w[i] - u[i] / steps;
    return out;
  }
};

}  // namespace

int main(int argc, char** argv) {
  int epochs = 8;
  int arg = 1;
  if (argc > 2 && std::strcmp(argv[1], "--epochs") == 0) {
    epochs = std::atoi(argv[2]);
    arg = 3;
  }
  if (argc - arg < 2 || argc - arg > 3 || epochs < 1) {
    std::fprintf(stderr, "usage: %s [--epochs N] TRAIN_DIR OUTPUT_INC [DEV_DIR]\n", argv[0]);
    return 2;
  }
  const auto texts = eval::read_polnear(argv[arg]);
  std::vector<std::vector<Example>> data;
  std::size_t n = 0, positive = 0;
  for (const auto& t : texts) {
    data.push_back(examples(t));
    for (const auto& e : data.back()) {
      ++n;
      positive += e.cue ? 1 : 0;
    }
  }
  std::unordered_map<std::uint64_t, unsigned> counts;
  for (const auto& d : data) {
    for (const auto& e : d) {
      for (const auto f : e.features) ++counts[f];
    }
  }
  for (auto& d : data) {
    for (auto& e : d)
      std::erase_if(e.features, [&](std::uint64_t f) { return counts[f] < kMinFeatureCount; });
  }
  std::vector<Example> dev;
  if (argc - arg == 3) {
    for (const auto& t : eval::read_polnear(argv[arg + 2])) {
      for (auto& e : examples(t)) dev.push_back(std::move(e));
    }
  }
  Perceptron model;
  std::vector<std::size_t> order(data.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::uint64_t seed = 0x9e3779b97f4a7c15ULL;
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    for (std::size_t i = order.size(); i > 1; --i) {  // Fisher-Yates with a fixed LCG
      seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
      std::swap(order[i - 1], order[(seed >> 33) % i]);
    }
    std::size_t wrong = 0;
    for (const std::size_t d : order) {
      for (const auto& e : data[d]) {
        wrong += (model.score(e.features) > 0) != e.cue ? 1 : 0;
        model.learn(e);
      }
    }
    std::fprintf(stderr, "epoch %d: %zu of %zu examples wrong while learning", epoch, wrong, n);
    if (!dev.empty()) {
      Perceptron averaged;
      averaged.w = model.averaged();
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
  const auto weights = model.averaged();
  std::ofstream out(argv[arg + 1]);
  out << "// Generated by quoth-train-cue-model --epochs " << epochs
      << " from PolNeAR v1.0.0 train/ (" << texts.size()
      << " articles; Newell, Margolin & Ruths, LREC 2018).\n"
      << "// Averaged perceptron weights, one per feature slot, in slot order. Do not edit.\n";
  std::size_t used = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    char value[32];
    const double a = weights[i] > -5e-5 && weights[i] < 5e-5 ? 0 : weights[i];
    std::snprintf(value, sizeof value, a == 0 ? "0," : "%.4ff,", a);
    used += a != 0 ? 1 : 0;
    out << value << (i % 16 == 15 ? "\n" : "");
  }
  std::fprintf(stderr,
               "quoth-train-cue-model: %zu examples (%zu cues) from %zu articles, %zu of %zu slots "
               "weighted -> %s\n",
               n, positive, texts.size(), used, weights.size(), argv[arg + 1]);
  return 0;
}
