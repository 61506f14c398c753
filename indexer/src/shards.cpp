#include "quoth/index/shards.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "quoth/index/article_id.h"
#include "quoth/index/database.h"

namespace fs = std::filesystem;

namespace quoth {
namespace {

constexpr const char* kStubName = "XAPIANDB";
constexpr const char* kTcpScheme = "tcp://";

// "host:port" or ":port" (localhost).
ShardSpec parse_endpoint(const std::string& endpoint, const std::string& where) {
  const auto colon = endpoint.rfind(':');
  if (colon == std::string::npos || colon + 1 == endpoint.size()) {
    throw IndexError(where + ": '" + endpoint + "' is not HOST:PORT");
  }
  ShardSpec s;
  s.host = colon == 0 ? "127.0.0.1" : endpoint.substr(0, colon);
  try {
    const unsigned long port = std::stoul(endpoint.substr(colon + 1));
    if (port == 0 || port > 65535) throw std::out_of_range("port");
    s.port = static_cast<unsigned>(port);
  } catch (const std::exception&) {
    throw IndexError(where + ": '" + endpoint + "' has no valid port");
  }
  return s;
}

std::vector<ShardSpec> read_stub(const fs::path& stub) {
  std::ifstream in(stub);
  if (!in) throw IndexError(stub.string() + ": cannot read stub file");
  std::vector<ShardSpec> shards;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    std::istringstream words(line);
    std::string kind, rest;
    if (!(words >> kind) || kind.front() == '#') continue;
    words >> rest;
    const std::string where = stub.string() + ":" + std::to_string(number);
    if (kind == "remote") {
      shards.push_back(parse_endpoint(rest, where));
    } else if (kind == "auto" || kind == "glass") {
      fs::path p(rest);
      if (p.is_relative()) p = stub.parent_path() / p;
      shards.push_back({p.lexically_normal().string(), {}, 0});
    } else {
      throw IndexError(where + ": unknown stub line '" + kind + "' (use auto, glass or remote)");
    }
  }
  if (shards.empty()) throw IndexError(stub.string() + ": stub file lists no databases");
  return shards;
}

std::string shard_name(unsigned i) { return "shard-" + std::to_string(i); }

}  // namespace

std::string ShardSpec::describe() const {
  return remote() ? host + ":" + std::to_string(port) : path;
}

std::size_t shard_of(std::string_view key, std::size_t shard_count) {
  return shard_count <= 1 ? 0 : static_cast<std::size_t>(article_hash(key) % shard_count);
}

std::vector<ShardSpec> resolve_shards(const std::string& location) {
  if (location.starts_with(kTcpScheme)) {
    std::vector<ShardSpec> shards;
    std::stringstream list(location.substr(std::string(kTcpScheme).size()));
    for (std::string endpoint; std::getline(list, endpoint, ',');) {
      if (!endpoint.empty()) shards.push_back(parse_endpoint(endpoint, location));
    }
    if (shards.empty()) throw IndexError(location + ": no HOST:PORT given");
    return shards;
  }
  if (is_sharded_index(location)) return read_stub(fs::path(location) / kStubName);
  std::error_code ec;
  if (fs::is_regular_file(location, ec)) return read_stub(location);
  return {ShardSpec{location, {}, 0}};
}

OpenedIndex open_shards_for_reading(const std::string& location, const ShardOpenOptions& options) {
  OpenedIndex opened;
  bool any = false;
  for (const ShardSpec& shard : resolve_shards(location)) {
    try {
      Xapian::Database db;
      if (shard.remote()) {
        db = Xapian::Remote::open(shard.host, shard.port, options.timeout_ms, options.timeout_ms);
        check_schema_version(db, shard.describe());
      } else {
        db = open_index_for_reading(shard.path);
      }
      opened.db.add_database(db);
      any = true;
    } catch (const IndexError& e) {
      if (!options.allow_partial) throw;
      opened.missing.push_back(e.what());
    } catch (const Xapian::Error& e) {
      const std::string reason = "shard " + shard.describe() + " is unavailable: " + e.get_msg();
      if (!options.allow_partial) throw IndexError(location + ": " + reason + " (use --allow-partial to search the rest)");
      opened.missing.push_back(reason);
    }
  }
  if (!any) throw IndexError(location + ": no shard could be opened");
  return opened;
}

bool is_plain_index(const std::string& location) {
  std::error_code ec;
  return fs::exists(fs::path(location) / "iamglass", ec);
}

bool is_sharded_index(const std::string& location) {
  std::error_code ec;
  return fs::is_directory(location, ec) && fs::exists(fs::path(location) / kStubName, ec);
}

std::vector<Xapian::WritableDatabase> open_shards_for_writing(const std::string& location, unsigned shards, int flags) {
  const fs::path stub = fs::path(location) / kStubName;
  std::error_code ec;
  std::vector<Xapian::WritableDatabase> out;
  if (fs::exists(stub, ec)) {
    const auto specs = read_stub(stub);
    if (shards != 0 && shards != specs.size()) {
      throw IndexError(location + ": index has " + std::to_string(specs.size()) + " shards, not " +
                       std::to_string(shards) + "; re-shard by rebuilding it into a new directory");
    }
    for (const ShardSpec& s : specs) {
      if (s.remote()) throw IndexError(location + ": cannot index into remote shard " + s.describe());
      out.push_back(open_index_for_writing(s.path, flags));
    }
    return out;
  }
  if (shards <= 1) {
    out.push_back(open_index_for_writing(location, flags));
    return out;
  }
  if (is_plain_index(location)) {
    throw IndexError(location + ": is a single-database index; shard it by rebuilding into a new directory");
  }
  fs::create_directories(location, ec);
  std::ofstream stub_out(stub.string() + ".tmp");
  for (unsigned i = 0; i < shards; ++i) {
    out.push_back(open_index_for_writing((fs::path(location) / shard_name(i)).string(), flags));
    stub_out << "auto " << shard_name(i) << '\n';
  }
  stub_out.close();
  fs::rename(stub.string() + ".tmp", stub, ec);  // the stub appears whole or not at all
  if (ec) throw IndexError(stub.string() + ": cannot write stub file: " + ec.message());
  return out;
}

}  // namespace quoth
