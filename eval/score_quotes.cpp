// score-quotes: quote extraction and attribution against PolNeAR gold.
//
// usage: score-quotes [SPLIT_DIR [--misses | --breakdown [BUCKET_WORDS] | --speakers | --unmatched]]   (default ../shared/eval/polnear/dev)
//
// A predicted quote matches a gold Content when their overlap covers at
// least half of each; a quote split by its attribution ("“A,” she said,
// “B.”") matches through its two parts together (the attribution between
// them left out) or through each part alone, and its two parts may match
// two gold contents (annotators who mark each part), counted once in
// precision. Attribution is right when the content matches and the
// predicted speaker mention overlaps the gold Source; attribution precision
// counts the predictions with a right attribution. Prints precision,
// recall and F1 for content and for attribution, and the recall of direct
// quotes (gold content inside or next to quote marks) with the share of
// those whose speaker is right.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <string>

#include "polnear.h"
#include "quote_match.h"
#include "recall_breakdown.h"
#include "quoth/analyzers/article_analyzer.h"
#include "quoth/analyzers/utf8.h"

using namespace quoth;

namespace {

bool is_quote_mark(char32_t c) { return c == U'"' || c == U'\u201C' || c == U'\u201D' || c == U'\u00AB' || c == U'\u00BB'; }

// Whether the gold content sits inside or right next to quote marks.
bool is_direct(const std::u32string& text, const std::vector<Span>& content) {
  if (content.empty()) return false;
  CodePointOffset s = content.front().start, e = content.back().end;
  if (s < text.size() && is_quote_mark(text[s])) return true;
  while (s > 0 && text[s - 1] == U' ') --s;
  if (s > 0 && is_quote_mark(text[s - 1])) return true;
  while (e < text.size() && (text[e] == U',' || text[e] == U'.' || text[e] == U' ')) ++e;
  return e < text.size() && is_quote_mark(text[e]) && e > 0 && is_quote_mark(text[content.back().end - 1]);
}

std::u32string decode(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) out += decode_code_point(s, i);
  return out;
}

// One tab-separated line of --speakers: text, predicted speaker, its start
// less the gold source's, gold source, its start, predicted and gold cue,
// then the text around the two mentions and the cue (from 60 code points
// before the first to 30 after the last, 300 at most, newlines shown '|').
template <class Piece>
void print_wrong_speaker(const eval::PolnearText& t, const Quote& q,
                         const eval::GoldAttribution& g, const Piece& piece) {
  const std::string pred = q.speaker ? piece({q.speaker->span}) : std::string("NONE");
  const CodePointOffset ps = q.speaker ? q.speaker->span.start : q.content.start;
  const CodePointOffset gs = g.source.front().start;
  const CodePointOffset cue = q.cue.length() > 0 ? q.cue.start : q.content.start;
  CodePointOffset from = std::min({ps, gs, cue}), to = std::max({ps, gs, q.cue.end}) + 30;
  from = from > 60 ? from - 60 : 0;
  if (to > from + 300) to = from + 300;
  std::string context = piece({Span{from, to}});
  for (char& c : context) c = c == '\n' ? '|' : c;
  std::printf("%s\t%s\t%ld\t%s\t%ld\t%s\t%s\t%s\n", t.name.c_str(), pred.c_str(), long(ps) - long(gs),
              piece(g.source).c_str(), long(gs), q.cue_text.c_str(), piece(g.cue).c_str(), context.c_str());
}

// One prediction that matched no gold content, with the gold content it
// overlaps most (if any): for --unmatched.
template <typename Piece>
void print_unmatched(const eval::PolnearText& t, const Quote& q, const Piece& piece) {
  std::size_t best = t.gold.size();
  std::size_t most = 0;
  for (std::size_t g = 0; g < t.gold.size(); ++g) {
    const std::size_t o = eval::overlap({q.content}, t.gold[g].content);
    if (o > most) most = o, best = g;
  }
  const auto flat = [](std::string s) {
    for (char& c : s) c = c == '\n' || c == '\t' ? ' ' : c;
    return s.substr(0, 200);
  };
  std::printf("%s\t%s\t%s\t%s\t%s\t%s\n", t.name.c_str(), best < t.gold.size() ? "overlaps" : "none",
              std::string(to_string(q.kind)).c_str(), q.cue_text.empty() ? "-" : q.cue_text.c_str(),
              flat(piece({q.content})).c_str(), best < t.gold.size() ? flat(piece(t.gold[best].content)).c_str() : "-");
}

double f1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0; }

}  // namespace

int main(int argc, char** argv) {
  // --misses: print each gold statement not found or wrongly attributed.
  // --breakdown [WORDS]: sort the gold statements not found by why (see
  // recall_breakdown.h), printing those of the buckets whose name has WORDS.
  const bool misses = argc > 2 && std::string(argv[2]) == "--misses";
  const bool breakdown = argc > 2 && std::string(argv[2]) == "--breakdown";
  // --speakers: print each matched content whose predicted speaker misses
  // the gold Source, both mentions and the cues (one tab-separated line).
  const bool speakers = argc > 2 && std::string(argv[2]) == "--speakers";
  // --unmatched: print each prediction matching no gold content, whether it
  // overlaps one (bounds wrong) or none (no statement there), its kind, cue
  // and text, and the overlapped gold content (one tab-separated line each).
  const bool unmatched = argc > 2 && std::string(argv[2]) == "--unmatched";
  eval::RecallBreakdown lost(breakdown && argc > 3 ? argv[3] : "");
  const std::filesystem::path split = argc > 1 ? argv[1] : "../shared/eval/polnear/dev";
  if (!std::filesystem::is_directory(split)) {
    std::fprintf(stderr, "score-quotes: %s: no such directory (PolNeAR is in ../shared/eval/polnear)\n",
                 split.string().c_str());
    return 2;
  }
  const auto texts = eval::read_polnear(split);
  ArticleAnalyzer analyzer;
  std::size_t predicted = 0, gold = 0, content_hits_pred = 0, content_hits_gold = 0;
  std::size_t attributed_pred = 0, attributed_gold = 0;
  std::size_t direct_gold = 0, direct_found = 0, direct_speaker_right = 0;
  for (const auto& t : texts) {
    Article article;
    article.text = t.text;
    article.body_span = {0, static_cast<CodePointOffset>(count_code_points(t.text))};
    const auto quotes = analyzer.analyze(article).quotes;
    const std::u32string wide = decode(t.text);
    predicted += quotes.size();
    gold += t.gold.size();
    std::vector<bool> gold_used(t.gold.size(), false);
    const auto piece = [&](const std::vector<Span>& s) {
      if (s.empty()) return std::string("-");
      std::string out;
      for (CodePointOffset i = s.front().start; i < s.back().end && i < wide.size(); ++i) append_utf8(out, wide[i]);
      return out;
    };
    for (const Quote& q : quotes) {
      bool hit = false, right_once = false;
      for (const std::size_t g : eval::matched_golds(q, t.gold, gold_used)) {
        gold_used[g] = true;
        hit = true;
        ++content_hits_gold;
        const bool right = q.speaker && eval::overlap({q.speaker->span}, t.gold[g].source) > 0;
        attributed_gold += right ? 1 : 0;
        if (breakdown && !right) {
          const bool cue_first = !t.gold[g].cue.empty() && t.gold[g].cue.front().start < t.gold[g].content.front().start;
          const std::string order = t.gold[g].source.empty() ? "no gold source" : (cue_first ? "cue-first" : "content-first");
          lost.wrong_speaker(std::string(q.speaker ? "speaker wrong" : "no speaker") + ", " + std::string(to_string(q.kind)) + " (" + order + ")");
        }
        if (speakers && !right && !t.gold[g].source.empty()) print_wrong_speaker(t, q, t.gold[g], piece);
        right_once = right_once || right;
        if (is_direct(wide, t.gold[g].content)) {
          ++direct_found;
          direct_speaker_right += right ? 1 : 0;
        }
      }
      content_hits_pred += hit ? 1 : 0;
      if (unmatched && !hit) print_unmatched(t, q, piece);
      if (breakdown) {
        lost.prediction(std::string(to_string(q.kind)) + (q.speaker ? "" : ", no speaker"), hit, right_once);
        std::string cue = q.cue_text;
        for (char& c : cue) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        lost.prediction("cue " + (cue.empty() ? std::string("-") : cue) + " " + std::string(to_string(q.kind)), hit, right_once);
      }
      attributed_pred += right_once ? 1 : 0;
    }
    for (const auto& g : t.gold) direct_gold += is_direct(wide, g.content) ? 1 : 0;
    if (breakdown) lost.add(t, quotes, gold_used);
    if (misses) {
      for (std::size_t g = 0; g < t.gold.size(); ++g) {
        if (!is_direct(wide, t.gold[g].content)) continue;
        std::string got = "MISSED";
        for (const Quote& q : quotes) {
          if (eval::matches(q, t.gold[g].content)) {
            got = q.speaker ? "speaker=" + q.speaker->text : "speaker=NONE";
            if (q.speaker && eval::overlap({q.speaker->span}, t.gold[g].source) > 0) got.clear();
            break;
          }
        }
        if (!got.empty()) {
          std::printf("%s | gold source=%s | %s\n    %s\n", t.name.c_str(), piece(t.gold[g].source).c_str(), got.c_str(),
                      piece(t.gold[g].content).substr(0, 160).c_str());
        }
      }
    }
  }
  const double cp = predicted ? double(content_hits_pred) / double(predicted) : 0;
  const double cr = gold ? double(content_hits_gold) / double(gold) : 0;
  const double ap = predicted ? double(attributed_pred) / double(predicted) : 0;
  const double ar = gold ? double(attributed_gold) / double(gold) : 0;
  std::printf("texts %zu  gold %zu  predicted %zu\n", texts.size(), gold, predicted);
  std::printf("content      P %.3f  R %.3f  F1 %.3f\n", cp, cr, f1(cp, cr));
  std::printf("attribution  P %.3f  R %.3f  F1 %.3f\n", ap, ar, f1(ap, ar));
  std::printf("direct       recall %.3f (%zu of %zu)  speaker right %.3f\n",
              direct_gold ? double(direct_found) / double(direct_gold) : 0, direct_found, direct_gold,
              direct_found ? double(direct_speaker_right) / double(direct_found) : 0);
  std::printf("counts       content %zu/%zu of gold, %zu/%zu of predicted; attribution %zu of gold, %zu of predicted\n",
              content_hits_gold, gold, content_hits_pred, predicted, attributed_gold, attributed_pred);
  if (breakdown) lost.print(stdout);
  return 0;
}
