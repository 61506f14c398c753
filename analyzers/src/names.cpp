#include "quoth/analyzers/entity.h"
#include "quoth/analyzers/quote.h"

namespace quoth {

std::string_view to_string(EntityType type) {
  switch (type) {
    case EntityType::Person: return "PERSON";
    case EntityType::Org: return "ORG";
    case EntityType::Place: return "PLACE";
    case EntityType::Date: return "DATE";
    case EntityType::Figure: return "FIGURE";
  }
  return "PERSON";
}

std::string_view to_string(QuoteKind kind) {
  switch (kind) {
    case QuoteKind::Direct: return "direct";
    case QuoteKind::Mixed: return "mixed";
    case QuoteKind::Indirect: return "indirect";
  }
  return "direct";
}

}  // namespace quoth
