#pragma once

#include "backend/ServerOptions.h"
#include "base/Result.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace gui {

// A per-call header the documents panel sends with Create and Append: a name (an xProxy-*
// one, or any other) and a value, which may be empty (an empty xProxy-* header clears its field).
struct CallHeader
{
    QString name;
    QString value;
    friend bool operator==(const CallHeader &, const CallHeader &) = default;
};

// What the window keeps between runs (QSettings), and the provider's API key, which
// lives in the system keychain (QtKeychain), never in the settings file.
struct WorkbenchSettings
{
    backend::ProviderKind provider = backend::ProviderKind::Simulated;
    QString baseUrl;
    QString model;
    backend::SimulationSettings simulation;
    bool hasSimulation = false;    // false: nothing saved yet, keep the command line's values
    QString pricesFile;            // empty: the shipped table
    qint64 retentionBytes = 0;     // the ledger's retention budget; 0: nothing saved, the command line's
    QList<CallHeader> callHeaders; // the documents panel's per-call headers, in its order
    bool callHeadersShown = false; // the panel's section of them is open

    static WorkbenchSettings load();
    // Writes the Settings dialog's part; the call headers are the documents panel's own.
    void save() const;
    // Writes the documents panel's per-call headers, as it changes them.
    static void saveCallHeaders(const QList<CallHeader> &headers, bool shown);

    // Asynchronous: done runs on context's thread with the key ("" when none is stored).
    static void readApiKey(QObject *context, std::function<void(base::Result<QString>)> done);
    static void writeApiKey(const QString &key, QObject *context, std::function<void(std::optional<base::Error>)> done);
};

} // namespace gui
