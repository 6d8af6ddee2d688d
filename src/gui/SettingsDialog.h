#pragma once

#include "gui/WorkbenchSettings.h"

#include <QDialog>
#include <QJsonObject>
#include <QScopedPointer>

#include <optional>

namespace Ui {
class SettingsDialog;
}
namespace payi {
class PriceTable;
}
namespace backend {
class Backend;
}

namespace gui {

class ApiClient;

// The provider (simulated or OpenAI-compatible, its key in the keychain), the simulated
// model's latency and fault injection, and the price table (view, load another file).
// OK applies the price table (PUT /prices) and the simulated model's settings
// (PUT /sim/settings) to the running server, as any client would, then saves everything
// with QSettings and closes; if the server refuses, the dialog says why and stays open.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(const backend::Backend &backend, ApiClient &api, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

private:
    void showProvider(const QString &defaultModel);
    void showSimulation(const backend::SimulationSettings &settings);
    void showPrices(const payi::PriceTable &table, const QString &file);
    void loadPriceFile();
    void applyPrices();
    void applySimulation();
    void finish();
    void refused(const QString &message);
    void writeApiKey();

    QScopedPointer<Ui::SettingsDialog> m_ui;
    ApiClient &m_api;
    WorkbenchSettings m_settings;
    std::optional<QJsonObject> m_loadedPrices; // the file's table, as PUT /prices takes it
    bool m_keyEdited = false;
    bool m_applying = false;
};

} // namespace gui
