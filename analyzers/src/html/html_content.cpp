#include "html_content.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>
#include <unordered_map>

namespace quoth::html {
namespace {

// Elements that never hold article prose.
bool is_dropped_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_NAV: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_MENU: case GUMBO_TAG_LABEL: case GUMBO_TAG_OPTION:
    case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO: case GUMBO_TAG_MAP: case GUMBO_TAG_INPUT:
      return true;
    default:
      return false;
  }
}

// Elements that start a new paragraph of text.
bool is_block_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_LI:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_HR:
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_CENTER: case GUMBO_TAG_BR: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
      return true;
    default:
      return false;
  }
}

bool is_heading(GumboTag tag) { return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6; }

// Words of a class or id that mark boilerplate, and words that mark content
// (which win, so "article-comments" is dropped but "comment-body" is not).
// A class or id is split into words at punctuation and at camelCase humps;
// a listed prefix matches the start of a word, a listed word the whole of it.
constexpr std::array<std::string_view, 36> kBoilerplatePrefixes = {
    "banner", "breadcrumb", "comment", "cookie", "consent", "gdpr", "disqus", "footer", "masthead", "menu",
    "modal", "newsletter", "navbar", "navigation", "outbrain", "taboola", "paginat", "pager", "popup", "promo",
    "related", "recirc", "share", "sharing", "social", "sidebar", "sponsor", "subscri", "signup", "toolbar",
    "advert", "trending", "popular", "readmore", "skip", "newsfeed"};
constexpr std::array<std::string_view, 3> kBoilerplateWords = {"ad", "ads", "nav"};
// Only lower a block's score: furniture that sometimes wraps the article.
constexpr std::array<std::string_view, 8> kDoubtfulPrefixes = {"widget", "byline", "caption", "credit",
                                                               "tags",   "meta",   "media",   "tool"};
constexpr std::array<std::string_view, 11> kContentPrefixes = {"article", "body", "content", "entry", "main",
                                                               "post",    "story", "text",   "blog",  "hentry",
                                                               "prose"};

// Lower-case words of a class or id attribute.
std::vector<std::string> class_words(Node* n) {
  std::vector<std::string> words;
  std::string word;
  const auto flush = [&] {
    if (!word.empty()) words.push_back(std::move(word));
    word.clear();
  };
  for (const std::string_view attr : {attribute(n, "class"), attribute(n, "id")}) {
    char previous = ' ';
    for (const char c : attr) {
      const auto u = static_cast<unsigned char>(c);
      if (std::isalnum(u) == 0) {
        flush();
      } else {
        if (std::isupper(u) != 0 && std::islower(static_cast<unsigned char>(previous)) != 0) flush();
        word += static_cast<char>(std::tolower(u));
      }
      previous = c;
    }
    flush();
  }
  return words;
}

template <std::size_t N>
bool any_starts_with(const std::vector<std::string>& words, const std::array<std::string_view, N>& prefixes) {
  for (const std::string& w : words) {
    for (const std::string_view p : prefixes) {
      if (w.starts_with(p)) return true;
    }
  }
  return false;
}

template <std::size_t N>
bool any_is(const std::vector<std::string>& words, const std::array<std::string_view, N>& list) {
  for (const std::string& w : words) {
    for (const std::string_view p : list) {
      if (w == p) return true;
    }
  }
  return false;
}

struct ClassSignal {
  bool boilerplate = false;
  bool doubtful = false;
  bool content = false;
};

ClassSignal class_signal(Node* n) {
  const std::vector<std::string> words = class_words(n);
  return {any_starts_with(words, kBoilerplatePrefixes) || any_is(words, kBoilerplateWords),
          any_starts_with(words, kDoubtfulPrefixes), any_starts_with(words, kContentPrefixes)};
}

int class_weight(Node* n) {
  const ClassSignal signal = class_signal(n);
  return (signal.boilerplate || signal.doubtful ? -25 : 0) + (signal.content ? 25 : 0);
}

bool is_hidden(Node* n) {
  if (gumbo_get_attribute(&n->v.element.attributes, "hidden") != nullptr) return true;
  if (attribute(n, "aria-hidden") == "true") return true;
  std::string style = ascii_lower(attribute(n, "style"));
  style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
  return style.find("display:none") != std::string::npos || style.find("visibility:hidden") != std::string::npos;
}

bool is_boilerplate_role(std::string_view role) {
  return role == "navigation" || role == "banner" || role == "complementary" || role == "contentinfo" ||
         role == "dialog" || role == "alertdialog" || role == "menu" || role == "menubar";
}

// Elements left out whatever they hold.
bool is_always_skipped(Node* n) { return is_dropped_tag(tag_of(n)) || is_hidden(n); }

// Elements whose class, id or role says boilerplate.
bool looks_like_boilerplate(Node* n) {
  const GumboTag tag = tag_of(n);
  if (tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN) return false;
  if (is_boilerplate_role(ascii_lower(attribute(n, "role")))) return true;
  const ClassSignal signal = class_signal(n);
  return signal.boilerplate && !signal.content;
}

// Length of text with whitespace runs counted as one character.
std::size_t collapsed_length(std::string_view text) {
  std::size_t n = 0;
  bool space = true;
  for (const char c : text) {
    const bool ws = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    if (!ws) ++n;
    else if (!space) ++n;
    space = ws;
  }
  return n;
}

struct Stats {
  std::size_t chars = 0;
  std::size_t link_chars = 0;
  std::size_t commas = 0;
  std::size_t images = 0;
  std::size_t items = 0;
  bool has_block = false;  // a block element somewhere below

  [[nodiscard]] double link_density() const {
    return chars == 0 ? 0.0 : static_cast<double>(link_chars) / static_cast<double>(chars);
  }
};

class Extractor {
 public:
  explicit Extractor(Node* root) : root_(root) {}

  std::vector<std::string> run() {
    page_prose_ = measure_prose(root_);
    measure(root_);
    score_paragraphs(root_);
    Node* top = pick_top();
    if (top == nullptr) return {};
    std::string out;
    for (Node* part : with_siblings(top)) render(part, top, out);
    return split_paragraphs(out);
  }

 private:
  // Characters in paragraphs under `n`, class and id disregarded.
  std::size_t measure_prose(Node* n) {
    std::size_t prose = 0;
    if (is_element(n) && is_always_skipped(n)) return prose_[n] = 0;
    if (tag_of(n) == GUMBO_TAG_P) {
      prose = text_content(n).size();
    } else if (const GumboVector* kids = children_of(n)) {
      for (unsigned i = 0; i < kids->length; ++i) prose += measure_prose(child_at(kids, i));
    }
    return prose_[n] = prose;
  }

  // Left out of the text: always-skipped elements, and boilerplate-looking
  // ones unless they hold most of the page's paragraphs (some themes put
  // the whole article inside a "sidebar-layout" or "widget" wrapper).
  bool is_skipped(Node* n) {
    if (!is_element(n)) return false;
    if (is_always_skipped(n)) return true;
    if (!looks_like_boilerplate(n)) return false;
    return 2 * prose_[n] < page_prose_;
  }

  const Stats& measure(Node* n) {
    Stats s;
    if (is_text(n)) {
      const std::string_view text = n->v.text.text;
      s.chars = collapsed_length(text);
      s.commas = static_cast<std::size_t>(std::count(text.begin(), text.end(), ','));
    } else if (n->type == GUMBO_NODE_DOCUMENT || (is_element(n) && !is_skipped(n))) {
      const GumboVector* kids = children_of(n);
      for (unsigned i = 0; kids != nullptr && i < kids->length; ++i) {
        Node* kid = child_at(kids, i);
        const Stats& k = measure(kid);
        s.chars += k.chars;
        s.link_chars += k.link_chars;
        s.commas += k.commas;
        s.images += k.images;
        s.items += k.items;
        s.has_block = s.has_block || k.has_block || (is_block_tag(tag_of(kid)) && !is_skipped(kid));
      }
      switch (tag_of(n)) {
        case GUMBO_TAG_A: s.link_chars = s.chars; break;
        case GUMBO_TAG_LI: ++s.items; break;
        default: break;
      }
    } else if (tag_of(n) == GUMBO_TAG_IMG) {
      s.images = 1;
    }
    return stats_[n] = s;
  }

  const Stats& stats(Node* n) { return stats_.at(n); }

  double& score_of(Node* n) {
    const auto [it, inserted] = scores_.try_emplace(n, 0.0);
    if (inserted) {
      double base = class_weight(n);
      switch (tag_of(n)) {
        case GUMBO_TAG_DIV: base += 5; break;
        case GUMBO_TAG_ARTICLE: base += 10; break;
        case GUMBO_TAG_MAIN: case GUMBO_TAG_SECTION: base += 3; break;
        case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE: base += 3; break;
        case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL: case GUMBO_TAG_DD:
        case GUMBO_TAG_DT: case GUMBO_TAG_LI: base -= 3; break;
        case GUMBO_TAG_TH: base -= 5; break;
        default: if (is_heading(tag_of(n))) base -= 5; break;
      }
      if (ascii_lower(attribute(n, "itemprop")) == "articlebody") base += 25;
      it->second = base;
    }
    return it->second;
  }

  // A paragraph's worth of text gives its container a score, and its
  // container's ancestors a decreasing share.
  void credit(Node* container, std::size_t chars, std::size_t commas) {
    if (chars < 25) return;
    const double points = 1.0 + static_cast<double>(commas) + std::min<double>(static_cast<double>(chars / 100), 3.0);
    Node* a = container;
    for (int level = 0; level < 5 && a != nullptr && is_element(a) && tag_of(a) != GUMBO_TAG_HTML; ++level) {
      const double divisor = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
      score_of(a) += points / divisor;
      a = a->parent;
    }
  }

  static bool is_paragraph_like(Node* n, const Stats& s) {
    const GumboTag tag = tag_of(n);
    if (tag == GUMBO_TAG_P || tag == GUMBO_TAG_PRE || (is_heading(tag) && tag != GUMBO_TAG_H1)) return true;
    return !s.has_block && (tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_TD || tag == GUMBO_TAG_SECTION ||
                            tag == GUMBO_TAG_BLOCKQUOTE || tag == GUMBO_TAG_ARTICLE);
  }

  void score_paragraphs(Node* n) {
    const GumboVector* kids = children_of(n);
    if (kids == nullptr) return;
    // Runs of inline content directly inside a block container (text
    // separated by <br>, say) count as paragraphs of that container.
    std::size_t run_chars = 0, run_commas = 0;
    for (unsigned i = 0; i < kids->length; ++i) {
      Node* kid = child_at(kids, i);
      if (is_element(kid) && is_skipped(kid)) continue;
      const Stats& s = stats(kid);
      const bool block = is_element(kid) && (is_block_tag(tag_of(kid)) || s.has_block);
      if (!block) {
        run_chars += s.chars;
        run_commas += s.commas;
        continue;
      }
      if (is_element(n)) credit(n, run_chars, run_commas);
      run_chars = run_commas = 0;
      if (is_paragraph_like(kid, s)) {
        credit(kid->parent, s.chars, s.commas);
      } else {
        score_paragraphs(kid);
      }
    }
    if (is_element(n)) credit(n, run_chars, run_commas);
  }

  static bool is_ancestor(Node* a, Node* n) {
    for (Node* p = n->parent; p != nullptr; p = p->parent) {
      if (p == a) return true;
    }
    return false;
  }

  double final_score(Node* n) { return score_of(n) * (1.0 - stats(n).link_density()); }

  Node* pick_top() {
    std::vector<std::pair<double, Node*>> ranked;
    for (const auto& [node, score] : scores_) ranked.emplace_back(score * (1.0 - stats(node).link_density()), node);
    if (ranked.empty()) return body();
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first > b.first : a.second < b.second;  // deterministic
    });
    Node* top = ranked.front().second;
    const double top_score = ranked.front().first;

    // Several strong candidates under one ancestor: the article is split
    // into blocks, take the ancestor holding them.
    std::vector<Node*> strong;
    for (std::size_t i = 1; i < ranked.size() && strong.size() < 5; ++i) {
      if (ranked[i].first >= 0.75 * top_score) strong.push_back(ranked[i].second);
    }
    if (strong.size() >= 3) {
      for (Node* a = top->parent; a != nullptr && tag_of(a) != GUMBO_TAG_BODY; a = a->parent) {
        const auto inside = std::count_if(strong.begin(), strong.end(), [&](Node* s) { return is_ancestor(a, s); });
        if (inside >= 3) {
          top = a;
          break;
        }
      }
    }
    // A parent scoring higher than the candidate holds more of the article.
    double last = final_score(top);
    const double floor = last / 3.0;
    for (Node* p = top->parent; p != nullptr && is_element(p) && tag_of(p) != GUMBO_TAG_BODY; p = p->parent) {
      if (!scores_.contains(p)) continue;
      const double s = final_score(p);
      if (s < floor) break;
      if (s > last) {
        top = p;
        break;
      }
      last = s;
    }
    // A wrapper with one child is the same content.
    while (top->parent != nullptr && is_element(top->parent) && tag_of(top->parent) != GUMBO_TAG_BODY &&
           element_children(top->parent) == 1) {
      top = top->parent;
    }
    return top;
  }

  static std::size_t element_children(Node* n) {
    std::size_t count = 0;
    const GumboVector* kids = children_of(n);
    for (unsigned i = 0; kids != nullptr && i < kids->length; ++i) count += is_element(child_at(kids, i)) ? 1 : 0;
    return count;
  }

  Node* body() {
    const GumboVector* kids = children_of(root_);
    for (unsigned i = 0; kids != nullptr && i < kids->length; ++i) {
      Node* html = child_at(kids, i);
      if (tag_of(html) != GUMBO_TAG_HTML) continue;
      const GumboVector* parts = children_of(html);
      for (unsigned j = 0; j < parts->length; ++j) {
        if (tag_of(child_at(parts, j)) == GUMBO_TAG_BODY) return child_at(parts, j);
      }
    }
    return nullptr;
  }

  // The candidate and those of its siblings that look like more of the article.
  std::vector<Node*> with_siblings(Node* top) {
    Node* parent = top->parent;
    if (parent == nullptr || !is_element(parent)) return {top};
    const double top_score = final_score(top);
    const double threshold = std::max(10.0, top_score * 0.2);
    const std::string top_class(attribute(top, "class"));
    std::vector<Node*> parts;
    const GumboVector* kids = children_of(parent);
    for (unsigned i = 0; i < kids->length; ++i) {
      Node* s = child_at(kids, i);
      if (s == top) {
        parts.push_back(s);
        continue;
      }
      if (!is_element(s) || is_skipped(s)) continue;
      double bonus = 0;
      if (!top_class.empty() && attribute(s, "class") == top_class) bonus = top_score * 0.2;
      if (scores_.contains(s) && final_score(s) + bonus >= threshold) {
        parts.push_back(s);
        continue;
      }
      if (tag_of(s) == GUMBO_TAG_P) {
        const Stats& st = stats(s);
        const double ld = st.link_density();
        if ((st.chars > 80 && ld < 0.25) || (st.chars > 0 && st.chars <= 80 && ld == 0 && ends_sentence(s))) {
          parts.push_back(s);
        }
      }
    }
    return parts;
  }

  static bool ends_sentence(Node* n) {
    const std::string t = text_content(n);
    return !t.empty() && (t.back() == '.' || t.back() == '"');
  }

  // Containers inside the article that are lists of links, galleries,
  // forms or other furniture rather than prose.
  bool is_furniture(Node* n) {
    const GumboTag tag = tag_of(n);
    if (tag != GUMBO_TAG_TABLE && tag != GUMBO_TAG_UL && tag != GUMBO_TAG_OL && tag != GUMBO_TAG_DIV &&
        tag != GUMBO_TAG_SECTION && tag != GUMBO_TAG_DL && tag != GUMBO_TAG_FORM)
      return false;
    const double weight = class_weight(n);
    const double score = scores_.contains(n) ? score_of(n) : 0.0;
    if (weight + score < 0) return true;
    const Stats& s = stats(n);
    if (s.commas >= 10) return false;
    const bool list = tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL;
    const double ld = s.link_density();
    if (s.images > 1 && s.chars < 100 * s.images) return true;  // a gallery
    if (!list && s.chars < 25 && s.images != 1) return true;
    if (weight < 25 && ld > 0.2) return true;
    if (weight >= 25 && ld > 0.5) return true;
    return false;
  }

  void render(Node* n, Node* top, std::string& out) {
    if (is_text(n)) {
      for (const char c : std::string_view(n->v.text.text)) {
        const bool ws = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
        if (!ws) out += c;
        else if (!out.empty() && out.back() != ' ' && out.back() != '\n') out += ' ';
      }
      return;
    }
    if (!is_element(n) || is_skipped(n)) return;
    const GumboTag tag = tag_of(n);
    if (n != top && is_furniture(n)) return;
    if (is_heading(tag) && (class_weight(n) < 0 || stats(n).link_density() > 0.33)) return;
    // A paragraph that is one short link: "Read also: …" and the like.
    if (tag == GUMBO_TAG_P && stats(n).chars < 200 && stats(n).link_density() > 0.8) return;
    const bool block = is_block_tag(tag);
    if (block) out += '\n';
    const GumboVector* kids = children_of(n);
    for (unsigned i = 0; kids != nullptr && i < kids->length; ++i) render(child_at(kids, i), top, out);
    if (block) out += '\n';
  }

  static std::vector<std::string> split_paragraphs(std::string_view text) {
    std::vector<std::string> paragraphs;
    std::size_t start = 0;
    while (start <= text.size()) {
      std::size_t end = text.find('\n', start);
      if (end == std::string_view::npos) end = text.size();
      std::string_view line = text.substr(start, end - start);
      while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
      while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
      if (!line.empty()) paragraphs.emplace_back(line);
      start = end + 1;
    }
    return paragraphs;
  }

  Node* root_;
  std::size_t page_prose_ = 0;
  std::unordered_map<Node*, std::size_t> prose_;
  std::unordered_map<Node*, Stats> stats_;
  std::unordered_map<Node*, double> scores_;
};

}  // namespace

std::vector<std::string> extract_main_text(Node* root) { return Extractor(root).run(); }

}  // namespace quoth::html
