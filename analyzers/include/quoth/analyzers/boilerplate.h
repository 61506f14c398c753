// Boilerplate lines of news text: cross-links ("Read also: …", "See Also:
// …"), calls to subscribe, sign up, share or follow, image credits and
// copyright lines. Readers keep them in the stored text (so offsets and the
// raw article stay intact) but list them, and the article analyzer finds no
// entities or quotes inside them. Pure.
#pragma once

#include <string_view>
#include <vector>

#include "quoth/analyzers/span.h"

namespace quoth {

// Whether one line (or paragraph) of text is boilerplate.
[[nodiscard]] bool is_boilerplate_line(std::string_view line);

// The boilerplate lines of `text` from code point `from` on, as code-point spans.
[[nodiscard]] std::vector<Span> find_boilerplate_lines(std::string_view text, CodePointOffset from = 0);

}  // namespace quoth
