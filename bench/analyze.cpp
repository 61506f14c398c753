// bench-analyze: single-threaded analysis throughput on the benchmark corpus,
// beside Xapian's own TermGenerator on the same text in the same run.
//
// usage: bench-analyze [ARTICLES_JSONL] [RUNS]
//        (default ../shared/bench/articles.jsonl, 3 runs; the median is shown;
//        the passes take turns, one run of each after another)
//
// Passes, each over every article's title and text:
//   termgenerator  Xapian::TermGenerator with the English stemmer (STEM_SOME,
//                  positions), as scriptindex indexes, into a Document
//   terms          quoth's TermAnalyzer (words, abbreviations, percentages,
//                  unaccented forms, dates) and the English stems of its terms
//   +entities      terms, then entity recognition
//   +quotes        terms, then the whole ArticleAnalyzer (entities, quotes,
//                  speakers)
// Exit 77 (skipped) when the corpus is absent.
#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "quoth/analyzers/article_analyzer.h"
#include "quoth/analyzers/entity_recognizer.h"
#include "quoth/analyzers/jsonl_reader.h"
#include "quoth/analyzers/quote_extractor.h"
#include "quoth/analyzers/term_analyzer.h"

namespace {

using Clock = std::chrono::steady_clock;

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

using Work = std::function<std::size_t(const quoth::Article&)>;

// Seconds for one pass of each `work` over every article, median of `runs`.
// The passes take turns, run after run, so that a machine growing busier
// or quieter meanwhile slows or speeds them all alike.
std::vector<double> time_passes(const std::vector<quoth::Article>& articles, int runs, const std::vector<Work>& passes) {
  std::vector<std::vector<double>> seconds(passes.size());
  std::size_t sink = 0;
  for (int r = 0; r < runs; ++r) {
    for (std::size_t p = 0; p < passes.size(); ++p) {
      const auto t0 = Clock::now();
      for (const quoth::Article& a : articles) sink += passes[p](a);
      seconds[p].push_back(std::chrono::duration<double>(Clock::now() - t0).count());
    }
  }
  if (sink == 42) std::fputs("", stderr);  // keep the work observable
  std::vector<double> medians;
  for (const auto& s : seconds) medians.push_back(median(s));
  return medians;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string path = argc > 1 ? argv[1] : "../shared/bench/articles.jsonl";
  const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
  std::ifstream in(path);
  if (!in) {
    std::fprintf(stderr, "bench-analyze: skipped: %s is absent (the benchmark corpus lives in ../shared/bench)\n",
                 path.c_str());
    return 77;
  }
  std::vector<quoth::Article> articles;
  std::size_t bytes = 0;
  for (std::string line; std::getline(in, line);) {
    auto r = quoth::read_jsonl_line(line);
    if (!r.article) continue;
    bytes += r.article->article.title.size() + r.article->article.text.size();
    articles.push_back(std::move(r.article->article));
  }
  const double mb = static_cast<double>(bytes) / 1e6;
  std::printf("%zu articles, %.1f MB, single thread, median of %d runs\n\n", articles.size(), mb, runs);
  std::printf("%-16s %10s %10s %12s\n", "pass", "seconds", "MB/s", "vs TermGen");

  Xapian::TermGenerator generator;
  generator.set_stemmer(Xapian::Stem("english"));
  generator.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  const Work termgenerator = [&](const quoth::Article& a) {
    Xapian::Document doc;
    generator.set_document(doc);
    generator.index_text(a.title, 1, "S");
    generator.index_text(a.title);
    generator.increase_termpos();
    generator.index_text(a.text);
    return static_cast<std::size_t>(doc.termlist_count());
  };

  // quoth's terms plus the English stems it indexes beside them (cached per
  // word, as the indexer's DocumentBuilder does).
  quoth::TermAnalyzer analyzer;
  Xapian::Stem stemmer("english");
  std::unordered_map<std::string, std::string> stems;
  const Work terms_of = [&](const quoth::Article& a) {
    std::size_t n = 0;
    for (const std::string_view part : {std::string_view(a.title), std::string_view(a.text)}) {
      for (const quoth::Term& t : analyzer.analyze(part)) {
        auto it = stems.find(t.text);
        if (it == stems.end()) it = stems.emplace(t.text, stemmer(t.text)).first;
        n += it->second.size();
      }
    }
    return n;
  };
  quoth::EntityRecognizer recognizer;
  const Work with_entities = [&](const quoth::Article& a) {
    return terms_of(a) + recognizer.analyze(a.text).mentions.size();
  };
  quoth::ArticleAnalyzer article_analyzer;
  const Work with_quotes = [&](const quoth::Article& a) {
    const auto analysis = article_analyzer.analyze(a);
    return terms_of(a) + analysis.mentions.size() + analysis.quotes.size();
  };
  const std::vector<double> seconds = time_passes(articles, runs, {termgenerator, terms_of, with_entities, with_quotes});
  const double tg = seconds[0], terms = seconds[1], entities = seconds[2], quotes = seconds[3];

  const auto row = [&](const char* name, double s) {
    std::printf("%-16s %10.2f %10.2f %11.2fx\n", name, s, mb / s, tg / s);
  };
  row("termgenerator", tg);
  row("terms", terms);
  row("+entities", entities);
  row("+quotes", quotes);
  std::printf("\nentities add %.2fx to term analysis; quotes add %.2fx to terms+entities\n", entities / terms,
              quotes / entities);

  // The same work, interleaved as the indexer does it: each article's terms,
  // then its entities, then its quotes, timed apart. A busy machine slows
  // all three alike, so their ratios hold where the passes above drift.
  const quoth::QuoteExtractor quote_extractor;
  std::vector<double> term_s, entity_s, quote_s;
  std::size_t sink = 0;
  for (int r = 0; r < runs; ++r) {
    double t = 0, e = 0, q = 0;
    for (const quoth::Article& a : articles) {
      const auto t0 = Clock::now();
      sink += terms_of(a);
      const auto t1 = Clock::now();
      const quoth::TokenizedText tokens(a.text);  // made for entities, read by quotes too (as ArticleAnalyzer does)
      const quoth::EntityAnalysis found = recognizer.analyze(tokens);
      const auto t2 = Clock::now();
      sink += quote_extractor.extract(tokens, found.mentions).size();
      const auto t3 = Clock::now();
      t += std::chrono::duration<double>(t1 - t0).count();
      e += std::chrono::duration<double>(t2 - t1).count();
      q += std::chrono::duration<double>(t3 - t2).count();
    }
    term_s.push_back(t);
    entity_s.push_back(e);
    quote_s.push_back(q);
  }
  if (sink == 42) std::fputs("", stderr);
  std::vector<double> entity_ratio, quote_ratio;
  for (int r = 0; r < runs; ++r) {
    const auto k = static_cast<std::size_t>(r);
    entity_ratio.push_back((term_s[k] + entity_s[k]) / term_s[k]);
    quote_ratio.push_back((term_s[k] + entity_s[k] + quote_s[k]) / (term_s[k] + entity_s[k]));
  }
  std::printf("interleaved per article: terms %.2f s, entities %.2f s, quotes %.2f s; entities add %.2fx to term "
              "analysis, quotes add %.2fx to terms+entities (medians of %d runs)\n",
              median(term_s), median(entity_s), median(quote_s), median(entity_ratio), median(quote_ratio), runs);
  return 0;
}
