// PolNeAR attribution data (brat standoff; see ../shared/eval/README.md):
// reading texts and their first annotator's relations. Shared by the quote
// scorer and the cue-lexicon trainer.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "quoth/analyzers/span.h"

namespace quoth::eval {

struct GoldAttribution {
  std::vector<Span> content;  // discontinuous spans have several pieces
  std::vector<Span> source;   // empty when implicit
  std::vector<Span> cue;
};

struct PolnearText {
  std::string name;
  std::string text;
  std::vector<GoldAttribution> gold;
};

// Every text of a split directory (dev/ or train/), in sorted order, with
// the relations of its first annotation file. Throws std::runtime_error if
// the directory is unreadable.
[[nodiscard]] std::vector<PolnearText> read_polnear(const std::filesystem::path& split);

// Code points of a that are also in b (both may be multi-piece).
[[nodiscard]] CodePointOffset overlap(const std::vector<Span>& a, const std::vector<Span>& b);
[[nodiscard]] CodePointOffset length(const std::vector<Span>& a);

}  // namespace quoth::eval
