#pragma once

#include "backend/ServerOptions.h"
#include "base/Result.h"

#include <QMessageBox>

#include <optional>

namespace gui {

// A start-up failure a new user can meet, explained with its fix before any window
// exists: the port is in use, the data folder is not writable or another Costbench holds
// it, the provider has no key. Where the fix is a choice (a free port, another folder, the
// simulated model) a button makes it, and ask() says how to start again.
class StartupProblemDialog : public QMessageBox
{
    Q_OBJECT

public:
    enum class Problem { PortInUse, DataFolderNotWritable, DataFolderInUse, NoApiKey, Other };

    StartupProblemDialog(const base::Error &error, const backend::ServerOptions &options, QWidget *parent = nullptr);

    static Problem classify(const base::Error &error, const backend::ServerOptions &options);
    // The folder the ledger lives in for options (--data-dir or the default).
    static QString dataFolder(const backend::ServerOptions &options);

    Problem problem() const { return m_problem; }
    // Shows the dialog (and, for another folder, a folder chooser): the options to start
    // again with, or nothing when the user quits.
    std::optional<backend::ServerOptions> ask();

private:
    Problem m_problem;
    backend::ServerOptions m_options;
    QAbstractButton *m_fix = nullptr;
};

} // namespace gui
