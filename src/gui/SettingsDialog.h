#pragma once

#include "gui/WorkbenchSettings.h"

#include <QDialog>
#include <QScopedPointer>

#include <memory>

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

// The provider (simulated or OpenAI-compatible, its key in the keychain), the simulated
// model's latency and fault injection (applied at once), and the price table (view, load
// another file). Accepting saves everything with QSettings.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(backend::Backend &backend, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

private:
    void showPrices(const payi::PriceTable &table, const QString &file);
    void loadPriceFile();

    QScopedPointer<Ui::SettingsDialog> m_ui;
    backend::Backend &m_backend;
    WorkbenchSettings m_settings;
    std::shared_ptr<const payi::PriceTable> m_loadedPrices;
    bool m_keyEdited = false;
};

} // namespace gui
