#include "json_cursor.h"

#include "quoth/analyzers/utf8.h"

namespace quoth {

void JsonCursor::skip_space() {
  while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r'))
    ++i_;
}

bool JsonCursor::take(char c) {
  skip_space();
  if (peek() != c) return false;
  ++i_;
  return true;
}

bool JsonCursor::at_end() {
  skip_space();
  return i_ == s_.size();
}

bool JsonCursor::literal(std::string& out) {
  skip_space();
  const std::size_t start = i_;
  while (i_ < s_.size() && s_[i_] != ',' && s_[i_] != '}' && s_[i_] != ']') {
    const char c = s_[i_];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') break;
    if (c == '"' || c == '{' || c == '[' || c == ':') return false;
    ++i_;
  }
  out.assign(s_.substr(start, i_ - start));
  return !out.empty();
}

bool JsonCursor::hex4(unsigned& out) {
  if (s_.size() - i_ < 4) return false;
  out = 0;
  for (int k = 0; k < 4; ++k) {
    const char c = s_[i_++];
    out <<= 4;
    if (c >= '0' && c <= '9')
      out |= static_cast<unsigned>(c - '0');
    else if (c >= 'a' && c <= 'f')
      out |= static_cast<unsigned>(c - 'a' + 10);
    else if (c >= 'A' && c <= 'F')
      out |= static_cast<unsigned>(c - 'A' + 10);
    else
      return false;
  }
  return true;
}

bool JsonCursor::string(std::string& out) {
  skip_space();
  if (peek() != '"') return false;
  ++i_;
  out.clear();
  while (i_ < s_.size()) {
    const std::size_t run = i_;
    while (i_ < s_.size() && s_[i_] != '"' && s_[i_] != '\\') ++i_;
    out.append(s_.substr(run, i_ - run));
    if (i_ >= s_.size()) return false;
    if (s_[i_++] == '"') return true;
    if (i_ >= s_.size()) return false;
    switch (const char e = s_[i_++]) {
      case '"':
      case '\\':
      case '/':
        out += e;
        break;
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 't':
        out += '\t';
        break;
      case 'u': {
        unsigned cp = 0;
        if (!hex4(cp)) return false;
        if (cp >= 0xD800 && cp <= 0xDBFF) {  // a surrogate pair
          unsigned low = 0;
          if (s_.substr(i_, 2) != "\\u") return false;
          i_ += 2;
          if (!hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
          cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
          return false;
        }
        append_utf8(out, static_cast<char32_t>(cp));
        break;
      }
      default:
        return false;
    }
  }
  return false;
}

}  // namespace quoth
