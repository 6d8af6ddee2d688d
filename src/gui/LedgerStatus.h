#pragma once

#include <QLabel>

class QTimer;

namespace gui {

class ApiClient;

// The status bar's "Ledger 312 MB/2 GB": the ledger's size on disk (the file and its
// write-ahead log) and its retention budget, from GET /ledger every PollMs. The tooltip says
// what the budget does, and up to which call retention has dropped texts.
class LedgerStatus : public QLabel
{
    Q_OBJECT

public:
    static constexpr int PollMs = 5000;

    explicit LedgerStatus(ApiClient &api, QWidget *parent = nullptr);

    // Asks for the figures now (the timer does every PollMs).
    void poll();

private:
    ApiClient &m_api;
    QTimer *m_timer;
    bool m_asking = false;
};

} // namespace gui
