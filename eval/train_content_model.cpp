// quoth-train-content-model: learns the quote extractor's content model
// (analyzers/src/quotes/content_model.h) from PolNeAR's training articles.
// For every gold attribution whose content follows its cue in one sentence,
// and whose cue the cue model finds there, the tokens after the cue are
// examples of where content starts (positive at the gold content's first
// token, negative before it), and the tokens after that start examples of
// where it ends (positive at the token the gold content ends before,
// negative before it): the greedy left-to-right decoding of the extractor,
// taught with the gold start. An averaged perceptron per decision; the two
// share one table of hashed features (their names differ). Deterministic:
// articles in a fixed pseudo-random order per epoch.
//
// With DEV_DIR, prints how often the start and the end token are exactly
// right there after each epoch (to choose the epochs, never to learn from).
//
// usage: quoth-train-content-model [--epochs N] TRAIN_DIR OUTPUT_INC [DEV_DIR]
#include <cstdio>
#include <fstream>
#include <string>
#include <unordered_map>

#include "content_model.h"
#include "cue_model.h"
#include "perceptron_trainer.h"
#include "polnear.h"
#include "quote_marks.h"

using namespace quoth;

namespace {

constexpr unsigned kMinFeatureCount = 3;

struct Example {
  std::vector<std::uint64_t> features;
  bool yes = false;
};

// A run of examples decoded together: the first positive is the answer.
struct Decision {
  std::vector<Example> steps;
  bool start = false;  // a start decision, else an end one
  bool rule_right = false;  // whether the hand rules decide it right
};

struct Analysed {
  std::string forms;
  std::vector<quotes::QToken> t;
  std::vector<bool> inside, cue;
  std::vector<std::size_t> sentence_end;  // per token: its sentence's end
};

void analyse(const std::string& text, Analysed& a) {
  a.t = quotes::tokenize_for_quotes(text, a.forms);
  const auto paras = quotes::paragraphs(a.t);
  a.inside = quotes::inside_marks(a.t, quotes::pair_marks(a.t, paras, 4000));
  a.cue.assign(a.t.size(), false);
  std::vector<std::uint64_t> f;
  for (std::size_t i = 0; i < a.t.size(); ++i) {
    if (a.inside[i] || !quotes::cue_candidate(a.t, i)) continue;
    quotes::cue_features(a.t, a.inside, i, f);
    a.cue[i] = quotes::cue_score(f) > 0;
  }
  a.sentence_end.assign(a.t.size(), a.t.size());
  for (const auto& p : paras) {
    for (const auto& s : quotes::sentences(a.t, p)) {
      for (std::size_t i = s.begin; i < s.end; ++i) a.sentence_end[i] = s.end;
    }
  }
}

std::vector<Decision> decisions(const eval::PolnearText& text) {
  Analysed a;
  analyse(text.text, a);
  const quotes::ContentContext x{text.text, a.t, a.inside, a.cue};
  std::vector<Decision> out;
  for (const auto& g : text.gold) {
    if (g.cue.empty() || g.content.front().start < g.cue.back().end) continue;
    std::size_t k = a.t.size();
    for (std::size_t i = 0; i < a.t.size(); ++i) {
      if (a.cue[i] && eval::overlap({a.t[i].span}, g.cue) > 0) k = i;
    }
    if (k == a.t.size()) continue;
    const std::size_t end = a.sentence_end[k];
    std::size_t g0 = k + 1;
    while (g0 < end && a.t[g0].span.end <= g.content.front().start) ++g0;
    if (g0 >= end) continue;
    if (g0 <= k + quotes::kStartWindow) {
      Decision d;
      d.start = true;
      const std::size_t rule = quotes::rule_content_start(x, k, end);
      d.rule_right = rule == g0;
      for (std::size_t c = k + 1; c <= g0; ++c) {
        Example e;
        quotes::start_features(x, k, c, rule, e.features);
        e.yes = c == g0;
        d.steps.push_back(std::move(e));
      }
      out.push_back(std::move(d));
    }
    const CodePointOffset ge = g.content.back().end;
    Decision d;
    const std::size_t rule_end = quotes::rule_clause_end(x, g0, end);
    for (std::size_t i = g0 + 1; i + 1 < end; ++i) {
      Example e;
      quotes::end_features(x, k, g0, i, e.features);
      e.yes = a.t[i].span.start >= ge;
      const bool last = e.yes;
      d.steps.push_back(std::move(e));
      if (last) break;
    }
    d.rule_right = !d.steps.empty() && (d.steps.back().yes ? rule_end == g0 + d.steps.size() : rule_end >= end - 1);
    if (!d.steps.empty()) out.push_back(std::move(d));
  }
  return out;
}

// Whether greedy decoding finds the decision's answer: no step before the
// last accepted, and the last accepted if it is positive.
bool decoded_right(const eval::AveragedPerceptron& m, const Decision& d) {
  for (const auto& e : d.steps) {
    const bool p = m.score(e.features) > 0;
    if (p || e.yes) return p == e.yes;
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  const auto args = eval::trainer_args(argc, argv, 5);
  if (!args) return 2;
  const auto texts = eval::read_polnear(args->train);
  std::vector<std::vector<Decision>> data;
  std::size_t starts = 0, ends = 0;
  for (const auto& t : texts) {
    data.push_back(decisions(t));
    for (const auto& d : data.back()) (d.start ? starts : ends) += 1;
  }
  eval::drop_rare_features(kMinFeatureCount, [&](auto&& f) {
    for (auto& a : data) {
      for (auto& d : a) {
        for (auto& e : d.steps) f(e.features);
      }
    }
  });
  std::vector<Decision> dev;
  if (!args->dev.empty()) {
    for (const auto& t : eval::read_polnear(args->dev)) {
      for (auto& d : decisions(t)) dev.push_back(std::move(d));
    }
  }
  eval::AveragedPerceptron model(quotes::kContentSlots, quotes::content_slot);
  eval::EpochOrder order(data.size());
  for (int epoch = 1; epoch <= args->epochs; ++epoch) {
    std::size_t wrong = 0, n = 0;
    for (const std::size_t a : order.next()) {
      for (const auto& d : data[a]) {
        for (const auto& e : d.steps) {
          wrong += model.learn(e.features, e.yes) ? 0 : 1;
          ++n;
        }
      }
    }
    std::fprintf(stderr, "epoch %d: %zu of %zu steps wrong while learning", epoch, wrong, n);
    if (!dev.empty()) {
      const eval::AveragedPerceptron averaged = model.averaged();
      std::size_t right[2] = {0, 0}, all[2] = {0, 0}, rules[2] = {0, 0};
      for (const auto& d : dev) {
        rules[d.start ? 0 : 1] += d.rule_right ? 1 : 0;
        right[d.start ? 0 : 1] += decoded_right(averaged, d) ? 1 : 0;
        ++all[d.start ? 0 : 1];
      }
      std::fprintf(stderr, "; dev starts right %.3f, ends right %.3f (rules: %.3f, %.3f)",
                   double(right[0]) / double(all[0]), double(right[1]) / double(all[1]),
                   double(rules[0]) / double(all[0]), double(rules[1]) / double(all[1]));
    }
    std::fprintf(stderr, "\n");
  }
  const auto weights = model.averaged().weights();
  std::ofstream out(args->output);
  const std::size_t used = eval::write_weight_table(
      out, "quoth-train-content-model --epochs " + std::to_string(args->epochs), texts.size(), weights);
  std::fprintf(stderr,
               "quoth-train-content-model: %zu start and %zu end decisions from %zu articles, %zu of %zu slots "
               "weighted -> %s\n",
               starts, ends, texts.size(), used, weights.size(), args->output.c_str());
  return 0;
}
