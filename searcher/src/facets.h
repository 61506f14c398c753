// Facets of a matching set: top people, organisations, places (from the
// entity terms of the best matches), sources and months (from value slots
// over every match). Internal to the searcher.
#pragma once

#include <xapian.h>

#include <memory>

#include "quoth/search/entity_lookup.h"
#include "quoth/search/searcher.h"

namespace quoth {

class FacetSpies {
 public:
  void attach(Xapian::Enquire& enquire);
  [[nodiscard]] Facets collect(const Xapian::Database& db, const Xapian::Enquire& enquire,
                               const EntityLookup& entities) const;

 private:
  Xapian::ValueCountMatchSpy* sources_ = nullptr;  // owned by the enquire
  Xapian::ValueCountMatchSpy* dates_ = nullptr;
};

}  // namespace quoth
