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
#include <fstream>
#include <string>
#include <unordered_map>

#include "extraction.h"
#include "perceptron_trainer.h"
#include "polnear.h"
#include "quote_match.h"
#include "quoth/analyzers/entity_recognizer.h"
#include "source_selector.h"

using namespace quoth;

namespace {

constexpr unsigned kMinFeatureCount = 3;

struct Ranking {
  std::vector<std::vector<std::uint64_t>> candidates;  // the rules' choice first
  std::vector<bool> right;
};

// Of the statements matching a gold content with a Source: how many have a
// candidate overlapping it at all (the most a choice can get right), and how
// many the rules' choice gets right. Printed to tell the selector's share
// of the wrong speakers from the candidates'.
struct Coverage {
  std::size_t statements = 0, reachable = 0, rules = 0;
};

std::vector<Ranking> rankings(const eval::PolnearText& text, Coverage& coverage) {
  const TokenizedText tokens(text.text);
  const auto mentions = EntityRecognizer().analyze(tokens).mentions;
  QuoteExtractor::Options options;
  options.learned_source = false;
  options.learned_filter = false;  // every statement the rules make: no dependence on the statement table
  std::vector<quotes::Extraction::SourceChoice> choices;
  quotes::Extraction extraction(tokens, mentions, options);
  extraction.record_sources(&choices);
  const auto quotes = extraction.run();
  std::vector<Ranking> out;
  for (const Quote& q : quotes) {
    const auto choice = std::find_if(choices.begin(), choices.end(), [&](const auto& c) {
      return c.content_start == q.content.start && c.cue_start == q.cue.start;
    });
    if (choice == choices.end()) continue;
    Ranking r;
    r.candidates = choice->features;
    r.right.assign(choice->candidates.size(), false);
    bool sourced = false;
    for (const auto& g : text.gold) {
      if (g.source.empty() || !eval::matches(q, g.content)) continue;
      sourced = true;
      for (std::size_t i = 0; i < choice->candidates.size(); ++i) {
        r.right[i] = r.right[i] || eval::overlap({choice->candidates[i]}, g.source) > 0;
      }
    }
    const auto rights = std::count(r.right.begin(), r.right.end(), true);
    if (sourced) {
      ++coverage.statements;
      coverage.reachable += rights > 0 ? 1 : 0;
      coverage.rules += r.right[0] ? 1 : 0;
    }
    if (choice->candidates.size() < 2) continue;
    if (rights > 0 && rights < static_cast<long>(r.right.size())) out.push_back(std::move(r));
  }
  return out;
}

// The candidate chosen: the best scoring, the first (the rules') on a tie.
std::size_t choose(const eval::AveragedPerceptron& m, const Ranking& r) {
  std::size_t best = 0;
  double top = m.score(r.candidates[0]);
  for (std::size_t i = 1; i < r.candidates.size(); ++i) {
    const double s = m.score(r.candidates[i]);
    if (s > top) {
      top = s;
      best = i;
    }
  }
  return best;
}

// One step of ranking: a wrong choice moves the weights from it towards the
// best scoring right candidate. Returns whether the choice was right.
bool learn(eval::AveragedPerceptron& m, const Ranking& r) {
  const std::size_t p = choose(m, r);
  if (!r.right[p]) {
    std::size_t best = r.candidates.size();
    for (std::size_t i = 0; i < r.candidates.size(); ++i) {
      if (r.right[i] && (best == r.candidates.size() || m.score(r.candidates[i]) > m.score(r.candidates[best]))) best = i;
    }
    m.update(r.candidates[best], 1);
    m.update(r.candidates[p], -1);
  }
  m.end_step();
  return r.right[p];
}

}  // namespace

int main(int argc, char** argv) {
  const auto args = eval::trainer_args(argc, argv, 5);
  if (!args) return 2;
  const auto texts = eval::read_polnear(args->train);
  std::vector<std::vector<Ranking>> data;
  std::size_t n = 0;
  Coverage coverage;
  for (const auto& t : texts) {
    data.push_back(rankings(t, coverage));
    n += data.back().size();
  }
  std::fprintf(stderr, "%zu statements matching a gold content with a source: %zu with a right candidate, the rules right in %zu\n",
               coverage.statements, coverage.reachable, coverage.rules);
  eval::drop_rare_features(kMinFeatureCount, [&](auto&& f) {
    for (auto& a : data) {
      for (auto& r : a) {
        for (auto& c : r.candidates) f(c);
      }
    }
  });
  std::vector<Ranking> dev;
  if (!args->dev.empty()) {
    Coverage unused;
    for (const auto& t : eval::read_polnear(args->dev)) {
      for (auto& r : rankings(t, unused)) dev.push_back(std::move(r));
    }
  }
  eval::AveragedPerceptron model(quotes::kSourceSlots, quotes::source_slot);
  eval::EpochOrder order(data.size());
  for (int epoch = 1; epoch <= args->epochs; ++epoch) {
    std::size_t wrong = 0;
    for (const std::size_t a : order.next()) {
      for (const auto& r : data[a]) wrong += learn(model, r) ? 0 : 1;
    }
    std::fprintf(stderr, "epoch %d: %zu of %zu choices wrong while learning", epoch, wrong, n);
    if (!dev.empty()) {
      const eval::AveragedPerceptron averaged = model.averaged();
      std::size_t right = 0, rules = 0;
      for (const auto& r : dev) {
        right += r.right[choose(averaged, r)] ? 1 : 0;
        rules += r.right[0] ? 1 : 0;
      }
      std::fprintf(stderr, "; dev right %zu of %zu (rules %zu)", right, dev.size(), rules);
    }
    std::fprintf(stderr, "\n");
  }
  const auto weights = model.averaged().weights();
  std::ofstream out(args->output);
  const std::size_t used = eval::write_weight_table(
      out, "quoth-train-source-model --epochs " + std::to_string(args->epochs), texts.size(), weights);
  std::fprintf(stderr, "quoth-train-source-model: %zu rankings from %zu articles, %zu of %zu slots weighted -> %s\n", n,
               texts.size(), used, weights.size(), args->output.c_str());
  return 0;
}
