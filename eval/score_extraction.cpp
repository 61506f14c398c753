// score-extraction: main-text extraction from HTML against the hand-written
// article bodies of the article-extraction benchmark.
//
// usage: score-extraction [--show ID] [--worst N] [--min-f1 F] [SPLIT_DIR]
//        (default ../shared/eval/article-extraction/dev)
// Exit 0; 1 when --min-f1 is given and F1 is below it; 77 (the test
// harness's "skipped") when the gold data is absent; 2 on other errors.
//
// The benchmark's metric: both texts are split into \w+ words and into all
// runs of four words (shingles, with counts). Per page, tp = shingles in
// both, fp = predicted only, fn = gold only, each divided by tp+fp+fn of the
// page so that every page weighs the same; precision = Σtp/(Σtp+Σfp) and
// recall = Σtp/(Σtp+Σfn) over the pages, F1 from those two. Pages are also
// listed worst first with their own F1 when --worst N is given.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "quoth/analyzers/html_reader.h"
#include "quoth/analyzers/utf8.h"

namespace fs = std::filesystem;

namespace {

std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  std::string word;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c >= 0 && (u_isalnum(c) || c == '_')) {
      word.append(text.data() + start, static_cast<std::size_t>(i - start));
    } else if (!word.empty()) {
      out.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) out.push_back(std::move(word));
  return out;
}

std::map<std::string, int> shingles(std::string_view text) {
  const auto w = words(text);
  std::map<std::string, int> out;
  for (std::size_t i = 0; i + 4 <= w.size(); ++i) ++out[w[i] + ' ' + w[i + 1] + ' ' + w[i + 2] + ' ' + w[i + 3]];
  return out;
}

struct Counts {
  double tp = 0, fp = 0, fn = 0;
};

Counts compare(std::string_view predicted, std::string_view gold) {
  const auto p = shingles(predicted), g = shingles(gold);
  Counts c;
  for (const auto& [s, n] : p) {
    const auto it = g.find(s);
    const int shared = it == g.end() ? 0 : std::min(n, it->second);
    c.tp += shared;
    c.fp += n - shared;
  }
  for (const auto& [s, n] : g) {
    const auto it = p.find(s);
    c.fn += n - (it == p.end() ? 0 : std::min(n, it->second));
  }
  const double total = c.tp + c.fp + c.fn;
  if (total > 0) c = {c.tp / total, c.fp / total, c.fn / total};
  return c;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string body_of(const quoth::Article& a) {
  const auto start = quoth::byte_offset_of(a.text, a.body_span.start);
  const auto end = quoth::byte_offset_of(a.text, a.body_span.end);
  return a.text.substr(start, end - start);
}

}  // namespace

int main(int argc, char** argv) {
  fs::path dir = "../shared/eval/article-extraction/dev";
  std::string show;
  int worst = 0;
  double min_f1 = 0;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--show") == 0 && i + 1 < argc) {
      show = argv[++i];
    } else if (std::strcmp(argv[i], "--min-f1") == 0 && i + 1 < argc) {
      min_f1 = std::atof(argv[++i]);
    } else if (std::strcmp(argv[i], "--worst") == 0 && i + 1 < argc) {
      worst = std::atoi(argv[++i]);
    } else {
      dir = argv[i];
    }
  }
  const fs::path truth_path = dir / "ground-truth.json";
  if (!fs::exists(truth_path)) {
    std::fprintf(stderr, "score-extraction: skipped: %s not found (the gold data lives in ../shared/eval)\n",
                 truth_path.c_str());
    return 77;
  }
  const auto truth = nlohmann::json::parse(read_file(truth_path));
  Counts sum;
  std::vector<std::pair<double, std::string>> pages;
  for (const auto& [id, entry] : truth.items()) {
    const fs::path html = dir / "html" / (id + ".html");
    if (!fs::exists(html)) continue;
    const std::string page = quoth::repair_utf8(read_file(html)).text;
    const quoth::Article article = quoth::read_html(page);
    const std::string predicted = body_of(article);
    const std::string gold = entry.value("articleBody", "");
    if (id == show) {
      std::printf("title: %s\nsource: %s\ndate: %s\n--- predicted\n%s\n--- gold\n%s\n", article.title.c_str(),
                  article.source.c_str(), article.date.c_str(), predicted.c_str(), gold.c_str());
    }
    const Counts c = compare(predicted, gold);
    sum.tp += c.tp;
    sum.fp += c.fp;
    sum.fn += c.fn;
    const double f = c.tp == 0 ? 0 : 2 * c.tp / (2 * c.tp + c.fp + c.fn);
    pages.emplace_back(f, id);
  }
  if (pages.empty()) {
    std::fprintf(stderr, "score-extraction: no pages under %s\n", (dir / "html").c_str());
    return 2;
  }
  const double precision = sum.tp / (sum.tp + sum.fp), recall = sum.tp / (sum.tp + sum.fn);
  const double f1 = 2 * precision * recall / (precision + recall);
  std::printf("pages %zu  precision %.3f  recall %.3f  F1 %.3f\n", pages.size(), precision, recall, f1);
  std::sort(pages.begin(), pages.end());
  for (int i = 0; i < worst && i < static_cast<int>(pages.size()); ++i) {
    std::printf("  %.3f %s\n", pages[static_cast<std::size_t>(i)].first, pages[static_cast<std::size_t>(i)].second.c_str());
  }
  if (f1 < min_f1) {
    std::fprintf(stderr, "score-extraction: F1 %.3f is below the floor %.3f\n", f1, min_f1);
    return 1;
  }
  return 0;
}
