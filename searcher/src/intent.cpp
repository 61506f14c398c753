#include "quoth/search/intent.h"

#include <array>
#include <cctype>
#include <string>
#include <vector>

namespace quoth {
namespace {

// A phrasing: a lower-case lead-in, then the subject up to `separator` (if
// the intent has a subject), then the topic.
struct IntentPattern {
  std::string_view lead;
  IntentKind kind;
  std::string_view subject_end;  // "" when the rest is the topic
  std::string_view topic_lead;   // words dropped before the topic ("about")
};

constexpr std::array kIntentPatterns{
    IntentPattern{"who said ", IntentKind::WhoSaid, "", ""},
    IntentPattern{"who claimed ", IntentKind::WhoSaid, "", ""},
    IntentPattern{"who stated ", IntentKind::WhoSaid, "", ""},
    IntentPattern{"who warned ", IntentKind::WhoSaid, "", ""},
    IntentPattern{"who announced ", IntentKind::WhoSaid, "", ""},
    IntentPattern{"who insisted ", IntentKind::WhoSaid, "", ""},
    IntentPattern{"who argued ", IntentKind::WhoSaid, "", ""},
    IntentPattern{"who promised ", IntentKind::WhoSaid, "", ""},
    IntentPattern{"who told ", IntentKind::WhoSaid, "", ""},
    IntentPattern{"who says ", IntentKind::WhoSaid, "", ""},
    IntentPattern{"what did ", IntentKind::WhatDidSay, " say", "about "},
    IntentPattern{"what has ", IntentKind::WhatDidSay, " said", "about "},
    IntentPattern{"what have ", IntentKind::WhatDidSay, " said", "about "},
    IntentPattern{"what does ", IntentKind::WhatDidSay, " say", "about "},
    IntentPattern{"who is ", IntentKind::WhoIs, "", ""},
    IntentPattern{"who's ", IntentKind::WhoIs, "", ""},
    IntentPattern{"who was ", IntentKind::WhoIs, "", ""},
    IntentPattern{"who are ", IntentKind::WhoIs, "", ""},
    IntentPattern{"quotes about ", IntentKind::QuotesAbout, "", ""},
    IntentPattern{"quotes on ", IntentKind::QuotesAbout, "", ""},
    IntentPattern{"statements about ", IntentKind::QuotesAbout, "", ""},
    IntentPattern{"what was said about ", IntentKind::QuotesAbout, "", ""},
    IntentPattern{"what has been said about ", IntentKind::QuotesAbout, "", ""},
    IntentPattern{"what were people saying about ", IntentKind::QuotesAbout, "", ""},
    IntentPattern{"which articles mention ", IntentKind::Mentions, "", ""},
    IntentPattern{"what articles mention ", IntentKind::Mentions, "", ""},
    IntentPattern{"which stories mention ", IntentKind::Mentions, "", ""},
    IntentPattern{"which articles name ", IntentKind::Mentions, "", ""},
    IntentPattern{"articles that mention ", IntentKind::Mentions, "", ""},
    IntentPattern{"articles mentioning ", IntentKind::Mentions, "", ""},
    IntentPattern{"stories mentioning ", IntentKind::Mentions, "", ""},
};

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (std::isspace(static_cast<unsigned char>(s.front())) != 0)) s.remove_prefix(1);
  while (!s.empty() && (std::isspace(static_cast<unsigned char>(s.back())) != 0 || s.back() == '?')) {
    s.remove_suffix(1);
  }
  return s;
}

// A query opening with a field ("who:..." or "title:who is") is a query,
// not a question; the topic of a question may use the query language.
bool looks_like_query_syntax(std::string_view q) {
  const auto first_word = q.substr(0, q.find(' '));
  return first_word.find(':') != std::string_view::npos;
}

// "Witkoff and Kushner" -> "(Witkoff) AND (Kushner)"; "A, B or C" -> OR.
// Names written in the query language already are left as they are.
std::string names_query(std::string_view names) {
  if (names.find_first_of("\"():+") != std::string_view::npos || names.find(" AND ") != std::string_view::npos ||
      names.find(" OR ") != std::string_view::npos) {
    return std::string(names);
  }
  const std::string lower = lower_ascii(names);
  const bool any = lower.find(" or ") != std::string::npos;
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= names.size(); ++i) {
    std::size_t skip = 0;
    if (i == names.size()) {
      skip = 1;
    } else if (names[i] == ',' || names[i] == '&') {
      skip = 1;
    } else if (lower.compare(i, 5, " and ") == 0 || lower.compare(i, 4, " or ") == 0) {
      skip = lower[i + 1] == 'a' ? 4 : 3;
    }
    if (skip == 0) continue;
    const std::string_view part = trim(names.substr(start, i - start));
    if (!part.empty()) parts.emplace_back(part);
    start = i + skip;
    i = start - 1;
  }
  if (parts.size() < 2) return std::string(names);
  std::string q;
  for (const std::string& part : parts) q += (q.empty() ? "(" : any ? " OR (" : " AND (") + part + ")";
  return q;
}

}  // namespace

std::string_view to_string(IntentKind kind) {
  switch (kind) {
    case IntentKind::Search: return "search";
    case IntentKind::WhoSaid: return "who_said";
    case IntentKind::WhatDidSay: return "what_did_say";
    case IntentKind::WhoIs: return "who_is";
    case IntentKind::QuotesAbout: return "quotes_about";
    case IntentKind::Mentions: return "mentions";
  }
  return "search";
}

Intent recognise_intent(std::string_view query) {
  const std::string_view q = trim(query);
  Intent intent;
  if (looks_like_query_syntax(q)) return intent;
  const std::string lower = lower_ascii(q);
  for (const IntentPattern& p : kIntentPatterns) {
    if (!lower.starts_with(p.lead) || lower.size() == p.lead.size()) continue;
    std::string_view rest = q.substr(p.lead.size());
    if (p.subject_end.empty()) {
      if (p.kind == IntentKind::WhoIs) {
        intent.subject = std::string(trim(rest));
      } else if (p.kind == IntentKind::Mentions) {
        intent.topic = names_query(trim(rest));
      } else {
        intent.topic = std::string(trim(rest));
      }
      intent.kind = p.kind;
      return intent;
    }
    const std::string rest_lower = lower_ascii(rest);
    const auto end = rest_lower.find(p.subject_end);
    if (end == std::string::npos || end == 0) continue;
    const std::size_t after = end + p.subject_end.size();
    if (after < rest_lower.size() && std::isalpha(static_cast<unsigned char>(rest_lower[after]))) continue;
    intent.kind = p.kind;
    intent.subject = std::string(trim(rest.substr(0, end)));
    std::string_view topic = trim(rest.substr(after));
    if (lower_ascii(topic).starts_with(p.topic_lead)) topic.remove_prefix(p.topic_lead.size());
    intent.topic = std::string(trim(topic));
    return intent;
  }
  return intent;
}

}  // namespace quoth
