// English function words that say little about what a query is about. A
// query drops them when it has other words to rank by ("the merger would be
// completed" searches "merger completed"), and keeps them when they are all
// it has ("to be or not to be") or when they are in a phrase. "May" is not
// one: it is a month.  Internal.
#pragma once

#include <string_view>

namespace quoth {

// `word` as written; ASCII case does not matter.
[[nodiscard]] bool is_stop_word(std::string_view word);

}  // namespace quoth
