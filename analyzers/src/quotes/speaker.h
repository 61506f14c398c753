// Speaker noun phrases around a cue: finding them, telling a named speaker
// from an anonymous description, resolving pronouns and linking entities.
// Internal to the quote extractor.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "quote_tokens.h"
#include "quoth/analyzers/entity.h"
#include "quoth/analyzers/quote.h"

namespace quoth::quotes {

// The noun phrase ending just before token `cue` (skipping auxiliaries and
// adverbs), not before `floor`; nullopt if none that could speak.
[[nodiscard]] std::optional<Range> speaker_before(const std::vector<QToken>& t, std::size_t cue, std::size_t floor);

// The phrase ending just before token `cue`, found as speaker_before()
// finds it, whether or not it looks like a speaker ("the poll", "rising
// rates", "who"): the subject of a cue of belief, finding or intent.
[[nodiscard]] std::optional<Range> subject_before(const std::vector<QToken>& t, std::size_t cue, std::size_t floor);

// The noun phrase starting just after `from` ("said Trump"), before `ceiling`.
[[nodiscard]] std::optional<Range> speaker_after(const std::vector<QToken>& t, std::size_t from, std::size_t ceiling);

// The relative pronoun opening the clause of token `cue`, not before
// `floor`: "Beck, who has in the past described …", "the committee, which
// said". The nearest "who" or "which" a few words before the cue with no
// punctuation between; nullopt if none.
[[nodiscard]] std::optional<Range> relative_before(const std::vector<QToken>& t, std::size_t cue, std::size_t floor);

// The noun phrase a determiner or a lower-case word at `from` opens, up to
// its verb, a preposition other than "of", a clause's opener or
// punctuation, before `limit`: "the board of elections" (on Monday
// rejected …), "The town" (released …), "prosecutors" (charged …).
// nullopt if a determiner has no word after it.
[[nodiscard]] std::optional<Range> described_phrase_at(const std::vector<QToken>& t, std::size_t from,
                                                       std::size_t limit);

// "who", "which": a relative pronoun that can be a clause's subject.
[[nodiscard]] bool is_relative(const QToken& t);

[[nodiscard]] bool is_pronoun(const QToken& t);
// "of", "to", "in", "for", ...: a word that opens a prepositional phrase.
[[nodiscard]] bool is_preposition(std::string_view lower_word);
// "monday" … "sunday", "yesterday", "today": a time, not a subject or content.
[[nodiscard]] bool is_weekday(std::string_view lower_word);
// "he", "she", "they", "we", "i": a pronoun that can open a clause as its subject.
[[nodiscard]] bool is_subject_pronoun(const QToken& t);

// Whether a word after a comma opens a clause of its own ("while", "who",
// "according", a participle such as "crediting"): reported content ends there.
[[nodiscard]] bool opens_clause(std::string_view lower_word);

// Whether a capitalised word opening a sentence is a function word ("But",
// "And", "The", "In"), not a name.
[[nodiscard]] bool opens_sentence(std::string_view lower_word);

// Whether a sentence opening with word i opens with an adjunct before
// its subject: a preposition, a participle ("Speaking", "Reached", "Having
// announced"), a conjunction ("Despite", "While"), a time ("Sunday", "Hours
// later", "Last week") or an adverb of linking ("Instead", "Meanwhile").
[[nodiscard]] bool opens_adjunct(const std::vector<QToken>& t, std::size_t i);

// Whether a phrase opening with this word can be a subject: not with a
// preposition ("By", "Despite", "in"), an adverb of linking ("Therefore",
// "even") or a verb's auxiliary ("can", "don't", "is").
[[nodiscard]] bool opens_subject(const QToken& first);

// Builds the Speaker of a phrase: text, display name, anonymity, entity link.
// `previous` is the latest named speaker, used when a pronoun has no
// person mention to resolve to. A relative pronoun ("Beck, who said") keeps
// its own span and text and takes its antecedent's name and link.
[[nodiscard]] Speaker make_speaker(std::string_view text, const std::vector<QToken>& t, Range phrase,
                                   const std::vector<EntityMention>& mentions, const Speaker* previous);

}  // namespace quoth::quotes
