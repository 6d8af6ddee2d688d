#pragma once

#include "backend/LoadRun.h"
#include "backend/ServerOptions.h"

#include <QObject>
#include <QPointer>

namespace gui {

class ApiClient;
class LoadPanel;

// "Run the seed demo": the whole story in a minute, through the same paths the panels use.
// It creates a document, appends to it twice (as three users), then fires a small
// concurrent load in scoped mode and the same load in global mode, each ending with the
// Load panel's audit banner, and puts back the mode that was in force before.
class SeedDemo : public QObject
{
    Q_OBJECT

public:
    SeedDemo(ApiClient &api, LoadPanel &load, QObject *parent = nullptr);

    // The load each mode gets: small enough to take seconds, concurrent enough that
    // global mode visibly misattributes.
    static backend::LoadPlan loadPlan();
    // How long the scoped verdict stays on screen before the global run replaces it.
    static constexpr int VerdictPauseMs = 1500;

    bool isRunning() const { return m_running; }

public slots:
    void start();

signals:
    // What the demo does now, one line for the status bar and the Load panel.
    void stepped(const QString &text);
    void documentCreated(const QString &documentId);
    void finished(bool ok, const QString &summary);

private:
    void createDocument();
    void append(int number);
    void runLoad(backend::InstrumentationMode mode);
    void loadFinished(qint64 calls, qint64 misattributed);
    void restoreMode();
    void fail(const QString &what, const QString &why);

    ApiClient &m_api;
    LoadPanel &m_load;
    bool m_running = false;
    QString m_documentId;
    backend::InstrumentationMode m_modeBefore = backend::InstrumentationMode::Scoped;
    std::optional<backend::InstrumentationMode> m_loadMode;
    QString m_scopedVerdict;
    QString m_globalVerdict;
};

} // namespace gui
