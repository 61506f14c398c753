// quoth-train-statement-model: learns the quote extractor's statement
// filter (analyzers/src/quotes/statement_model.h) from PolNeAR's training
// articles. The extractor runs on each article with the committed tables,
// its filter recording every reported statement (indirect or mixed) and
// every direct quote without a cue instead of dropping any; each is an example, positive when it matches a gold
// content as score-quotes matches them (in the scorer's order, a gold
// content matched once). An averaged perceptron learns them; features seen
// fewer than 3 times are dropped. Deterministic: articles in a fixed
// pseudo-random order per epoch.
//
// With DEV_DIR, prints per epoch how many of that split's statements the
// filter keeps and how many of those kept and dropped match (to choose the
// epochs, never to learn from).
//
// usage: quoth-train-statement-model [--epochs N] TRAIN_DIR OUTPUT_INC [DEV_DIR]
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <string>
#include <unordered_map>

#include "extraction.h"
#include "perceptron_trainer.h"
#include "polnear.h"
#include "quote_match.h"
#include "quoth/analyzers/entity_recognizer.h"
#include "statement_model.h"

using namespace quoth;

namespace {

constexpr unsigned kMinFeatureCount = 3;

struct Example {
  std::vector<std::uint64_t> features;
  bool hit = false;
};

std::vector<Example> examples(const eval::PolnearText& text) {
  const TokenizedText tokens(text.text);
  const auto mentions = EntityRecognizer().analyze(tokens).mentions;
  const QuoteExtractor::Options options;
  std::vector<quotes::Extraction::StatementRecord> records;
  quotes::Extraction extraction(tokens, mentions, options);
  extraction.record_statements(&records);
  const auto quotes = extraction.run();
  std::vector<Example> out;
  std::vector<bool> used(text.gold.size(), false);
  for (const Quote& q : quotes) {
    const auto golds = eval::matched_golds(q, text.gold, used);
    for (const std::size_t g : golds) used[g] = true;
    if (!quotes::filtered_statement(q)) continue;
    const auto r = std::find_if(records.begin(), records.end(), [&](const auto& x) {
      return x.content.start == q.content.start && x.content.end == q.content.end && x.cue.start == q.cue.start;
    });
    if (r != records.end()) out.push_back({r->features, !golds.empty()});
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  const auto args = eval::trainer_args(argc, argv, 5);
  if (!args) return 2;
  const auto texts = eval::read_polnear(args->train);
  std::vector<std::vector<Example>> data;
  std::size_t n = 0, hits = 0;
  for (const auto& t : texts) {
    data.push_back(examples(t));
    for (const auto& e : data.back()) {
      ++n;
      hits += e.hit ? 1 : 0;
    }
  }
  eval::drop_rare_features(kMinFeatureCount, [&](auto&& f) {
    for (auto& a : data) {
      for (auto& e : a) f(e.features);
    }
  });
  std::vector<Example> dev;
  if (!args->dev.empty()) {
    for (const auto& t : eval::read_polnear(args->dev)) {
      for (auto& e : examples(t)) dev.push_back(std::move(e));
    }
  }
  eval::AveragedPerceptron model(quotes::kStatementSlots, quotes::statement_slot);
  eval::EpochOrder order(data.size());
  for (int epoch = 1; epoch <= args->epochs; ++epoch) {
    std::size_t wrong = 0;
    for (const std::size_t a : order.next()) {
      for (const auto& e : data[a]) wrong += model.learn(e.features, e.hit) ? 0 : 1;
    }
    std::fprintf(stderr, "epoch %d: %zu of %zu wrong while learning", epoch, wrong, n);
    if (!dev.empty()) {
      const eval::AveragedPerceptron averaged = model.averaged();
      std::size_t kept = 0, kept_hits = 0, dropped_hits = 0;
      for (const auto& e : dev) {
        const bool keep = averaged.score(e.features) >= quotes::kMinStatementScore;
        kept += keep ? 1 : 0;
        kept_hits += keep && e.hit ? 1 : 0;
        dropped_hits += !keep && e.hit ? 1 : 0;
      }
      std::fprintf(stderr, "; dev kept %zu of %zu (%zu match), dropped %zu (%zu match)", kept, dev.size(), kept_hits,
                   dev.size() - kept, dropped_hits);
    }
    std::fprintf(stderr, "\n");
  }
  const auto weights = model.averaged().weights();
  std::ofstream out(args->output);
  const std::size_t used = eval::write_weight_table(
      out, "quoth-train-statement-model --epochs " + std::to_string(args->epochs), texts.size(), weights);
  std::fprintf(stderr, "quoth-train-statement-model: %zu statements (%zu match) from %zu articles, %zu of %zu slots weighted -> %s\n",
               n, hits, texts.size(), used, weights.size(), args->output.c_str());
  return 0;
}
