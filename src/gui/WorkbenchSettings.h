#pragma once

#include "backend/ServerOptions.h"
#include "base/Result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace gui {

// What the window keeps between runs (QSettings), and the provider's API key, which
// lives in the system keychain (QtKeychain), never in the settings file.
struct WorkbenchSettings
{
    backend::ProviderKind provider = backend::ProviderKind::Simulated;
    QString baseUrl;
    QString model;
    backend::SimulationSettings simulation;
    bool hasSimulation = false; // false: nothing saved yet, keep the command line's values
    QString pricesFile;         // empty: the shipped table

    static WorkbenchSettings load();
    void save() const;

    // Asynchronous: done runs on context's thread with the key ("" when none is stored).
    static void readApiKey(QObject *context, std::function<void(base::Result<QString>)> done);
    static void writeApiKey(const QString &key, QObject *context, std::function<void(std::optional<base::Error>)> done);
};

} // namespace gui
