#include "passage_scan.h"

namespace quoth {
namespace {

constexpr unsigned char lower(unsigned char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c + 32) : c;
}
constexpr bool alnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
// Inside a word: an ASCII letter or digit, or any byte of a non-ASCII character.
constexpr bool word_byte(unsigned char c) { return alnum(c) || c >= 0x80; }

bool plain_ascii(std::string_view s) {
  for (const unsigned char c : s) {
    if (!alnum(c)) return false;
  }
  return !s.empty();
}

bool matches_at(std::string_view text, std::size_t i, const PassageScan::Needle& n) {
  if (text.size() - i < n.bytes.size()) return false;
  for (std::size_t k = 0; k < n.bytes.size(); ++k) {
    if (lower(static_cast<unsigned char>(text[i + k])) != static_cast<unsigned char>(n.bytes[k]))
      return false;
  }
  const std::size_t end = i + n.bytes.size();
  return !n.whole_word || end == text.size() || !alnum(static_cast<unsigned char>(text[end]));
}

}  // namespace

PassageScan::PassageScan(const QueryTerms& query) {
  for (unsigned c = 0; c < 256; ++c) class_[c] = word_byte(static_cast<unsigned char>(c)) ? 1 : 0;
  const auto add = [&](std::string bytes, std::size_t clause, bool whole_word) {
    if (bytes.empty()) return;
    exhaustive_ = exhaustive_ && plain_ascii(bytes);
    const auto first = static_cast<unsigned char>(bytes.front());
    class_[first] = 2;
    if (first >= 'a' && first <= 'z') class_[first - 32] = 2;
    needles.push_back({std::move(bytes), clause, whole_word});
  };
  for (const QueryTerms::Word& w : query.words) {
    if (!w.stem.empty()) {
      // English stems end in "i" where the word ends in "y" (compani, company).
      std::string stem = w.stem;
      if (stem.size() > 2 && stem.back() == 'i') stem.pop_back();
      if (!w.text.empty() && !w.text.starts_with(stem)) add(w.text, w.clause, false);
      add(std::move(stem), w.clause, false);
    } else {
      add(w.text, w.clause, true);
    }
  }
  for (const QueryTerms::Phrase& p : query.phrases) add(p.words.front(), p.clause, true);
}

std::vector<std::pair<ByteSpan, std::size_t>> PassageScan::find(std::string_view text) const {
  std::vector<std::pair<ByteSpan, std::size_t>> out;
  const auto* t = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (true) {
    while (i < n && class_[t[i]] == 0) ++i;
    if (i >= n) break;
    if (class_[t[i]] == 2) {
      const unsigned char first = lower(t[i]);
      for (const Needle& needle : needles) {
        if (static_cast<unsigned char>(needle.bytes.front()) == first &&
            matches_at(text, i, needle)) {
          out.push_back({{i, i + needle.bytes.size()}, needle.clause});
          break;
        }
      }
    }
    while (i < n && class_[t[i]] != 0) ++i;
  }
  return out;
}

}  // namespace quoth
