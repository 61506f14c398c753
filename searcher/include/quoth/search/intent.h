// Recognises what a query asks from its wording. The phrasings are data
// (kIntentPatterns in intent.cpp); anything unrecognised is a plain search.
//
//   who said X | who claimed X | who told ... X   -> WhoSaid, topic X
//   what did S say [about X] | what has S said ... -> WhatDidSay, subject S, topic X
//   who is S | who's S | who was S                 -> WhoIs, subject S
//   quotes about X | what was said about X | ...   -> QuotesAbout, topic X
//   which articles mention A and B | articles mentioning A, B ...
//                                                 -> Mentions, topic "(A) AND (B)"
//                                                    ("or" between them: OR)
#pragma once

#include <string>
#include <string_view>

namespace quoth {

enum class IntentKind { Search, WhoSaid, WhatDidSay, WhoIs, QuotesAbout, Mentions };

[[nodiscard]] std::string_view to_string(IntentKind kind);  // "search", "who_said", ...

struct Intent {
  IntentKind kind = IntentKind::Search;
  std::string subject;  // the speaker or entity asked about
  std::string topic;    // what the statements are about (may be empty); for
                        // Mentions, the article query the names make
};

[[nodiscard]] Intent recognise_intent(std::string_view query);

}  // namespace quoth
