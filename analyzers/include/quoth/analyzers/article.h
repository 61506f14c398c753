// The article as quoth understands it, after reading and before indexing.
//
// `text` is the stored article text: every Span refers to it, in code points.
// For a plain-text file it is the whole decoded file, title line included.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "quoth/analyzers/span.h"

namespace quoth {

struct Article {
  std::string title;
  std::string source;  // publication, empty if unknown
  std::string date;    // ISO 8601 (YYYY-MM-DD), empty if unknown
  std::string text;    // valid UTF-8
  Span title_span;     // where the title sits in text (empty if not in it)
  Span body_span;      // the body proper, within text
  // Boilerplate lines within the body ("Read also: …", credits, sign-up
  // calls; see boilerplate.h): stored and searchable, but no entities or
  // quotes are looked for in them.
  std::vector<Span> boilerplate;
  // Further key/values the source gave (JSON Lines keys other than the known ones).
  std::vector<std::pair<std::string, std::string>> metadata;
};

}  // namespace quoth
