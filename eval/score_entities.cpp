// score-entities: named-entity recognition against CoNLL-2003 gold spans.
//
// usage: score-entities [--misses N] [--min-f1 F] [SPLIT_DIR]
//   --misses N lists the first N wrong and missed spans.
//        (default ../shared/eval/conll2003/testa)
//
// Exact-span F1 over PER, ORG and LOC (MISC is not a type quoth has): a
// predicted PERSON, ORG or PLACE mention is right when a gold entity has the
// same start, end and type. Prints precision, recall and F1 overall and per
// type. Exit 1 if --min-f1 is given and overall F1 is below it; 77 when the
// gold data is absent.
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <tuple>

#include "quoth/analyzers/entity_recognizer.h"

namespace fs = std::filesystem;

namespace {

const char* conll_type(quoth::EntityType t) {
  switch (t) {
    case quoth::EntityType::Person: return "PER";
    case quoth::EntityType::Org: return "ORG";
    case quoth::EntityType::Place: return "LOC";
    default: return nullptr;
  }
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

struct Counts {
  std::size_t tp = 0, fp = 0, fn = 0;
  void print(const char* name) const {
    const double p = tp + fp ? static_cast<double>(tp) / static_cast<double>(tp + fp) : 0;
    const double r = tp + fn ? static_cast<double>(tp) / static_cast<double>(tp + fn) : 0;
    std::printf("%-8s P %.3f  R %.3f  F1 %.3f   (gold %zu, predicted %zu)\n", name, p, r,
                p + r > 0 ? 2 * p * r / (p + r) : 0, tp + fn, tp + fp);
  }
  [[nodiscard]] double f1() const {
    return tp == 0 ? 0 : 2.0 * static_cast<double>(tp) / static_cast<double>(2 * tp + fp + fn);
  }
};

}  // namespace

int main(int argc, char** argv) {
  fs::path dir = "../shared/eval/conll2003/testa";
  std::size_t show_misses = 0;
  double min_f1 = 0;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--misses") == 0 && i + 1 < argc) {
      show_misses = static_cast<std::size_t>(std::atoi(argv[++i]));
    } else if (std::strcmp(argv[i], "--min-f1") == 0 && i + 1 < argc) {
      min_f1 = std::atof(argv[++i]);
    } else {
      dir = argv[i];
    }
  }
  std::ifstream gold_in(dir / "gold.jsonl");
  if (!gold_in) {
    std::fprintf(stderr, "score-entities: skipped: %s not found (the gold data lives in ../shared/eval)\n",
                 (dir / "gold.jsonl").c_str());
    return 77;
  }
  const quoth::EntityRecognizer recognizer;
  std::map<std::string, Counts> by_type;
  Counts all;
  std::size_t docs = 0, shown = 0;
  for (std::string line; std::getline(gold_in, line);) {
    if (line.empty()) continue;
    const auto record = nlohmann::json::parse(line);
    const std::string text = read_file(dir / "text" / record["path"].get<std::string>());
    using Key = std::tuple<std::uint32_t, std::uint32_t, std::string>;
    std::set<Key> gold, predicted;
    for (const auto& e : record["entities"]) {
      const std::string type = e["type"];
      if (type != "MISC") gold.emplace(e["start"].get<std::uint32_t>(), e["end"].get<std::uint32_t>(), type);
    }
    for (const auto& m : recognizer.analyze(text).mentions) {
      if (const char* type = conll_type(m.type)) predicted.emplace(m.span.start, m.span.end, type);
    }
    for (const Key& k : predicted) {
      auto& c = by_type[std::get<2>(k)];
      if (gold.contains(k)) {
        ++c.tp;
        ++all.tp;
      } else {
        ++c.fp;
        ++all.fp;
        if (shown < show_misses) {
          ++shown;
          std::printf("wrong %s %s [%u,%u)\n", std::get<2>(k).c_str(), record["path"].get<std::string>().c_str(),
                      std::get<0>(k), std::get<1>(k));
        }
      }
    }
    for (const Key& k : gold) {
      if (predicted.contains(k)) continue;
      ++by_type[std::get<2>(k)].fn;
      ++all.fn;
      if (shown < show_misses) {
        ++shown;
        std::printf("missed %s %s [%u,%u)\n", std::get<2>(k).c_str(), record["path"].get<std::string>().c_str(),
                    std::get<0>(k), std::get<1>(k));
      }
    }
    ++docs;
  }
  std::printf("documents %zu, exact-span match over PER, ORG, LOC\n", docs);
  all.print("overall");
  for (const auto& [type, c] : by_type) c.print(type.c_str());
  if (all.f1() < min_f1) {
    std::fprintf(stderr, "score-entities: F1 %.3f is below the floor %.3f\n", all.f1(), min_f1);
    return 1;
  }
  return 0;
}
