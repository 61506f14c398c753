// Small read-only helpers over gumbo's tree, shared by the HTML reader's
// metadata and main-text passes.
#pragma once

#include <gumbo.h>

#include <string>
#include <string_view>

namespace quoth::html {

using Node = const GumboNode;

[[nodiscard]] inline bool is_element(Node* n) { return n->type == GUMBO_NODE_ELEMENT; }

[[nodiscard]] inline GumboTag tag_of(Node* n) { return is_element(n) ? n->v.element.tag : GUMBO_TAG_UNKNOWN; }

// The children of an element or of the document; empty for other nodes.
[[nodiscard]] inline const GumboVector* children_of(Node* n) {
  if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) return &n->v.element.children;
  if (n->type == GUMBO_NODE_DOCUMENT) return &n->v.document.children;
  return nullptr;
}

[[nodiscard]] inline Node* child_at(const GumboVector* v, unsigned i) { return static_cast<Node*>(v->data[i]); }

// The attribute's value, or empty.
[[nodiscard]] inline std::string_view attribute(Node* n, const char* name) {
  if (!is_element(n)) return {};
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a != nullptr ? std::string_view(a->value) : std::string_view();
}

[[nodiscard]] inline bool is_text(Node* n) {
  return n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE;
}

[[nodiscard]] std::string ascii_lower(std::string_view s);

// All the text under `n`, whitespace collapsed to single spaces and trimmed.
[[nodiscard]] std::string text_content(Node* n);

// The text children of `n` verbatim (for <script> and <style> bodies).
[[nodiscard]] std::string text_content_raw(Node* n);

// Whether two strings have the same words, ignoring case, punctuation and spacing.
[[nodiscard]] bool same_words(std::string_view a, std::string_view b);

}  // namespace quoth::html
