#pragma once

#include "payi/Result.h"
#include "providers/SimulatedModelSettings.h"
#include "server/ServerOptions.h"

#include <QObject>
#include <QString>

#include <functional>

namespace gui {

// What the window keeps between runs (QSettings), and the provider's API key, which
// lives in the system keychain (QtKeychain), never in the settings file.
struct WorkbenchSettings
{
    server::ProviderKind provider = server::ProviderKind::Simulated;
    QString baseUrl;
    QString model;
    providers::SimulatedModelSettings::Snapshot simulation;
    bool hasSimulation = false; // false: nothing saved yet, keep the command line's values
    QString pricesFile;         // empty: the shipped table

    static WorkbenchSettings load();
    void save() const;

    // Asynchronous: done runs on context's thread with the key ("" when none is stored).
    static void readApiKey(QObject *context, std::function<void(payi::Result<QString>)> done);
    static void writeApiKey(const QString &key, QObject *context, std::function<void(std::optional<payi::Error>)> done);
};

} // namespace gui
