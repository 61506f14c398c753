#include "facets.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>

#include "entity_data.h"
#include "quoth/index/entity_record.h"
#include "quoth/index/entity_registry.h"
#include "quoth/index/schema.h"

namespace quoth {
namespace {

constexpr std::size_t kTop = 5;
constexpr Xapian::doccount kEntitySample = 300;  // best matches read for entity facets

std::vector<FacetValue> top(std::map<std::string, std::size_t> counts) {
  std::vector<FacetValue> out;
  for (auto& [value, n] : counts) out.push_back({value, n});
  std::stable_sort(out.begin(), out.end(), [](const FacetValue& a, const FacetValue& b) { return a.count > b.count; });
  if (out.size() > kTop) out.resize(kTop);
  return out;
}

std::string canonical_name(const Xapian::Database& db, const std::string& id) {
  const auto record = read_registered_entity(db, id);
  return record ? record->canonical() : id;
}

}  // namespace

void FacetSpies::attach(Xapian::Enquire& enquire) {
  sources_ = new Xapian::ValueCountMatchSpy(schema::slot::kSource);
  dates_ = new Xapian::ValueCountMatchSpy(schema::slot::kDate);
  enquire.add_matchspy(sources_->release());
  enquire.add_matchspy(dates_->release());
}

Facets FacetSpies::collect(const Xapian::Database& db, const Xapian::Enquire& enquire,
                           const EntityLookup& entities) const {
  (void)entities;
  Facets f;
  std::map<std::string, std::size_t> sources, months;
  for (auto it = sources_->values_begin(); it != sources_->values_end(); ++it) sources[*it] = it.get_termfreq();
  for (auto it = dates_->values_begin(); it != dates_->values_end(); ++it) {
    const std::string d = *it;
    if (d.size() >= 6) months[d.substr(0, 4) + "-" + d.substr(4, 2)] += it.get_termfreq();
  }
  f.sources = top(std::move(sources));
  f.dates = top(std::move(months));

  const Xapian::MSet best = enquire.get_mset(0, kEntitySample);
  struct Kind {
    std::string_view prefix;
    std::vector<FacetValue>* out;
  };
  const Kind kinds[] = {{schema::prefix::kPersonId, &f.people},
                        {schema::prefix::kOrgId, &f.organisations},
                        {schema::prefix::kPlaceId, &f.places}};
  for (const Kind& kind : kinds) {
    std::map<std::string, std::size_t> ids;
    for (auto it = best.begin(); it != best.end(); ++it) {
      const std::string prefix(kind.prefix);
      auto t = db.termlist_begin(*it);
      for (t.skip_to(prefix); t != db.termlist_end(*it) && (*t).starts_with(prefix); ++t) {
        ++ids[(*t).substr(prefix.size())];
      }
    }
    for (FacetValue& v : top(std::move(ids))) {
      v.value = canonical_name(db, v.value);
      kind.out->push_back(std::move(v));
    }
  }
  return f;
}

}  // namespace quoth
