// Shared by the golden tests over the bundled seed articles: reading files
// and analysing every seed once, keyed by its three-digit prefix ("001").
#pragma once

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "quoth/analyzers/article_analyzer.h"
#include "quoth/analyzers/plain_text_reader.h"

namespace quoth::test {

inline std::string read(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Every seed article of corpus/seeds, analysed, by its three-digit prefix.
inline std::map<std::string, ArticleAnalysis> analysed_seeds() {
  const std::filesystem::path root = QUOTH_SOURCE_DIR;
  std::map<std::string, ArticleAnalysis> by_seed;
  ArticleAnalyzer analyzer;
  for (const auto& e : std::filesystem::directory_iterator(root / "corpus" / "seeds")) {
    by_seed[e.path().filename().string().substr(0, 3)] = analyzer.analyze(read_plain_text(read(e.path())));
  }
  return by_seed;
}

// A golden file of tests/analyzers/golden.
inline std::string golden_file(const std::string& name) {
  return read(std::filesystem::path(QUOTH_SOURCE_DIR) / "tests" / "analyzers" / "golden" / name);
}

}  // namespace quoth::test
