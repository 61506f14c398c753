// Finds, without analysing a text, where a query's words may occur in it: a
// case-blind byte search, at word starts, for each query word, each stem (as
// a word's beginning: "export" finds "exported") and each phrase's first
// word. Cheap enough to run over a whole article; what it finds is checked by
// the term analyzer afterwards. Internal to the searcher.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "query_terms.h"
#include "quoth/analyzers/span.h"

namespace quoth {

struct PassageScan {
  struct Needle {
    std::string bytes;  // lower case
    std::size_t clause = 0;
    bool whole_word = false;  // must not run on into further letters or digits
  };

  explicit PassageScan(const QueryTerms& query);

  // Offsets in `text` where a needle starts, with its clause, in text order.
  [[nodiscard]] std::vector<std::pair<ByteSpan, std::size_t>> find(std::string_view text) const;

  // Whether find() misses no match on ASCII text: every needle is ASCII
  // letters and digits (no "u.s", no accents).
  [[nodiscard]] bool exhaustive_on_ascii() const { return exhaustive_; }

  std::vector<Needle> needles;

 private:
  bool exhaustive_ = true;
  // Per byte: 0 outside words, 1 in a word, 2 in a word and the first byte
  // of a needle (either case).
  unsigned char class_[256] = {};
};

}  // namespace quoth
