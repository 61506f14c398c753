#include "quote_marks.h"

namespace quoth::quotes {

std::vector<Marked> pair_marks(const std::vector<QToken>& t, const std::vector<Range>& paras,
                               CodePointOffset max_length) {
  std::vector<Marked> out;
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::size_t open = kNone;  // the token of the mark of the quote open, if any
  for (std::size_t p = 0; p < paras.size(); ++p) {
    const Range r = paras[p];
    for (std::size_t i = r.begin; i < r.end; ++i) {
      Tok k = t[i].kind;
      // A right mark opening a paragraph (or glued to the word after it and
      // not to the one before) is used as an opening mark.
      if (k == Tok::Close && open == kNone && i + 1 < r.end && t[i + 1].kind == Tok::Word &&
          t[i + 1].span.start == t[i].span.end &&
          (i == r.begin || t[i - 1].span.end < t[i].span.start)) {
        k = Tok::Open;
      }
      if (open == kNone) {
        if (k == Tok::Open || k == Tok::Straight) open = i;
        continue;
      }
      if (k == Tok::Close || k == Tok::Straight) {
        out.push_back({open, i});
        open = kNone;
      } else if (k == Tok::Open && i == r.begin) {
        open = i;  // a repeated opening mark starting a continued paragraph
      } else if (t[i].span.start - t[open].span.start > max_length) {
        out.push_back({open, i});
        open = kNone;
      }
    }
    if (open != kNone) {
      const bool continues = p + 1 < paras.size() && t[paras[p + 1].begin].kind == Tok::Open;
      if (!continues) {
        out.push_back({open, r.end});
        open = kNone;
      } else {
        out.push_back({open, r.end});  // this paragraph's part
        open = paras[p + 1].begin;
      }
    }
  }
  return out;
}

std::vector<bool> inside_marks(const std::vector<QToken>& t, const std::vector<Marked>& marked) {
  std::vector<bool> inside(t.size(), false);
  for (const Marked& m : marked) {
    for (std::size_t i = m.open; i < m.close && i < t.size(); ++i) inside[i] = true;
  }
  return inside;
}

}  // namespace quoth::quotes
