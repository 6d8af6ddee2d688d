#pragma once

#include "support/HttpProbe.h"

#include "backend/Backend.h"
#include "payi/Instrumentation.h"

#include <memory>

// The backend as the program runs it, for the tests of the document app and the JSON API through
// real HTTP on loopback: a real server on port 0, a real ledger file in dataDir, the simulated
// model at 20 ms plus 1 ms a token.
struct RunningBackend
{
    std::unique_ptr<payi::Instrumentation> instrumentation;
    std::unique_ptr<backend::Backend> backend;
    std::unique_ptr<HttpProbe> probe;

    // Null, with a warning, when the backend does not start.
    static std::unique_ptr<RunningBackend> start(const QString &dataDir, backend::ServerOptions options = {});

    HttpProbe::Reply call(const QByteArray &method, const QString &path, const QByteArray &body = {},
                          const HttpProbe::Headers &headers = {})
    {
        return probe->call(method, path, body, headers);
    }
    qint64 calls() const; // the model calls the ledger holds
    int documents() const;
};
