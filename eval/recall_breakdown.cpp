#include "recall_breakdown.h"

#include <algorithm>

#include "quoth/analyzers/utf8.h"

#include "cue_model.h"
#include "quote_marks.h"
#include "quote_tokens.h"

namespace quoth::eval {
namespace {

// Characters a predicted start may differ from the gold one and still be
// "the same start" ("that" included or not).
constexpr CodePointOffset kSlack = 6;

std::vector<Span> pieces(const Quote& q) {
  if (!q.split()) return {q.content};
  return {q.first_part(), q.second_part()};
}

std::size_t words_in(const std::vector<quotes::QToken>& t, const std::vector<Span>& s) {
  std::size_t n = 0;
  for (const auto& k : t) {
    if (k.kind == quotes::Tok::Word && overlap({k.span}, s) > 0) ++n;
  }
  return n;
}

std::string top(const std::map<std::string, std::size_t>& m, std::size_t n) {
  std::vector<std::pair<std::size_t, std::string>> v;
  for (const auto& [w, c] : m) v.emplace_back(c, w);
  std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
  std::string out;
  for (std::size_t i = 0; i < v.size() && i < n; ++i) out += v[i].second + " " + std::to_string(v[i].first) + ", ";
  return out;
}

}  // namespace

void RecallBreakdown::add(const PolnearText& text, const std::vector<Quote>& predicted, const std::vector<bool>& matched) {
  std::string forms;
  const auto t = quotes::tokenize_for_quotes(text.text, forms);
  const auto inside = quotes::inside_marks(t, quotes::pair_marks(t, quotes::paragraphs(t), 4000));
  std::vector<bool> accepted(t.size(), false), candidate(t.size(), false);
  std::vector<std::uint64_t> features;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!quotes::cue_candidate(t, i)) continue;
    candidate[i] = true;
    quotes::cue_features(t, inside, i, features);
    accepted[i] = !inside[i] && quotes::cue_score(features) > 0;
  }
  gold_ += text.gold.size();
  for (std::size_t g = 0; g < text.gold.size(); ++g) {
    if (matched[g]) continue;
    ++missed_;
    const GoldAttribution& a = text.gold[g];
    const CodePointOffset gs = a.content.front().start, ge = a.content.back().end;
    const CodePointOffset glen = length(a.content);
    // The prediction overlapping most.
    const Quote* best = nullptr;
    CodePointOffset best_o = 0;
    for (const Quote& q : predicted) {
      const CodePointOffset o = overlap(pieces(q), a.content);
      if (o > best_o) {
        best_o = o;
        best = &q;
      }
    }
    const std::string order = a.cue.empty() ? "no-cue" : (a.cue.front().start < gs ? "cue-first" : "content-first");
    if (best) {
      const CodePointOffset plen = length(pieces(*best));
      const CodePointOffset ps = best->content.start, pe = best->content.end;
      std::string b;
      if (best_o * 2 >= glen) {
        b = ps + kSlack < gs ? "overlap: too long, starts before" : (pe > ge ? "overlap: too long, runs past end" : "overlap: too long, other");
      } else if (best_o * 2 >= plen) {
        b = ps > gs + kSlack ? "overlap: too short, starts late" : "overlap: too short, ends early";
      } else {
        b = "overlap: under half of each";
      }
      ++buckets_[b + " (" + order + ")"];
      if (shown(b + " (" + order + ")")) {
        const auto cut = [&](CodePointOffset s, CodePointOffset e) { return std::string(CodePointIndex(text.text).slice(s, e)); };
        std::printf("--- %s\n  gold: %s\n  pred: %s\n  cue: %s\n", text.name.c_str(),
                    cut(gs, ge).c_str(), cut(ps, pe).c_str(), best->cue_text.c_str());
      }
      continue;
    }
    if (words_in(t, a.content) <= 2) {
      // By what the cue model made of the gold cue.
      bool cue_accepted = false, cue_candidate = false;
      for (std::size_t i = 0; i < t.size() && !a.cue.empty(); ++i) {
        if (overlap({t[i].span}, a.cue) == 0) continue;
        cue_accepted = cue_accepted || accepted[i];
        cue_candidate = cue_candidate || candidate[i];
      }
      const std::string b = std::string("nothing: gold content of 1-2 words, cue ") +
                            (cue_accepted ? "accepted" : (cue_candidate ? "rejected" : "no candidate"));
      ++buckets_[b];
      if (shown(b)) {
        const CodePointIndex index(text.text);
        const CodePointOffset from = a.cue.empty() ? gs : std::min(gs, a.cue.front().start);
        const CodePointOffset to = a.cue.empty() ? ge : std::max(ge, a.cue.back().end);
        std::printf("--- %s | %s | cue: %s | gold: %s\n", text.name.c_str(), std::string(index.slice(from > 60 ? from - 60 : 0, to + 20)).c_str(),
                    a.cue.empty() ? "-" : std::string(index.slice(a.cue.front().start, a.cue.back().end)).c_str(), std::string(index.slice(gs, ge)).c_str());
      }
      continue;
    }
    if (a.cue.empty()) {
      ++buckets_["nothing: no gold cue"];
      continue;
    }
    std::string cue_text, rejected, taken;
    bool any_accepted = false, any_candidate = false, in_marks = false;
    for (std::size_t i = 0; i < t.size(); ++i) {
      if (overlap({t[i].span}, a.cue) == 0) continue;
      if (t[i].kind == quotes::Tok::Word) cue_text += (cue_text.empty() ? "" : " ") + std::string(t[i].lower);
      in_marks = in_marks || inside[i];
      if (accepted[i]) {
        any_accepted = true;
        taken = t[i].lower;
      } else if (candidate[i]) {
        any_candidate = true;
        rejected = t[i].lower;
      }
    }
    // The gold cue and content in their context, for a bucket being shown.
    const auto show_cue = [&] {
      const CodePointIndex index(text.text);
      const CodePointOffset from = std::min(gs, a.cue.front().start), to = std::max(ge, a.cue.back().end);
      std::printf("--- %s\n  ctx:  %s\n  cue: %s | gold: %s\n", text.name.c_str(),
                  std::string(index.slice(from > 80 ? from - 80 : 0, to + 30)).c_str(),
                  std::string(index.slice(a.cue.front().start, a.cue.back().end)).c_str(),
                  std::string(index.slice(gs, ge)).c_str());
    };
    bool cue_used = false;
    for (const Quote& q : predicted) cue_used = cue_used || (!q.cue.empty() && overlap({q.cue}, a.cue) > 0);
    if (any_accepted) {
      const std::string b = std::string("nothing: cue accepted") + (cue_used ? ", cue given other content" : ", cue unused") + " (" + order + ")";
      ++buckets_[b];
      if (shown(b)) show_cue();
      ++accepted_words_[taken];
    } else if (in_marks) {
      ++buckets_["nothing: cue inside quote marks"];
    } else {
      const std::string b = any_candidate ? "nothing: cue rejected by the model (" + order + ")"
                                          : "nothing: no candidate word in the cue (" + order + ")";
      ++buckets_[b];
      ++(any_candidate ? rejected_words_[rejected] : uncued_words_[cue_text]);
      if (shown(b)) show_cue();
    }
  }
}

void RecallBreakdown::print(std::FILE* out) const {
  std::fprintf(out, "missed %zu of %zu gold contents\n", missed_, gold_);
  for (const auto& [b, n] : buckets_) std::fprintf(out, "  %5zu  %s\n", n, b.c_str());
  std::fprintf(out, "predictions (with 15 or more), content and attribution precision:\n");
  for (const auto& [k, c] : predictions_) {
    if (c[0] >= 15) std::fprintf(out, "  %5zu  %.2f %.2f  %s\n", c[0], double(c[1]) / double(c[0]), double(c[2]) / double(c[0]), k.c_str());
  }
  std::fprintf(out, "matched, speaker not right:\n");
  for (const auto& [b, n] : speakers_) std::fprintf(out, "  %5zu  %s\n", n, b.c_str());
  std::fprintf(out, "cues with no candidate word: %s\n", top(uncued_words_, 40).c_str());
  std::fprintf(out, "candidates rejected: %s\n", top(rejected_words_, 40).c_str());
  std::fprintf(out, "accepted, no content: %s\n", top(accepted_words_, 40).c_str());
}

}  // namespace quoth::eval
