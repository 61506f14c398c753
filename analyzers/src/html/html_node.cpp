#include "html_node.h"

#include <cctype>

namespace quoth::html {
namespace {

void append_collapsed(std::string_view text, std::string& out) {
  for (const char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
}

void gather_text(Node* n, std::string& out) {
  if (is_text(n)) {
    append_collapsed(n->v.text.text, out);
    return;
  }
  const GumboTag tag = tag_of(n);
  if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE) return;
  if (const GumboVector* kids = children_of(n)) {
    for (unsigned i = 0; i < kids->length; ++i) gather_text(child_at(kids, i), out);
  }
}

// Lower-case ASCII letters and digits of `s`; everything else dropped.
std::string word_characters(std::string_view s) {
  std::string out;
  for (const char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) != 0 || u >= 0x80) out += static_cast<char>(std::tolower(u));
  }
  return out;
}

}  // namespace

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string text_content(Node* n) {
  std::string out;
  gather_text(n, out);
  if (!out.empty() && out.back() == ' ') out.pop_back();
  if (!out.empty() && out.front() == ' ') out.erase(0, 1);
  return out;
}

std::string text_content_raw(Node* n) {
  std::string out;
  if (const GumboVector* kids = children_of(n)) {
    for (unsigned i = 0; i < kids->length; ++i) {
      if (is_text(child_at(kids, i))) out += child_at(kids, i)->v.text.text;
    }
  }
  return out;
}

bool same_words(std::string_view a, std::string_view b) {
  const std::string wa = word_characters(a);
  return !wa.empty() && wa == word_characters(b);
}

}  // namespace quoth::html
