// Quote extraction on short real snippets from the seed articles.
#include <catch2/catch.hpp>

#include "quoth/analyzers/article_analyzer.h"
#include "quoth/analyzers/quote_extractor.h"
#include "quoth/analyzers/utf8.h"

using namespace quoth;

namespace {

const Quote* find(const std::vector<Quote>& quotes, const std::string& part) {
  for (const Quote& q : quotes) {
    if (q.text.find(part) != std::string::npos) return &q;
  }
  return nullptr;
}

std::string speaker_name(const Quote& q) { return q.speaker ? (q.speaker->name.empty() ? q.speaker->text : q.speaker->name) : ""; }

}  // namespace

TEST_CASE("a direct quote takes the speaker named after it", "[quotes]") {
  const std::string text =
      "\u201CWe are closer to peace now than ever before,\u201D Donald Trump said. Speaking at the White House, he noted progress.";
  const auto quotes = QuoteExtractor().extract(text);
  const Quote* q = find(quotes, "closer to peace");
  REQUIRE(q);
  CHECK(q->kind == QuoteKind::Direct);
  CHECK(q->text == "We are closer to peace now than ever before");
  CHECK(speaker_name(*q) == "Donald Trump");
  CHECK(q->cue_text == "said");
  CHECK(q->content.start == 1);
}

TEST_CASE("a split quote keeps one speaker for both parts", "[quotes]") {
  const std::string text = "\u201CWe are ready,\u201D Zelensky said, \u201Cto hold elections once there is a ceasefire.\u201D";
  const auto quotes = QuoteExtractor().extract(text);
  REQUIRE(quotes.size() == 1);
  CHECK(speaker_name(quotes[0]) == "Zelensky");
  CHECK(quotes[0].text.find("We are ready") != std::string::npos);
  CHECK(quotes[0].text.find("ceasefire") != std::string::npos);
  // The attribution between the parts is the gap: "We are ready" before it,
  // "to hold elections …" after it.
  CHECK(quotes[0].split());
  CHECK(quotes[0].first_part() == Span{1, 13});
  CHECK(quotes[0].gap == Span{13, 32});
  CHECK(quotes[0].second_part().start == 32);
  CHECK(quotes[0].second_part().end == quotes[0].content.end);
}

TEST_CASE("reported speech names its speaker, anonymous or not", "[quotes]") {
  const std::string text =
      "US officials claim that roughly 90% of the issues between Russia and Ukraine have been solved. "
      "According to Axios, the sharpest disagreements centered on the territorial issue. "
      "Ukraine will also never be able to reclaim Crimea or secure NATO membership, he said.";
  const auto quotes = QuoteExtractor().extract(text);
  const Quote* officials = find(quotes, "roughly 90%");
  REQUIRE(officials);
  CHECK(officials->kind == QuoteKind::Indirect);
  REQUIRE(officials->speaker);
  CHECK(officials->speaker->text == "US officials");
  CHECK(officials->speaker->anonymous);
  const Quote* axios = find(quotes, "sharpest disagreements");
  REQUIRE(axios);
  CHECK(speaker_name(*axios) == "Axios");
  const Quote* nato = find(quotes, "NATO membership");
  REQUIRE(nato);
  CHECK(nato->speaker->text == "he");
}

TEST_CASE("a partial quote inside reported speech is one mixed quote", "[quotes]") {
  const std::string text =
      "According to sources cited by Western outlets, negotiators managed to agree on \u201C90% of the issues\u201D during the talks.";
  const auto quotes = QuoteExtractor().extract(text);
  REQUIRE(quotes.size() == 1);
  CHECK(quotes[0].kind == QuoteKind::Mixed);
  CHECK(quotes[0].speaker->text == "sources cited by Western outlets");
  CHECK(quotes[0].speaker->anonymous);
}

TEST_CASE("a missing closing mark ends with its paragraph", "[quotes]") {
  const std::string text =
      "He said: \u201CWe will not give up our land, and we will keep talking to our partners\n"
      "Second paragraph with other news about the weather in Kyiv and more words here.\n";
  const auto quotes = QuoteExtractor().extract(text);
  const Quote* q = find(quotes, "give up our land");
  REQUIRE(q);
  CHECK(q->text.find("weather") == std::string::npos);
}

TEST_CASE("a pronoun speaker resolves to the person named before", "[quotes]") {
  ArticleAnalyzer analyzer;
  Article article;
  article.text =
      "Kremlin foreign policy adviser Yuriy Ushakov said on Sunday that Moscow saw no text. "
      "\u201CThe issue of territories was actively discussed here in Moscow,\u201D he said.";
  const auto analysis = analyzer.analyze(article);
  const Quote* q = find(analysis.quotes, "issue of territories");
  REQUIRE(q);
  REQUIRE(q->speaker);
  CHECK(q->speaker->text == "he");
  CHECK(q->speaker->name == "Yuriy Ushakov");
  CHECK(q->speaker->entity_id == "person:yury-ushakov");
}

TEST_CASE("unbalanced marks and odd input never crash or run away", "[quotes]") {
  const std::string texts[] = {"", "\u201C", "\u201D\u201D\u201D", "\"\"\"", "said said said",
                               std::string(5000, '"'), "according to", ", said.", "\n\n\n"};
  for (const auto& t : texts) {
    const auto quotes = QuoteExtractor().extract(t);
    for (const Quote& q : quotes) CHECK(q.content.end <= count_code_points(t));
  }
}


TEST_CASE("a direct quote's speaker may carry an honorific, a bracketed aside or an appositive", "[quotes]") {
  // Newspaper styles from PolNeAR dev: NYT's "Mr. X said", Politico's "(R-Utah)".
  const std::string text =
      "\u201CThe goal is to have a big enough footprint,\u201D Mr. Clarke said.\n"
      "\u201CSubpoenas are not optional,\u201D Rep. Jason Chaffetz (R-Utah) said on Thursday.\n"
      "\u201CHe is absolutely right about the military,\u201D Flynn, a top Trump surrogate, said.";
  const auto quotes = QuoteExtractor().extract(text);
  const Quote* clarke = find(quotes, "footprint");
  const Quote* chaffetz = find(quotes, "Subpoenas");
  const Quote* flynn = find(quotes, "absolutely right");
  REQUIRE(clarke);
  REQUIRE(chaffetz);
  REQUIRE(flynn);
  CHECK_THAT(speaker_name(*clarke), Catch::Contains("Clarke"));
  CHECK_THAT(speaker_name(*chaffetz), Catch::Contains("Chaffetz"));
  CHECK(speaker_name(*flynn) == "Flynn");
}

TEST_CASE("a quote signed after a dash is the signer's", "[quotes]") {
  const std::string text =
      "\u201CMr. Trump embodies the lasting legacy of racism in the United States.\u201D \u2015 Sonya Herridge\n"
      "\u201CI cannot believe a man with no credentials could be the nominee of the party.\u201D \u2014 Julie A. Diaz Martinez.\n";
  const auto quotes = QuoteExtractor().extract(text);
  const Quote* a = find(quotes, "lasting legacy");
  const Quote* b = find(quotes, "no credentials");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(speaker_name(*a) == "Sonya Herridge");
  CHECK_THAT(speaker_name(*b), Catch::Contains("Diaz Martinez"));
}

TEST_CASE("a quote continued after an attribution with a role is one statement", "[quotes]") {
  const std::string text =
      "\u201CThe locus of activity would then move to the national committee,\u201D said Elaine Kamarck, a "
      "two-decade veteran of the DNC Rules Committee. \u201CThat is where the fight will be.\u201D\n"
      "\u201CWe are ready,\u201D said Anna Smith. \u201CWe are not,\u201D said John Brown.";
  const auto quotes = QuoteExtractor().extract(text);
  const Quote* kamarck = find(quotes, "locus of activity");
  REQUIRE(kamarck);
  CHECK_THAT(kamarck->text, Catch::Contains("where the fight will be"));
  CHECK(speaker_name(*kamarck) == "Elaine Kamarck");
  const Quote* brown = find(quotes, "We are not");
  REQUIRE(brown);  // its own attribution: not joined to Anna Smith's
  CHECK(speaker_name(*brown) == "John Brown");
}

TEST_CASE("a quote introduced by a colon finds its speaker further back, across a line break, or as a name", "[quotes]") {
  // Shapes from PolNeAR train: Washington Post, Western Journal, HuffPost.
  const std::string text =
      "Clinton, speaking to reporters on her plane, said of the latest request: \u201CThe FBI resolved all of this.\u201D\n"
      "He told his Democratic audience, to rowdy applause:\n\n"
      "\u201CThere has never been a man or a woman more qualified to serve as president.\u201D\n"
      "Jeffrey M. Jones: \u201CTwenty states are solidly Republican or leaning Republican this year.\u201D\n"
      "Sen. Richard J. Durbin (D-Ill.), noting the size of the following, said, \u201CHe has a heck of an email list.\u201D";
  const auto quotes = QuoteExtractor().extract(text);
  const Quote* fbi = find(quotes, "FBI resolved");
  const Quote* qualified = find(quotes, "more qualified");
  const Quote* states = find(quotes, "solidly Republican");
  const Quote* list = find(quotes, "email list");
  REQUIRE(fbi);
  REQUIRE(qualified);
  REQUIRE(states);
  REQUIRE(list);
  CHECK(speaker_name(*fbi) == "Clinton");
  CHECK(qualified->speaker.has_value());
  CHECK_THAT(speaker_name(*states), Catch::Contains("Jones"));
  CHECK_THAT(speaker_name(*list), Catch::Contains("Durbin"));
}

TEST_CASE("two apostrophes are a quote mark", "[quotes]") {
  const std::string text =
      "''The key to the success of these ventures was the broader market timing,'' Mr. Hedge said, referring to the "
      "two Trump resorts.";
  const auto quotes = QuoteExtractor().extract(text);
  const Quote* q = find(quotes, "broader market timing");
  REQUIRE(q);
  CHECK(q->kind == QuoteKind::Direct);
  CHECK(q->text == "The key to the success of these ventures was the broader market timing");
  REQUIRE(q->speaker);
  CHECK(q->speaker->text == "Hedge");
}

TEST_CASE("a cue of belief takes any subject as its source", "[quotes]") {
  const std::string text = "Most Republican voters believe that the party establishment has lost touch with them.";
  const auto quotes = QuoteExtractor().extract(text);
  REQUIRE(quotes.size() == 1);
  CHECK(quotes[0].kind == QuoteKind::Indirect);
  // The content model keeps "that", as PolNeAR's annotators mostly do.
  CHECK(quotes[0].text == "that the party establishment has lost touch with them");
  REQUIRE(quotes[0].speaker);
  CHECK(quotes[0].speaker->text == "Most Republican voters");
}

TEST_CASE("a name in -ly before a cue is its speaker, not an adverb", "[quotes]") {
  // From PolNeAR train (Breitbart): "Kelly" was skipped as "repeatedly" is.
  const std::string text =
      "Kelly said she asked for the interview because she wanted to get her interactions with Trump on a "
      "professional footing.";
  const auto quotes = QuoteExtractor().extract(text);
  const Quote* q = find(quotes, "she asked for the interview");
  REQUIRE(q);
  REQUIRE(q->speaker);
  CHECK(q->speaker->text == "Kelly");
}

TEST_CASE("a speaker past an opening adverb, or ending in an initialism's full stop", "[quotes]") {
  // From PolNeAR train (New York Times).
  const std::string text =
      "Still, Tad Devine, a senior adviser to Mr. Sanders, said that the campaign would not mislead voters. "
      "All those reviews came back clear, and the F.B.I. has said it had no incriminating information about them.";
  const auto quotes = QuoteExtractor().extract(text);
  const Quote* devine = find(quotes, "the campaign would not mislead voters");
  REQUIRE(devine);
  REQUIRE(devine->speaker);
  CHECK(devine->speaker->text == "Tad Devine");
  const Quote* fbi = find(quotes, "no incriminating information");
  REQUIRE(fbi);
  REQUIRE(fbi->speaker);
  CHECK(fbi->speaker->text == "the F.B.I.");
}

TEST_CASE("a participle after a quote's comma, or opening the sentence, reports for the subject", "[quotes]") {
  // From PolNeAR train (Breitbart).
  const std::string text =
      "Front-runner Donald Trump is insisting that he has \u201Cexpanded the Republican party,\u201D claiming that "
      "he is responsible for higher voter turnout in the primary states. "
      "Noting that Obama\u2019s policy has been to allow ISIS to enrich itself off oil fields, Trump reminded "
      "Americans of the danger.";
  const auto quotes = QuoteExtractor().extract(text);
  const Quote* turnout = find(quotes, "higher voter turnout");
  REQUIRE(turnout);
  REQUIRE(turnout->speaker);
  CHECK(turnout->speaker->text == "Front-runner Donald Trump");
  const Quote* isis = find(quotes, "allow ISIS");
  REQUIRE(isis);
  REQUIRE(isis->speaker);
  CHECK(isis->speaker->text == "Trump");
}

TEST_CASE("a cue with content after it attributes no opening phrase before it", "[quotes]") {
  // From PolNeAR train: the opening phrase was read as "CONTENT, X said." / "CONTENT, said X.".
  const std::string text =
      "Later in the day, the FBI said it would cooperate. "
      "Sanders, who has already sent fundraising pleas on Canova\u2019s behalf, said he also may campaign for him.";
  const auto quotes = QuoteExtractor().extract(text);
  const Quote* fbi = find(quotes, "it would cooperate");
  REQUIRE(fbi);
  REQUIRE(fbi->speaker);
  CHECK(fbi->speaker->text == "the FBI");
  CHECK_FALSE(find(quotes, "Later in the day"));
  CHECK_FALSE(find(quotes, "fundraising pleas"));
}

TEST_CASE("abbreviations inside a closing attribution and after according to", "[quotes]") {
  // From PolNeAR train (New York Times).
  const std::string text =
      "That criticism was often warranted, Mr. Sykes said. "
      "According to F.A.A. records, the Boeing has flown about 333 hours since June.";
  const auto quotes = QuoteExtractor().extract(text);
  const Quote* sykes = find(quotes, "often warranted");
  REQUIRE(sykes);
  REQUIRE(sykes->speaker);
  CHECK(sykes->speaker->text == "Sykes");
  const Quote* faa = find(quotes, "333 hours");
  REQUIRE(faa);
  CHECK(faa->cue_text == "According to");
}

TEST_CASE("a line opening with a source and a colon is its statement", "[quotes]") {
  // Headlines from PolNeAR train (AP, Breitbart).
  const std::string text =
      "Lynch: No outside influence on FBI probe into Clinton emails.\n\n"
      "The Latest: 3 NH towns cast first votes of primary.\n\n"
      "WASHINGTON (AP) \u2014 Attorney General Loretta Lynch spoke on Tuesday.";
  const auto quotes = QuoteExtractor().extract(text);
  const Quote* q = find(quotes, "No outside influence");
  REQUIRE(q);
  CHECK(q->cue_text == ":");
  REQUIRE(q->speaker);
  CHECK(q->speaker->text == "Lynch");
  CHECK_FALSE(find(quotes, "3 NH towns"));
}

TEST_CASE("an abbreviation before a comma ends no sentence", "[quotes]") {
  // From PolNeAR train (AP): "Ala.," split the sentence before its cue.
  const std::string text = "Brianne Stone, 29, of Huntsville, Ala., says her biggest concern is global warming.";
  const auto quotes = QuoteExtractor().extract(text);
  const Quote* q = find(quotes, "her biggest concern");
  REQUIRE(q);
  REQUIRE(q->speaker);
  CHECK(q->speaker->text == "Brianne Stone");
}

TEST_CASE("a figure in per cent before a cue is its subject", "[quotes]") {
  // From PolNeAR train (USA Today).
  const std::string text = "On fighting terrorism, 47% say the United States should commit troops on the ground.";
  const auto quotes = QuoteExtractor().extract(text);
  const Quote* q = find(quotes, "commit troops");
  REQUIRE(q);
  REQUIRE(q->speaker);
  CHECK(q->speaker->text == "47%");
}

TEST_CASE("a sentence opening with a poll is the poll's statement", "[quotes]") {
  // From PolNeAR train (AP).
  const std::string text =
      "In an NBC News/Wall Street Journal poll released Monday, 50 percent of respondents chose Clinton while 40 "
      "percent chose Trump.";
  const auto quotes = QuoteExtractor().extract(text);
  const Quote* q = find(quotes, "50 percent of respondents");
  REQUIRE(q);
  CHECK(q->cue_text == "In");
  REQUIRE(q->speaker);
  CHECK(q->speaker->text.find("poll") != std::string::npos);
}

TEST_CASE("according to X between commas attributes what precedes", "[quotes]") {
  // From PolNeAR train (Washington Post).
  const std::string text =
      "Verizon has struck a provisional work agreement with unions representing nearly 40,000 employees, "
      "according to the Labor Department, taking a step toward ending the strike.";
  const auto quotes = QuoteExtractor().extract(text);
  const Quote* q = find(quotes, "Verizon has struck");
  REQUIRE(q);
  CHECK(speaker_name(*q) == "Labor Department");
  CHECK_FALSE(find(quotes, "taking a step"));
}

TEST_CASE("one and a description before a cue is an anonymous speaker", "[quotes]") {
  // From PolNeAR train (Politico).
  const std::string text = "The Trump job marks his reemergence onto the political scene, one longtime friend said.";
  const auto quotes = QuoteExtractor().extract(text);
  const Quote* q = find(quotes, "his reemergence");
  REQUIRE(q);
  REQUIRE(q->speaker);
  CHECK(q->speaker->text == "one longtime friend");
}

TEST_CASE("a cue of several words finds the subject before all of them", "[quotes]") {
  // Shape from PolNeAR train (Western Journal).
  const std::string text = "The NBC reporter has been asking repeatedly about the release of Donald Trump\u2019s tax returns.";
  const auto quotes = QuoteExtractor().extract(text);
  const Quote* q = find(quotes, "the release of Donald Trump");
  REQUIRE(q);
  REQUIRE(q->speaker);
  CHECK(q->speaker->text == "The NBC reporter");
}

TEST_CASE("a participle after the first statement reports a second one of the same subject", "[quotes]") {
  // From PolNeAR train (Western Journal).
  const std::string text =
      "Hillary Clinton promised on Tuesday to refrain from using the phrase \u201Cillegal immigrant\u201D during the rest "
      "of her campaign, saying she had made a \u201Cpoor choice of words\u201D at a previous campaign event.";
  const auto quotes = QuoteExtractor().extract(text);
  const Quote* q = find(quotes, "she had made");
  REQUIRE(q);
  CHECK(q->kind == QuoteKind::Mixed);
  CHECK(q->cue_text == "saying");
  CHECK(speaker_name(*q) == "Hillary Clinton");
  CHECK(find(quotes, "to refrain from"));
}

TEST_CASE("a name or pronoun and one verb after a quote attribute it, whatever the verb", "[quotes]") {
  const std::string text =
      "\u201CWhy isn\u2019t this crystal clear proof that Wells is too big to fail?\u201D Vitter demanded. "
      "\u201CThat is simply not what happened here,\u201D she countered.";
  const auto quotes = QuoteExtractor().extract(text);
  const Quote* q = find(quotes, "crystal clear");
  REQUIRE(q);
  CHECK(speaker_name(*q) == "Vitter");
  CHECK(q->cue_text == "demanded");
  const Quote* r = find(quotes, "not what happened");
  REQUIRE(r);
  REQUIRE(r->speaker);
  CHECK(r->speaker->text == "she");
}

TEST_CASE("a cue after an aside or a coordinating word is the sentence subject's", "[quotes]") {
  // Shapes from PolNeAR train (Associated Press via Breitbart).
  SECTION("an aside between commas") {
    const std::string text =
        "Marley Anderson, 21, a junior from Las Vegas, said she turned out at her first caucus Saturday to support "
        "Bernie Sanders because of his stands on social issues.";
    const auto quotes = QuoteExtractor().extract(text);
    const Quote* q = find(quotes, "she turned out");
    REQUIRE(q);
    REQUIRE(q->speaker);
    CHECK(q->speaker->text == "Marley Anderson");
  }
  SECTION("past an opening adverb, and a description before the aside") {
    // From PolNeAR train (The New York Times, The Washington Post).
    const std::string text =
        "Still, Tad Devine, a senior adviser to Mr. Sanders, said on Tuesday that the campaign would not mislead "
        "voters about his chances.\n\nThe survey, conducted for the immigration advocacy group America's Voice, "
        "also found that support for Trump rose from 11 percent in April to 19 percent in August.";
    const auto quotes = QuoteExtractor().extract(text);
    const Quote* q = find(quotes, "would not mislead");
    REQUIRE(q);
    REQUIRE(q->speaker);
    CHECK(q->speaker->text == "Tad Devine");
    q = find(quotes, "support for Trump rose");
    REQUIRE(q);
    REQUIRE(q->speaker);
    CHECK(q->speaker->text == "The survey");
  }
  SECTION("a participle after a comma and \"while\"") {
    // From PolNeAR train (Breitbart).
    const std::string text =
        "Bolton had a comparable assessment of Trump\u2019s thin foreign policy record, while saying that the "
        "candidate\u2019s recent speech reassured him.";
    const auto quotes = QuoteExtractor().extract(text);
    const Quote* q = find(quotes, "recent speech reassured him");
    REQUIRE(q);
    REQUIRE(q->speaker);
    CHECK(q->speaker->text == "Bolton");
  }
  SECTION("a second verb after \"and\"") {
    const std::string text =
        "Wilson praised Rubio\u2019s positions on national defense and said the Florida senator can bring positive "
        "change to Washington.";
    const auto quotes = QuoteExtractor().extract(text);
    const Quote* q = find(quotes, "the Florida senator can");
    REQUIRE(q);
    REQUIRE(q->speaker);
    CHECK(q->speaker->text == "Wilson");
  }
}

TEST_CASE("the phrase after a cue is its content when the subject and an aside come before", "[quotes]") {
  // Shapes from PolNeAR train (USA Today, Politico): not "CONTENT, said X."
  SECTION("words go on after the phrase") {
    const std::string text =
        "Sen. Lindsey Graham, R-S.C., a long-shot presidential candidate, said Obama is overselling the successes "
        "that coalition forces have had against the Islamic State.";
    const auto quotes = QuoteExtractor().extract(text);
    const Quote* q = find(quotes, "Obama is overselling");
    REQUIRE(q);
    REQUIRE(q->speaker);
    CHECK(q->speaker->text == "Sen. Lindsey Graham");
  }
  SECTION("a name and an aside open the sentence") {
    const std::string text =
        "Morrell, a 30-year veteran of the CIA who retired as acting director in 2013, said the simplistic approach "
        "put forward by Trump is insufficient.";
    const auto quotes = QuoteExtractor().extract(text);
    REQUIRE(quotes.size() == 1);
    CHECK(quotes[0].text == "the simplistic approach put forward by Trump is insufficient");
    REQUIRE(quotes[0].speaker);
    CHECK(quotes[0].speaker->text == "Morrell");
  }
  SECTION("a participle after a comma") {
    const std::string text =
        "The attorney general of the state of New York is suing Trump for $40 million, claiming Trump University "
        "is a fraud.";
    const auto quotes = QuoteExtractor().extract(text);
    REQUIRE(quotes.size() == 1);
    CHECK(quotes[0].text == "Trump University is a fraud");
  }
  SECTION("a subject pronoun after the cue") {
    const std::string text =
        "Former Democratic candidate Bernie Sanders, who on Tuesday endorsed Clinton, said Wednesday he agrees "
        "with Ginsburg\u2019s remarks.";
    const auto quotes = QuoteExtractor().extract(text);
    const Quote* q = find(quotes, "he agrees with");
    REQUIRE(q);
    REQUIRE(q->speaker);
    CHECK(q->speaker->text == "Bernie Sanders");
  }
  SECTION("but a short attribution after the content is its speaker") {
    const std::string text = "The plan will not pass the Senate this year, said John Thune.";
    const auto quotes = QuoteExtractor().extract(text);
    REQUIRE(quotes.size() == 1);
    CHECK(quotes[0].text == "The plan will not pass the Senate this year");
    REQUIRE(quotes[0].speaker);
    CHECK(quotes[0].speaker->text == "John Thune");
  }
}

TEST_CASE("a phrase before a cue closing the sentence is its source when the cue model vouches for it", "[quotes]") {
  // From PolNeAR train (AP via Breitbart): no speaker-like word, a cue all the same.
  const std::string text = "More than 40 percent of that money arrived in February alone, new fundraising reports show.";
  const auto quotes = QuoteExtractor().extract(text);
  REQUIRE(quotes.size() == 1);
  CHECK(quotes[0].text == "More than 40 percent of that money arrived in February alone");
  REQUIRE(quotes[0].speaker);
  CHECK(quotes[0].speaker->text == "new fundraising reports");
}

TEST_CASE("a double hyphen is a dash around an aside", "[quotes]") {
  // From PolNeAR train (USA Today).
  const std::string text =
      "The Supreme Court justice -- who has been involved in a scuffle with the presumptive Republican nominee over "
      "the past few days -- said she regretted her remarks.";
  const auto quotes = QuoteExtractor().extract(text);
  const Quote* q = find(quotes, "she regretted her remarks");
  REQUIRE(q);
  CHECK(q->text == "she regretted her remarks");
  CHECK(q->speaker);
}

TEST_CASE("a cue with words of its own after it is no attribution of the clause before", "[quotes]") {
  // From PolNeAR train (AP via Breitbart, The Washington Post).
  SECTION("an object after the cue") {
    const std::string text = "But in Michigan a week ago, they supported her by a smaller 40 percentage-point margin.";
    const auto quotes = QuoteExtractor().extract(text);
    REQUIRE(quotes.size() == 1);
    CHECK(quotes[0].text == "her by a smaller 40 percentage-point margin");
  }
  SECTION("an opening circumstance is no content") {
    const std::string text = "During a recent campaign swing, Libertarian presidential nominee Gary Johnson told a joke.";
    QuoteExtractor::Options rules_alone;  // the statement filter drops a two-word content here
    rules_alone.learned_filter = false;
    const auto quotes = QuoteExtractor(rules_alone).extract(text);
    REQUIRE(quotes.size() == 1);
    CHECK(quotes[0].text == "a joke");
  }
  SECTION("but a circumstance after the cue leaves the clause before its content") {
    const std::string text = "The plan will not pass the Senate this year, he said on Sunday.";
    const auto quotes = QuoteExtractor().extract(text);
    REQUIRE(quotes.size() == 1);
    CHECK(quotes[0].text == "The plan will not pass the Senate this year");
  }
}

TEST_CASE("a participle opening the sentence reports for the main clause's subject", "[quotes]") {
  // From PolNeAR train (The New York Times, Breitbart).
  const std::string text =
      "While saying that he does respect Mrs. Clinton, he continued to express doubts. In addition to stating that "
      "unborn babies have no constitutional rights, Clinton has vowed to work to repeal the Hyde Amendment.";
  const auto quotes = QuoteExtractor().extract(text);
  const Quote* q = find(quotes, "he does respect");
  REQUIRE(q);
  CHECK(q->text == "that he does respect Mrs. Clinton");
  REQUIRE(q->speaker);
  CHECK(q->speaker->text == "he");
  q = find(quotes, "unborn babies");
  REQUIRE(q);
  REQUIRE(q->speaker);
  CHECK(q->speaker->text == "Clinton");
}

TEST_CASE("reported content ends at a comma that opens another speaker's statement", "[quotes]") {
  // The shape of one from PolNeAR train (Politico).
  const std::string text =
      "Trump claimed that Clinton broke the law on her emails, one of the former prosecutors for David Petraeus said "
      "the two cases were quite different.";
  const auto quotes = QuoteExtractor().extract(text);
  REQUIRE(quotes.size() == 2);
  CHECK(quotes[0].text == "that Clinton broke the law on her emails");
  CHECK(quotes[1].text == "the two cases were quite different");
  REQUIRE(quotes[1].speaker);
  CHECK(quotes[1].speaker->text == "one of the former prosecutors for David Petraeus");
}

TEST_CASE("a passive cue with nothing after its agent has its subject for content", "[quotes]") {
  // From PolNeAR train (Western Journal).
  const std::string text = "Trump was supported by 42 percent of the voters surveyed.";
  QuoteExtractor::Options rules_alone;  // the rule under test, not the statement filter's one-word verdict
  rules_alone.learned_filter = false;
  const auto quotes = QuoteExtractor(rules_alone).extract(text);
  REQUIRE(quotes.size() == 1);
  CHECK(quotes[0].text == "Trump");
  REQUIRE(quotes[0].speaker);
  CHECK(quotes[0].speaker->text == "42 percent of the voters surveyed");
}

TEST_CASE("the sentence subject is found past an opening phrase", "[quotes]") {
  const std::string text =
      "On Tuesday, Trump defended his remarks, saying, \u201CI do not feel that one\u2019s heritage makes them "
      "incapable of being impartial.\u201D";
  const auto quotes = QuoteExtractor().extract(text);
  const Quote* q = find(quotes, "heritage makes them");
  REQUIRE(q);
  REQUIRE(q->speaker);
  CHECK(q->speaker->text == "Trump");
}

TEST_CASE("the content model starts reported content after the rest of its cue", "[quotes]") {
  // From PolNeAR train (Breitbart): the cue is "called on", its content what follows.
  const std::string text = "Clinton has also called on the United States to attack the oil that funds the Islamic State.";
  const auto quotes = QuoteExtractor().extract(text);
  const Quote* q = find(quotes, "to attack the oil");
  REQUIRE(q);
  CHECK(q->text == "the United States to attack the oil that funds the Islamic State");
  REQUIRE(q->speaker);
  CHECK(q->speaker->text == "Clinton");
}

TEST_CASE("the sentence subject is not looked for inside a quote opening the sentence", "[quotes]") {
  // From PolNeAR train (Breitbart): ", suggesting that …" reports for Devine, not for the quote's "I".
  const std::string text =
      "\u201CI think a lot of the rhetoric was the product of that primary atmosphere,\u201D said Devine, "
      "suggesting that the upcoming contests won\u2019t be so vivifying.";
  const auto quotes = QuoteExtractor().extract(text);
  const Quote* q = find(quotes, "upcoming contests");
  REQUIRE(q);
  REQUIRE(q->speaker);
  CHECK(q->speaker->text == "Devine");
}

TEST_CASE("an adverb before a cue after \"and\" is part of the cue phrase", "[quotes]") {
  // After PolNeAR train (NYT; its verb is "defended", which the cue model
  // may or may not accept there): "most" is no speaker; the subject is.
  const std::string text =
      "In the coming months, Trump declined at first to criticize David Duke, and most recently said the use "
      "of an image that resembled the Star of David was a mistake.";
  const auto quotes = QuoteExtractor().extract(text);
  const Quote* q = find(quotes, "the use of an image");
  REQUIRE(q);
  REQUIRE(q->speaker);
  CHECK(q->speaker->text == "Trump");
}

TEST_CASE("an attribution between commas splits reported content around it", "[quotes]") {
  // From PolNeAR train (NYT): the subject before the attribution is the content's first part.
  const std::string text = "The allure of simplicity itself, Mr. Furman argued, is largely a chimera.";
  const auto quotes = QuoteExtractor().extract(text);
  const Quote* q = find(quotes, "largely a chimera");
  REQUIRE(q);
  REQUIRE(q->split());
  CHECK(q->text == "The allure of simplicity itself \u2026 is largely a chimera");
  REQUIRE(q->speaker);
  CHECK(q->speaker->text == "Furman");
}

TEST_CASE("the statement filter keeps a plain reported statement", "[quotes]") {
  // The learned statement filter (statement_model.h) drops reported
  // statements unlike the annotators'; a verb of speech with a named
  // speaker and a clause after it is the commonest kind it must keep.
  const std::string text = "Sanders said the party must do more to reach young voters before November.";
  const auto quotes = QuoteExtractor().extract(text);
  const Quote* q = find(quotes, "the party must do more");
  REQUIRE(q);
  CHECK(q->kind == QuoteKind::Indirect);
  REQUIRE(q->speaker);
  CHECK(q->speaker->text == "Sanders");
}

TEST_CASE("a relative pronoun before the cue is the speaker, named by its antecedent", "[quotes]") {
  // PolNeAR's annotators mark "who" as the source of "…, who said …"; the
  // speaker's mention is the pronoun, its name the phrase it stands for.
  const std::string text =
      "Senator Ted Cruz of Texas, who last year said that the government should be shut down, voted against the bill.";
  const auto quotes = QuoteExtractor().extract(text);
  const Quote* q = find(quotes, "the government should be shut down");
  REQUIRE(q);
  REQUIRE(q->speaker);
  CHECK(q->speaker->text == "who");
  CHECK(q->speaker->name.find("Cruz") != std::string::npos);
}

TEST_CASE("the sentence subject is found past a dateline", "[quotes]") {
  const std::string dateline =
      "LOS ANGELES (AP) — Hillary Clinton attacked Donald Trump's record on Tuesday, saying that his casinos had "
      "left workers without pay.";
  const auto a = QuoteExtractor().extract(dateline);
  const Quote* q = find(a, "his casinos had left workers");
  REQUIRE(q);
  REQUIRE(q->speaker);
  CHECK(q->speaker->text.find("Clinton") != std::string::npos);
}

TEST_CASE("a described sentence subject is the whole phrase, not a name inside it", "[quotes]") {
  // From PolNeAR train: "Vermont" alone was the speaker before.
  const std::string text =
      "Instead, the Vermont senator is sticking to his campaign message, saying that the race will be decided on "
      "the issues.";
  const auto quotes = QuoteExtractor().extract(text);
  const Quote* q = find(quotes, "the race will be decided");
  REQUIRE(q);
  REQUIRE(q->speaker);
  CHECK(q->speaker->text == "the Vermont senator");
}
