// quoth-train-source-model: learns the quote extractor's source selector
// (analyzers/src/quotes/source_selector.h) from PolNeAR's training
// articles. The extractor runs on each article with its rules (the
// committed cue and content models, the selector's choice left to the
// rules) and records, for every statement with a cue and a speaker, its
// candidate speaker phrases and their features. A statement that matches a
// gold content (as score-quotes matches them) and has candidates both
// overlapping and missing that content's gold Source is one ranking
// example: an averaged perceptron learns to score a right candidate above
// the others (on a mistake, the best right one up, the predicted one down).
// Deterministic: articles in a fixed pseudo-random order per epoch.
//
// With DEV_DIR, prints how often the choice is right there after each
// epoch, beside the rules' (to choose the epochs, never to learn from).
//
// usage: quoth-train-source-model [--epochs N] TRAIN_DIR OUTPUT_INC [DEV_DIR]
#include <cstdio>
#include <algorithm>
#include <cstring>
#include <fstream>
#include <string>
#include <unordered_map>

#include "extraction.h"
#include "polnear.h"
#include "quoth/analyzers/entity_recognizer.h"
#include "source_selector.h"

using namespace quoth;

namespace {

constexpr unsigned kMinFeatureCount = 3;

struct Ranking {
  std::vector<std::vector<std::uint64_t>> candidates;  // the rules' choice first
  std::vector<bool> right;
};

bool covers_half_of_each(const std::vector<Span>& predicted, const std::vector<Span>& gold) {
  const CodePointOffset o = eval::overlap(predicted, gold);
  return o * 2 >= eval::length(predicted) && o * 2 >= eval::length(gold);
}

bool matches(const Quote& q, const std::vector<Span>& gold) {
  if (!q.split()) return covers_half_of_each({q.content}, gold);
  return covers_half_of_each({q.first_part(), q.second_part()}, gold) || covers_half_of_each({q.first_part()}, gold) ||
         covers_half_of_each({q.second_part()}, gold);
}

std::vector<Ranking> rankings(const eval::PolnearText& text) {
  const TokenizedText tokens(text.text);
  const auto mentions = EntityRecognizer().analyze(tokens).mentions;
  QuoteExtractor::Options options;
  options.learned_source = false;
  std::vector<quotes::Extraction::SourceChoice> choices;
  quotes::Extraction extraction(tokens, mentions, options);
  extraction.record_sources(&choices);
  const auto quotes = extraction.run();
  std::vector<Ranking> out;
  for (const Quote& q : quotes) {
    const auto choice = std::find_if(choices.begin(), choices.end(), [&](const auto& c) {
      return c.content_start == q.content.start && c.cue_start == q.cue.start;
    });
    if (choice == choices.end() || choice->candidates.size() < 2) continue;
    Ranking r;
    r.candidates = choice->features;
    r.right.assign(choice->candidates.size(), false);
    for (const auto& g : text.gold) {
      if (g.source.empty() || !matches(q, g.content)) continue;
      for (std::size_t i = 0; i < choice->candidates.size(); ++i) {
        r.right[i] = r.right[i] || eval::overlap({choice->candidates[i]}, g.source) > 0;
      }
    }
    const auto rights = std::count(r.right.begin(), r.right.end(), true);
    if (rights > 0 && rights < static_cast<long>(r.right.size())) out.push_back(std::move(r));
  }
  return out;
}

struct Perceptron {
  std::vector<double> w = std::vector<double>(quotes::kSourceSlots, 0.0);
  std::vector<double> u = std::vector<double>(quotes::kSourceSlots, 0.0);
  double steps = 1;

  double score(const std::vector<std::uint64_t>& features) const {
    double s = 0;
    for (const auto f : features) s += w[quotes::source_slot(f)];
    return s;
  }
  // The candidate chosen: the best scoring, the first (the rules') on a tie.
  std::size_t choose(const Ranking& r) const {
    std::size_t best = 0;
    double top = score(r.candidates[0]);
    for (std::size_t i = 1; i < r.candidates.size(); ++i) {
      const double s = score(r.candidates[i]);
      if (s > top) {
        top = s;
        best = i;
      }
    }
    return best;
  }
  void add(const std::vector<std::uint64_t>& features, double y) {
    for (const auto f : features) {
      w[quotes::source_slot(f)] += y;
      u[quotes::source_slot(f)] += y * steps;
    }
  }
  bool learn(const Ranking& r) {
    const std::size_t p = choose(r);
    if (!r.right[p]) {
      std::size_t best = r.candidates.size();
      for (std::size_t i = 0; i < r.candidates.size(); ++i) {
        if (r.right[i] && (best == r.candidates.size() || score(r.candidates[i]) > score(r.candidates[best]))) best = i;
      }
      add(r.candidates[best], 1);
      add(r.candidates[p], -1);
    }
    ++steps;
    return r.right[p];
  }
  std::vector<double> averaged() const {
    std::vector<double> out(w.size());
    for (std::size_t i = 0; i < w.size(); ++i) out[i] = w[i] - u[i] / steps;
    return out;
  }
};

}  // namespace

int main(int argc, char** argv) {
  int epochs = 5;
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
  std::vector<std::vector<Ranking>> data;
  std::size_t n = 0;
  for (const auto& t : texts) {
    data.push_back(rankings(t));
    n += data.back().size();
  }
  std::unordered_map<std::uint64_t, unsigned> counts;
  for (const auto& a : data) {
    for (const auto& r : a) {
      for (const auto& c : r.candidates) {
        for (const auto f : c) ++counts[f];
      }
    }
  }
  for (auto& a : data) {
    for (auto& r : a) {
      for (auto& c : r.candidates) std::erase_if(c, [&](std::uint64_t f) { return counts[f] < kMinFeatureCount; });
    }
  }
  std::vector<Ranking> dev;
  if (argc - arg == 3) {
    for (const auto& t : eval::read_polnear(argv[arg + 2])) {
      for (auto& r : rankings(t)) dev.push_back(std::move(r));
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
    for (const std::size_t a : order) {
      for (const auto& r : data[a]) wrong += model.learn(r) ? 0 : 1;
    }
    std::fprintf(stderr, "epoch %d: %zu of %zu choices wrong while learning", epoch, wrong, n);
    if (!dev.empty()) {
      Perceptron averaged;
      averaged.w = model.averaged();
      std::size_t right = 0, rules = 0;
      for (const auto& r : dev) {
        right += r.right[averaged.choose(r)] ? 1 : 0;
        rules += r.right[0] ? 1 : 0;
      }
      std::fprintf(stderr, "; dev right %zu of %zu (rules %zu)", right, dev.size(), rules);
    }
    std::fprintf(stderr, "\n");
  }
  const auto weights = model.averaged();
  std::ofstream out(argv[arg + 1]);
  out << "// Generated by quoth-train-source-model --epochs " << epochs << " from PolNeAR v1.0.0 train/ ("
      << texts.size() << " articles; Newell, Margolin & Ruths, LREC 2018).\n"
      << "// Averaged perceptron weights, one per feature slot, in slot order. Do not edit.\n";
  std::size_t used = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    char value[32];
    const double v = weights[i] > -5e-5 && weights[i] < 5e-5 ? 0 : weights[i];
    std::snprintf(value, sizeof value, v == 0 ? "0," : "%.4ff,", v);
    used += v != 0 ? 1 : 0;
    out << value << (i % 16 == 15 ? "\n" : "");
  }
  std::fprintf(stderr, "quoth-train-source-model: %zu rankings from %zu articles, %zu of %zu slots weighted -> %s\n", n,
               texts.size(), used, weights.size(), argv[arg + 1]);
  return 0;
}
