// Where recall is lost: each gold content no prediction matched, put in one
// bucket by what the predictions and the cue model made of it (overlapping
// but too long or too short, its cue accepted by the model but no content,
// its cue rejected, no candidate cue word at all...). Read by score-quotes
// --breakdown; it looks at the extractor's internals (tokens, cue model).
#pragma once

#include <array>
#include <cstdio>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "polnear.h"
#include "quoth/analyzers/quote.h"

namespace quoth::eval {

class RecallBreakdown {
 public:
  // `show`: print the misses of the buckets whose name contains it ("" none).
  explicit RecallBreakdown(std::string show) : show_(std::move(show)) {}

  // One text: its predictions and which of its gold contents were matched.
  void add(const PolnearText& text, const std::vector<Quote>& predicted, const std::vector<bool>& matched);
  // A gold content matched by a prediction without its right speaker.
  void wrong_speaker(const std::string& why) { ++speakers_[why]; }
  // A prediction of some class, and whether its content / attribution was right.
  void prediction(const std::string& kind, bool content_right, bool attribution_right) {
    auto& c = predictions_[kind];
    ++c[0];
    c[1] += content_right ? 1 : 0;
    c[2] += attribution_right ? 1 : 0;
  }
  void print(std::FILE* out) const;

 private:
  std::map<std::string, std::size_t> buckets_;
  std::map<std::string, std::size_t> uncued_words_;    // gold cue words with no candidate
  std::map<std::string, std::size_t> rejected_words_;  // candidates the model rejects
  std::map<std::string, std::size_t> accepted_words_;  // accepted, but no content found
  std::map<std::string, std::size_t> speakers_;
  std::map<std::string, std::array<std::size_t, 3>> predictions_;
  bool shown(const std::string& bucket) const { return !show_.empty() && bucket.find(show_) != std::string::npos; }
  std::string show_;
  std::size_t missed_ = 0, gold_ = 0;
};

}  // namespace quoth::eval
