#include "stop_words.h"

#include <algorithm>
#include <array>

namespace quoth {
namespace {

// Sorted, for binary search.
constexpr std::array<std::string_view, 73> kStopWords = {
    "a", "about", "after", "against", "all", "also", "an", "and", "any", "are", "as", "at", "be",
    "been", "being", "but", "by", "can", "could", "did", "do", "does", "for", "from", "had", "has",
    "have", "he", "her", "his", "how", "i", "if", "in", "into", "is", "it", "its", "might",
    "more", "most", "no", "not", "of", "on", "or", "our", "she", "should", "so", "some", "than",
    "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "to", "was",
    "we", "were", "what", "when", "which", "will", "with", "would", "you"};

static_assert(std::is_sorted(kStopWords.begin(), kStopWords.end()));

}  // namespace

bool is_stop_word(std::string_view word) {
  std::array<char, 8> folded{};
  if (word.empty() || word.size() > folded.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    folded[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  }
  return std::binary_search(kStopWords.begin(), kStopWords.end(), std::string_view(folded.data(), word.size()));
}

}  // namespace quoth
