// What the fuzz targets share: one migrated SQLite database per process (a temporary file),
// opened on the first input, and the principal that imports and lists as a coordinator.
#pragma once

#include <unistd.h>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "access/principal.h"
#include "access/service.h"
#include "register/schema.h"
#include "storage/database.h"
#include "storage/migrations.h"

namespace samla::fuzz {

// The session every input uses; aborts when the database cannot be set up, since no input
// could be tested then.
inline storage::Session& session() {
  static std::unique_ptr<storage::Session> s = [] {
    std::string path = "/tmp/samla-fuzz-" + std::to_string(::getpid()) + ".db";
    static const std::string kept_path = path;
    std::remove(path.c_str());
    // libFuzzer ends with exit(), so the file goes with the process.
    std::atexit([] {
      for (const char* suffix : {"", "-wal", "-shm"}) std::remove((kept_path + suffix).c_str());
    });
    auto db = storage::open_database("sqlite:" + path);
    if (!db.ok()) std::abort();
    static std::shared_ptr<storage::Database> keep = db.value();
    auto opened = keep->open_session();
    if (!opened.ok()) std::abort();
    auto migrations = access::migrations();
    for (auto& m : registry::migrations()) migrations.push_back(m);
    if (!storage::migrate(**opened, migrations).ok()) std::abort();
    return std::move(opened).value();
  }();
  return *s;
}

inline access::Principal coordinator() {
  return {1, "Fuzz coordinator", access::Role::coordinator, std::nullopt};
}

}  // namespace samla::fuzz
