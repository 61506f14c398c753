// quoth-train-ner: trains the entity tagger (analyzers/src/entities/
// ner_tagger.h) on CoNLL-2003, an averaged perceptron with greedy decoding,
// and writes the weights compiled into the library.
//
// usage: quoth-train-ner [--epochs N] TRAIN_FILE DEV_FILE OUT_MODEL
//   e.g. quoth-train-ner ../shared/eval/conll2003/eng.train ../shared/eval/conll2003/eng.testa
//        analyzers/data/ner.model
//
// Deterministic: documents are visited in a fixed pseudo-random order (fixed
// seed), their sentences in order (the tagger remembers what a document said
// before), so the same data gives the same model. Prints span F1 on DEV after
// each epoch (PER, ORG, LOC; MISC is learned but not scored).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <random>
#include <set>
#include <span>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "ner_tagger.h"

using namespace quoth::ner;

namespace {

struct Sentence {
  std::vector<std::string> words;
  std::vector<Tag> tags;  // BIO
};

struct Document {
  std::vector<Sentence> sentences;
  std::vector<SentenceFeatures> features;  // per sentence, filled once
};

// CoNLL columns (word POS chunk NER, IOB1); sentences end at blank lines,
// documents at -DOCSTART- lines.
std::vector<Document> read_conll(const char* path) {
  std::ifstream in(path);
  std::vector<Document> out(1);
  Sentence s;
  std::string previous_type;
  const auto flush = [&] {
    if (!s.words.empty()) out.back().sentences.push_back(std::move(s));
    s = {};
    previous_type.clear();
  };
  for (std::string line; std::getline(in, line);) {
    if (line.starts_with("-DOCSTART-")) {
      flush();
      if (!out.back().sentences.empty()) out.emplace_back();
      continue;
    }
    if (line.empty()) {
      flush();
      continue;
    }
    std::istringstream fields(line);
    std::string word, pos, chunk, ner;
    fields >> word >> pos >> chunk >> ner;
    if (word.empty()) {
      flush();
      continue;
    }
    std::string type = ner.size() > 2 ? ner.substr(2) : "";
    std::string bio = "O";
    if (!type.empty()) bio = (ner[0] == 'B' || type != previous_type ? "B-" : "I-") + type;
    s.words.push_back(word);
    s.tags.push_back(tag_from_name(bio));
    previous_type = type;
  }
  flush();
  if (out.back().sentences.empty()) out.pop_back();
  for (Document& d : out) {
    d.features.reserve(d.sentences.size());
    for (const Sentence& sentence : d.sentences) {
      d.features.emplace_back(std::vector<std::string_view>(sentence.words.begin(), sentence.words.end()));
    }
  }
  return out;
}

using SpanKey = std::tuple<std::size_t, std::size_t, std::size_t, int>;  // sentence, start, end, type

// Entity spans of a BIO sequence, PER/ORG/LOC only.
void spans(std::size_t sentence, const std::vector<Tag>& tags, std::set<SpanKey>& out) {
  for (std::size_t i = 0; i < tags.size(); ++i) {
    const Tag t = tags[i];
    if (t != kBPer && t != kBOrg && t != kBLoc) continue;
    std::size_t j = i + 1;
    while (j < tags.size() && tags[j] == t + 1) ++j;
    out.emplace(sentence, i, j, static_cast<int>(t));
  }
}

struct Weights {
  std::vector<float> w, u;  // current, and the running sum for averaging
  double c = 1;
  Weights() : w(static_cast<std::size_t>(kBuckets) * kTagCount), u(w.size()) {}
  void add_row(std::uint32_t slot, Scores<double>& scores) const {
    for (std::size_t t = 0; t < kTagCount; ++t) scores[t] += w[static_cast<std::size_t>(slot) * kTagCount + t];
  }
  void update(std::span<const std::uint32_t> slots, Tag t, float d) {
    for (const std::uint32_t s : slots) {
      const std::size_t k = static_cast<std::size_t>(s) * kTagCount + t;
      w[k] += d;
      u[k] += static_cast<float>(c) * d;
    }
  }
  [[nodiscard]] std::vector<float> averaged() const {
    std::vector<float> a(w.size());
    for (std::size_t k = 0; k < w.size(); ++k) a[k] = w[k] - u[k] / static_cast<float>(c);
    return a;
  }
};

double f1_on(const std::vector<Document>& data, const std::vector<float>& weights) {
  std::set<SpanKey> gold, predicted;
  std::size_t k = 0;
  std::vector<Tag> tags;
  for (const Document& d : data) {
    DocumentMemory memory;
    for (std::size_t j = 0; j < d.sentences.size(); ++j, ++k) {
      const SentenceFeatures& f = d.features[j];
      const auto add_row = [&](std::uint32_t slot, Scores<double>& scores) {
        for (std::size_t t = 0; t < kTagCount; ++t) scores[t] += weights[static_cast<std::size_t>(slot) * kTagCount + t];
      };
      decode<double>(f, &memory, add_row, tags);
      memory.remember(f, tags);
      spans(k, d.sentences[j].tags, gold);
      spans(k, tags, predicted);
    }
  }
  std::size_t tp = 0;
  for (const auto& key : predicted) tp += gold.contains(key) ? 1 : 0;
  return 2.0 * static_cast<double>(tp) / static_cast<double>(gold.size() + predicted.size());
}

}  // namespace

int main(int argc, char** argv) {
  int epochs = 8;
  std::vector<const char*> paths;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--epochs") == 0 && i + 1 < argc) {
      epochs = std::atoi(argv[++i]);
    } else {
      paths.push_back(argv[i]);
    }
  }
  if (paths.size() != 3) {
    std::fprintf(stderr, "usage: %s [--epochs N] TRAIN_FILE DEV_FILE OUT_MODEL\n", argv[0]);
    return 2;
  }
  const auto train = read_conll(paths[0]);
  const auto dev = read_conll(paths[1]);
  if (train.empty() || dev.empty()) {
    std::fprintf(stderr, "quoth-train-ner: no sentences in %s or %s\n", paths[0], paths[1]);
    return 2;
  }
  std::fprintf(stderr, "%zu training documents, %zu dev documents\n", train.size(), dev.size());

  Weights weights;
  std::vector<std::size_t> order(train.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937 rng(20261125);
  ContextSlots context;
  std::vector<Tag> tags;
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    std::size_t errors = 0;
    for (const std::size_t k : order) {
      DocumentMemory memory;
      for (std::size_t j = 0; j < train[k].sentences.size(); ++j) {
        const SentenceFeatures& f = train[k].features[j];
        const auto& gold = train[k].sentences[j].tags;
        decode<double>(f, &memory, [&](std::uint32_t slot, Scores<double>& scores) { weights.add_row(slot, scores); }, tags);
        for (std::size_t i = 0; i < tags.size(); ++i) {
          if (tags[i] == gold[i]) continue;
          ++errors;
          const Tag p1 = i > 0 ? tags[i - 1] : kO;
          if (!f.scored(i, p1)) continue;  // an unscored word is O: nothing to learn from
          context.clear();
          context_features(f, i, p1, i > 1 ? tags[i - 2] : kO, &memory, context);
          for (const Tag t : {gold[i], tags[i]}) {
            const float d = t == gold[i] ? 1 : -1;
            weights.update(f.own(i), t, d);
            weights.update(f.around(i), t, d);
            weights.update(context.slots(), t, d);
          }
        }
        memory.remember(f, tags);
        weights.c += 1;
      }
    }
    std::fprintf(stderr, "epoch %d: %zu token errors, dev F1 %.4f\n", epoch, errors, f1_on(dev, weights.averaged()));
  }
  const auto averaged = weights.averaged();
  float largest = 0;
  for (const float v : averaged) largest = std::max(largest, std::fabs(v));
  const float scale = largest > 0 ? largest / 32767.0f : 1.0f;
  std::ofstream out(paths[2], std::ios::binary);
  out.write("QNER1\n", 6);
  out.write(reinterpret_cast<const char*>(&scale), sizeof scale);
  for (const float v : averaged) {
    const auto q = static_cast<std::int16_t>(std::lround(v / scale));
    out.write(reinterpret_cast<const char*>(&q), sizeof q);
  }
  if (!out) {
    std::fprintf(stderr, "quoth-train-ner: cannot write %s\n", paths[2]);
    return 2;
  }
  std::fprintf(stderr, "wrote %s\n", paths[2]);
  return 0;
}
