#include "html_metadata.h"

#include <nlohmann/json.hpp>

#include <array>
#include <string_view>

#include "quoth/analyzers/dates.h"

namespace quoth::html {
namespace {

// <meta> names and properties, in order of preference within each field.
constexpr std::array kTitleKeys = {std::string_view("og:title"), std::string_view("twitter:title"),
                                   std::string_view("headline"), std::string_view("dc.title")};
constexpr std::array kDateKeys = {std::string_view("article:published_time"), std::string_view("datepublished"),
                                  std::string_view("og:article:published_time"), std::string_view("pubdate"),
                                  std::string_view("publishdate"), std::string_view("parsely-pub-date"),
                                  std::string_view("sailthru.date"), std::string_view("dc.date.issued"),
                                  std::string_view("dc.date"), std::string_view("date")};
constexpr std::array kSourceKeys = {std::string_view("og:site_name"), std::string_view("application-name"),
                                    std::string_view("publisher"), std::string_view("dc.publisher")};

struct Found {
  std::string value;
  std::size_t rank = SIZE_MAX;  // index in its key list; lower wins

  void offer(std::size_t r, std::string_view v) {
    if (r < rank && !v.empty()) {
      rank = r;
      value.assign(v);
    }
  }
};

template <std::size_t N>
void offer_meta(const std::array<std::string_view, N>& keys, std::string_view key, std::string_view value,
                Found& found) {
  for (std::size_t i = 0; i < N; ++i) {
    if (keys[i] == key) found.offer(i, value);
  }
}

struct Gathered {
  Found title, date, source;
  std::string html_title, first_h1, first_time, url, canonical;
  nlohmann::json json_ld = nlohmann::json::array();
};

std::string json_string(const nlohmann::json& j) {
  if (j.is_string()) return j.get<std::string>();
  if (j.is_object()) {
    if (const auto it = j.find("name"); it != j.end() && it->is_string()) return it->get<std::string>();
  }
  if (j.is_array() && !j.empty()) return json_string(j.front());
  return {};
}

// JSON-LD: the first record that states a headline or publication date.
void read_json_ld(const nlohmann::json& j, Gathered& g, int depth = 0) {
  if (depth > 8) return;
  if (j.is_array()) {
    for (const auto& item : j) read_json_ld(item, g, depth + 1);
    return;
  }
  if (!j.is_object()) return;
  if (const auto it = j.find("@graph"); it != j.end()) read_json_ld(*it, g, depth + 1);
  if (const auto it = j.find("headline"); it != j.end()) g.title.offer(kTitleKeys.size(), json_string(*it));
  if (const auto it = j.find("datePublished"); it != j.end()) g.date.offer(1, json_string(*it));
  if (const auto it = j.find("publisher"); it != j.end()) g.source.offer(kSourceKeys.size(), json_string(*it));
}

void gather(Node* n, Gathered& g) {
  switch (tag_of(n)) {
    case GUMBO_TAG_META: {
      std::string key = ascii_lower(attribute(n, "property"));
      if (key.empty()) key = ascii_lower(attribute(n, "name"));
      if (key.empty()) key = ascii_lower(attribute(n, "itemprop"));
      const std::string_view content = attribute(n, "content");
      offer_meta(kTitleKeys, key, content, g.title);
      offer_meta(kDateKeys, key, content, g.date);
      offer_meta(kSourceKeys, key, content, g.source);
      if (key == "og:url" && g.url.empty()) g.url.assign(content);
      return;
    }
    case GUMBO_TAG_LINK:
      if (ascii_lower(attribute(n, "rel")) == "canonical" && g.canonical.empty()) g.canonical.assign(attribute(n, "href"));
      return;
    case GUMBO_TAG_TITLE:
      if (g.html_title.empty()) g.html_title = text_content(n);
      return;
    case GUMBO_TAG_H1:
      if (g.first_h1.empty()) g.first_h1 = text_content(n);
      break;
    case GUMBO_TAG_TIME:
      if (g.first_time.empty()) g.first_time.assign(attribute(n, "datetime"));
      break;
    case GUMBO_TAG_SCRIPT:
      if (ascii_lower(attribute(n, "type")) == "application/ld+json") {
        const nlohmann::json j = nlohmann::json::parse(text_content_raw(n), nullptr, false);
        if (!j.is_discarded()) read_json_ld(j, g);
      }
      return;
    default:
      break;
  }
  if (const GumboVector* kids = children_of(n)) {
    for (unsigned i = 0; i < kids->length; ++i) gather(child_at(kids, i), g);
  }
}

// "Headline | Site" or "Headline - Site": the headline part.
std::string without_site_name(std::string title, std::string_view site) {
  if (!site.empty() && title.size() > site.size() + 3 && title.ends_with(site)) {
    title.resize(title.size() - site.size());
    while (!title.empty() && (title.back() == ' ' || title.back() == '|' || title.back() == '-' ||
                              title.back() == ':'))
      title.pop_back();
    return title;
  }
  for (const std::string_view sep : {" | ", " – ", " — ", " - "}) {
    if (const auto at = title.rfind(sep); at != std::string::npos && at > title.size() / 3) return title.substr(0, at);
  }
  return title;
}

// "https://www.example.com/path" → "example.com".
std::string host_of(std::string_view url) {
  const auto scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  url.remove_prefix(scheme + 3);
  url = url.substr(0, url.find_first_of("/:?#"));
  if (url.starts_with("www.")) url.remove_prefix(4);
  return std::string(url);
}

}  // namespace

PageMetadata read_metadata(Node* root) {
  Gathered g;
  gather(root, g);
  PageMetadata meta;
  meta.url = !g.url.empty() ? g.url : g.canonical;
  meta.source = !g.source.value.empty() ? g.source.value : host_of(meta.url);
  if (!g.title.value.empty()) {
    meta.title = g.title.value;
  } else if (!g.html_title.empty()) {
    meta.title = without_site_name(g.html_title, meta.source);
  } else {
    meta.title = g.first_h1;
  }
  meta.date = normalise_date(!g.date.value.empty() ? g.date.value : g.first_time);
  return meta;
}

}  // namespace quoth::html
