// The searcher's intents over a real index whose articles carry hand-made
// analyses (entities and statements taken from the seed articles), so these
// tests check ranking, grouping and resolution independently of the
// extractors' quality.
#include <catch2/catch.hpp>

#include "quoth/analyzers/utf8.h"
#include "quoth/index/article_data.h"
#include "quoth/index/database.h"
#include "quoth/index/document_builder.h"
#include "quoth/index/index_writer.h"
#include "quoth/index/schema.h"
#include "quoth/search/presenter.h"
#include "quoth/search/searcher.h"
#include "support/temp_dir.h"

using namespace quoth;

namespace {

Span span_of(const std::string& text, const std::string& needle) {
  const auto byte = text.find(needle);
  REQUIRE(byte != std::string::npos);
  const auto start = static_cast<CodePointOffset>(count_code_points(text.substr(0, byte)));
  return {start, start + static_cast<CodePointOffset>(count_code_points(needle))};
}

struct ArticleBuilder {
  std::string text;
  ArticleAnalysis analysis;

  ArticleBuilder& person(const std::string& written, const std::string& id, const std::string& canonical,
                         const std::string& role = "") {
    return entity(EntityType::Person, written, id, canonical, role);
  }
  ArticleBuilder& entity(EntityType type, const std::string& written, const std::string& id,
                         const std::string& canonical, const std::string& role = "") {
    analysis.mentions.push_back({span_of(text, written), type, written, id, canonical});
    for (auto& e : analysis.entities) {
      if (e.id == id) {
        ++e.mentions;
        return *this;
      }
    }
    ArticleEntity e{id, canonical, type, {}, {}, 1};
    if (!role.empty()) e.roles.push_back({role, {}});
    analysis.entities.push_back(e);
    return *this;
  }
  ArticleBuilder& quote(const std::string& content, const std::string& speaker_text, const std::string& speaker_name,
                        const std::string& entity_id, QuoteKind kind = QuoteKind::Direct) {
    Quote q;
    q.content = span_of(text, content);
    q.text = content;
    q.kind = kind;
    q.cue_text = "said";
    q.speaker = Speaker{span_of(text, speaker_text), speaker_text, speaker_name, entity_id, entity_id.empty()};
    analysis.quotes.push_back(q);
    return *this;
  }
};

// A new index at `path` of articles (identity, text and analysis), each
// titled by its text's first line.
void write_index(const std::string& path, const std::vector<std::pair<std::string, ArticleBuilder>>& articles) {
  auto db = open_index_for_writing(path);
  TermAnalyzer analyzer;
  DocumentBuilder builder(analyzer);
  IndexWriter writer(db, 100);
  for (const auto& [id, a] : articles) {
    LoadedArticle loaded;
    loaded.identity = loaded.path = id;
    loaded.article.text = a.text;
    loaded.article.title = a.text.substr(0, a.text.find('\n'));
    loaded.article.date = "2025-12-16";
    loaded.article.source = "Seed News";
    auto prepared = builder.build(loaded, a.analysis);
    writer.write_article(prepared);
  }
  writer.commit();
}

class SeedLikeIndex {
 public:
  SeedLikeIndex() : path_((dir_ / "db").string()) {
    ArticleBuilder berlin{
        "Talks in Berlin\n"
        "According to sources cited by Western outlets, negotiators managed to agree on \u201C90% of the issues\u201D. "
        "\u201CIt appears we are close to an overall agreement on dividing the capacity,\u201D one U.S. representative said. "
        "\u201CThere was ample dialogue on territories,\u201D Volodymyr Zelensky said. Rustem Umerov, secretary of "
        "Ukraine's National Security and Defense Council, led the delegation.\n",
        {}};
    berlin.person("Volodymyr Zelensky", "person:volodymyr-zelenskyy", "Volodymyr Zelenskyy", "Ukrainian President")
        .person("Rustem Umerov", "person:rustem-umerov", "Rustem Umerov",
                "secretary of Ukraine's National Security and Defense Council")
        .entity(EntityType::Place, "Berlin", "place:berlin", "Berlin")
        .quote("90% of the issues", "sources cited by Western outlets", "sources cited by Western outlets", "")
        .quote("It appears we are close to an overall agreement on dividing the capacity", "one U.S. representative",
               "one U.S. representative", "")
        .quote("There was ample dialogue on territories", "Volodymyr Zelensky", "Volodymyr Zelenskyy",
               "person:volodymyr-zelenskyy");

    ArticleBuilder wsj{
        "WSJ learns of disagreements\n"
        "US officials claim that roughly 90% of the issues have been solved. Zelenskyy said he was ready for "
        "elections. \u201CWe are ready,\u201D Zelenskyy said.\n",
        {}};
    wsj.person("Zelenskyy said he", "person:volodymyr-zelenskyy", "Volodymyr Zelenskyy")
        .quote("roughly 90% of the issues have been solved", "US officials", "US officials", "", QuoteKind::Indirect)
        .quote("We are ready", "Zelenskyy said.", "Volodymyr Zelenskyy", "person:volodymyr-zelenskyy");
    wsj.analysis.mentions.back().text = "Zelenskyy";

    ArticleBuilder kremlin{
        "Kremlin on NATO\n"
        "Kremlin aide Yury Ushakov said that Ukraine joining NATO was out of the question. Ushakov added that "
        "Moscow had not seen the American proposals.\n",
        {}};
    kremlin.person("Yury Ushakov", "person:yury-ushakov", "Yury Ushakov", "Kremlin aide")
        .quote("Ukraine joining NATO was out of the question", "Yury Ushakov", "Yury Ushakov", "person:yury-ushakov",
               QuoteKind::Indirect)
        .quote("Moscow had not seen the American proposals", "Ushakov added", "Yury Ushakov", "person:yury-ushakov",
               QuoteKind::Indirect);
    write_index(path_, {{"/seeds/berlin.txt", berlin}, {"/seeds/wsj.txt", wsj}, {"/seeds/kremlin.txt", kremlin}});
  }
  [[nodiscard]] Searcher searcher() const { return Searcher(open_index_for_reading(path_)); }

 private:
  test::TempDir dir_;
  std::string path_;
};

}  // namespace

TEST_CASE("who said 90% agreed ranks the speakers of 90% statements", "[searcher]") {
  SeedLikeIndex index;
  auto searcher = index.searcher();
  const auto r = searcher.search("who said 90% agreed", 5);
  CHECK(r.intent.kind == IntentKind::WhoSaid);
  REQUIRE(r.answers.size() >= 2);
  std::set<std::string> top2{r.answers[0].speaker, r.answers[1].speaker};
  CHECK(top2 == std::set<std::string>{"sources cited by Western outlets", "US officials"});
  CHECK(r.answers[0].anonymous);
  CHECK(r.answers[0].quote.find(kHighlightStart) != std::string::npos);
  CHECK_FALSE(r.answers[0].article.path.empty());
}

TEST_CASE("who said groups a speaker's statements into one answer", "[searcher]") {
  SeedLikeIndex index;
  auto searcher = index.searcher();
  const auto r = searcher.search("who said ready OR territories", 10);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].speaker == "Volodymyr Zelenskyy");
  CHECK(r.answers[0].statements == 2);
  CHECK(std::count_if(r.answers.begin(), r.answers.end(),
                      [](const Answer& a) { return a.speaker == "Volodymyr Zelenskyy"; }) == 1);
}

TEST_CASE("what did S say finds any spelling of S and spreads across articles", "[searcher]") {
  SeedLikeIndex index;
  auto searcher = index.searcher();
  const auto r = searcher.search("what did Zelensky say", 10);
  CHECK(r.intent.kind == IntentKind::WhatDidSay);
  CHECK(r.intent.subject == "Zelensky");
  REQUIRE(r.answers.size() == 2);
  CHECK(r.answers[0].article.id != r.answers[1].article.id);
}

TEST_CASE("what did Ushakov say about NATO puts the NATO statement first", "[searcher]") {
  SeedLikeIndex index;
  auto searcher = index.searcher();
  const auto r = searcher.search("What did Ushakov say about NATO?", 10);
  CHECK(r.intent.topic == "NATO");
  REQUIRE_FALSE(r.answers.empty());
  CHECK(plain_text(r.answers[0].quote) == "Ukraine joining NATO was out of the question");
  CHECK(r.answers[0].role == "Kremlin aide");
}

TEST_CASE("who is Umerov gives the entity card with roles and counts", "[searcher]") {
  SeedLikeIndex index;
  auto searcher = index.searcher();
  const auto r = searcher.search("who is Umerov", 10);
  REQUIRE(r.entity);
  CHECK(r.entity->record.canonical() == "Rustem Umerov");
  REQUIRE(r.entity->record.roles.size() == 1);
  CHECK(r.entity->record.roles[0].role == "secretary of Ukraine's National Security and Defense Council");
  CHECK(r.entity->record.articles == 1);
  REQUIRE_FALSE(r.entity->related.empty());
  const auto json = nlohmann::json::parse(results_json(r));
  CHECK(json["entity"]["name"] == "Rustem Umerov");
  CHECK(json["entity"]["roles"][0].is_string());
}

TEST_CASE("quotes about X returns statements from any speaker", "[searcher]") {
  SeedLikeIndex index;
  auto searcher = index.searcher();
  const auto r = searcher.search("quotes about the American proposals", 10);
  CHECK(r.intent.kind == IntentKind::QuotesAbout);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].speaker == "Yury Ushakov");
}

TEST_CASE("a person field finds every spelling through the registry", "[searcher]") {
  SeedLikeIndex index;
  auto searcher = index.searcher();
  CHECK(searcher.search("person:Zelenskyy", 10).hits.size() == 2);
  CHECK(searcher.search("person:Zelensky", 10).hits.size() == 2);
  CHECK(searcher.search("speaker:Ushakov", 10).hits.size() == 1);
  CHECK(searcher.search("date:2025-12", 10).hits.size() == 3);
  CHECK(searcher.search("date:2026", 10).hits.empty());
}

TEST_CASE("facets count people, places, sources and months of the matches", "[searcher]") {
  SeedLikeIndex index;
  auto searcher = index.searcher();
  const auto r = searcher.search("issues OR NATO", {10, true});
  REQUIRE(r.facets);
  REQUIRE_FALSE(r.facets->people.empty());
  CHECK(r.facets->people[0].value == "Volodymyr Zelensky");  // the fullest form written
  CHECK(r.facets->people[0].count == 2);
  REQUIRE(r.facets->sources.size() == 1);
  CHECK(r.facets->sources[0].count == 3);
  REQUIRE(r.facets->dates.size() == 1);
  CHECK(r.facets->dates[0].value == "2025-12");
}

TEST_CASE("which articles mention A and B finds the articles naming both", "[searcher]") {
  SeedLikeIndex index;
  auto searcher = index.searcher();
  const auto both = searcher.search("Which articles mention issues and Ukraine?", 10);
  CHECK(both.intent.kind == IntentKind::Mentions);
  REQUIRE(both.hits.size() == 1);
  const auto either = searcher.search("issues OR Ukraine", 10);
  CHECK(either.hits.size() > 1);
  const auto any = searcher.search("which articles mention issues or Ukraine", 10);
  CHECK(any.hits.size() == either.hits.size());
}

TEST_CASE("a misspelt word gets a did-you-mean suggestion", "[searcher]") {
  SeedLikeIndex index;
  auto searcher = index.searcher();
  const auto r = searcher.search("Ushakv", 10);
  CHECK(r.hits.empty());
  CHECK(r.suggestion == "Ushakov");  // written as the user wrote it
}

TEST_CASE("a misspelt word beside a known one is suggested although the query matched", "[searcher]") {
  SeedLikeIndex index;
  auto searcher = index.searcher();
  const auto r = searcher.search("Ushakv NATO", 10);
  CHECK_FALSE(r.hits.empty());
  CHECK(r.suggestion == "Ushakov NATO");
  CHECK(searcher.search("ushakv", 10).suggestion == "ushakov");
  CHECK(searcher.search("USHAKV", 10).suggestion == "USHAKOV");
  CHECK(searcher.search("Ushakov NATO", 10).suggestion.empty());
  // A field name is not a misspelt word.
  CHECK(searcher.search("speaker:Ushakv", 10).suggestion == "speaker:Ushakov");
  // Nor is another form of a known word.
  CHECK(searcher.search("Ushakov questions", 10).suggestion.empty());  // "question" is there
}

TEST_CASE("equal scores come in the order of their tie-break values, also across the cut", "[searcher]") {
  // Five copies of one article score alike; Xapian's own relevance-then-value
  // sort is the reference the searcher's cheaper ranking must agree with.
  test::TempDir dir;
  const std::string path = (dir / "db").string();
  const ArticleBuilder copy{"Copies\nThe same wire story about zeppelins, word for word.\n", {}};
  write_index(path, {{"e.txt", copy}, {"c.txt", copy}, {"a.txt", copy}, {"d.txt", copy}, {"b.txt", copy}});
  const Xapian::Database db(path);
  Searcher searcher(open_index_for_reading(path));
  for (const Xapian::doccount limit : {2u, 3u, 10u}) {
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query("zeppelins"));
    enquire.set_weighting_scheme(Xapian::BM25Weight());
    enquire.set_sort_by_relevance_then_value(schema::slot::kTieBreak, false);
    std::vector<std::string> expected;
    for (const auto& m : enquire.get_mset(0, limit)) {
      expected.push_back(read_article_data(db.get_document(m).get_data()).fields[std::string(schema::data::kId)]);
    }
    std::vector<std::string> got;
    for (const ArticleHit& hit : searcher.search("zeppelins", limit).hits) got.push_back(hit.id);
    CHECK(got == expected);
    CHECK(got.size() == std::min<std::size_t>(limit, 5));
  }
}
