#include <catch2/catch.hpp>

#include "quoth/search/intent.h"

using namespace quoth;

TEST_CASE("questions are recognised from their wording", "[intent]") {
  using K = IntentKind;
  struct Case {
    const char* query;
    K kind;
    const char* subject;
    const char* topic;
  };
  const auto c = GENERATE(values<Case>({
      {"who said 90% agreed", K::WhoSaid, "", "90% agreed"},
      {"Who claimed the talks were productive?", K::WhoSaid, "", "the talks were productive"},
      {"who told reporters the plan was dead", K::WhoSaid, "", "reporters the plan was dead"},
      {"what did Ushakov say about NATO", K::WhatDidSay, "Ushakov", "NATO"},
      {"What did Steve Witkoff say?", K::WhatDidSay, "Steve Witkoff", ""},
      {"what has Zelensky said about elections", K::WhatDidSay, "Zelensky", "elections"},
      {"who is Umerov", K::WhoIs, "Umerov", ""},
      {"Who's Dmitry Peskov?", K::WhoIs, "Dmitry Peskov", ""},
      {"quotes about security guarantees", K::QuotesAbout, "", "security guarantees"},
      {"what was said about Zaporizhzhia", K::QuotesAbout, "", "Zaporizhzhia"},
      {"Witkoff Kushner Berlin", K::Search, "", ""},
      {"who said:Witkoff", K::Search, "", ""},
      {"whois", K::Search, "", ""},
      {"which articles mention Witkoff and Kushner?", K::Mentions, "", "(Witkoff) AND (Kushner)"},
      {"Articles mentioning Steve Witkoff, Jared Kushner & Umerov", K::Mentions, "",
       "(Steve Witkoff) AND (Jared Kushner) AND (Umerov)"},
      {"which stories mention Merz or Macron", K::Mentions, "", "(Merz) OR (Macron)"},
      {"which articles mention Anderson", K::Mentions, "", "Anderson"},  // "and" only as a word
      {"which articles mention \"Witkoff\" AND Kushner", K::Mentions, "", "\"Witkoff\" AND Kushner"},
  }));
  INFO(c.query);
  const Intent intent = recognise_intent(c.query);
  CHECK(intent.kind == c.kind);
  CHECK(intent.subject == c.subject);
  CHECK(intent.topic == c.topic);
}
