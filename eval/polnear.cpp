#include "polnear.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>

namespace quoth::eval {
namespace {

std::string read_all(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// "115 290" or "10 20;25 30"
std::vector<Span> parse_spans(const std::string& offsets) {
  std::vector<Span> out;
  std::stringstream pieces(offsets);
  for (std::string piece; std::getline(pieces, piece, ';');) {
    std::istringstream nums(piece);
    CodePointOffset a = 0, b = 0;
    if (nums >> a >> b) out.push_back({a, b});
  }
  return out;
}

}  // namespace

CodePointOffset length(const std::vector<Span>& a) {
  CodePointOffset n = 0;
  for (const Span& s : a) n += s.length();
  return n;
}

CodePointOffset overlap(const std::vector<Span>& a, const std::vector<Span>& b) {
  CodePointOffset n = 0;
  for (const Span& x : a) {
    for (const Span& y : b) {
      const CodePointOffset lo = std::max(x.start, y.start), hi = std::min(x.end, y.end);
      if (hi > lo) n += hi - lo;
    }
  }
  return n;
}

std::vector<PolnearText> read_polnear(const std::filesystem::path& split) {
  const auto text_dir = split / "text";
  const auto ann_dir = split / "attributions";
  if (!std::filesystem::is_directory(text_dir)) throw std::runtime_error(text_dir.string() + ": not a directory");
  std::vector<std::filesystem::path> texts;
  for (const auto& e : std::filesystem::directory_iterator(text_dir)) texts.push_back(e.path());
  std::sort(texts.begin(), texts.end());
  std::vector<std::filesystem::path> anns;
  for (const auto& e : std::filesystem::directory_iterator(ann_dir)) anns.push_back(e.path());
  std::sort(anns.begin(), anns.end());

  std::vector<PolnearText> out;
  for (const auto& path : texts) {
    PolnearText t;
    t.name = path.stem().string();
    t.text = read_all(path);
    const std::string prefix = t.name + "_";
    const auto ann = std::find_if(anns.begin(), anns.end(), [&](const std::filesystem::path& a) {
      return a.filename().string().starts_with(prefix) && a.extension() == ".ann";
    });
    if (ann != anns.end()) {
      std::map<std::string, std::vector<Span>> spans;
      std::ifstream in(*ann);
      std::vector<std::string> relations;
      for (std::string line; std::getline(in, line);) {
        if (line.empty()) continue;
        std::istringstream cols(line);
        std::string id, body;
        std::getline(cols, id, '\t');
        std::getline(cols, body, '\t');
        if (id[0] == 'T') {
          const auto space = body.find(' ');
          spans[id] = parse_spans(body.substr(space + 1));
        } else if (id[0] == 'E') {
          relations.push_back(body);
        }
      }
      for (const std::string& r : relations) {
        GoldAttribution g;
        std::istringstream parts(r);
        for (std::string part; parts >> part;) {
          const auto colon = part.find(':');
          const std::string role = part.substr(0, colon), ref = part.substr(colon + 1);
          if (role == "Content") g.content = spans[ref];
          if (role == "Source") g.source = spans[ref];
          if (role == "Cue") g.cue = spans[ref];
        }
        if (!g.content.empty()) t.gold.push_back(std::move(g));
      }
    }
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace quoth::eval
