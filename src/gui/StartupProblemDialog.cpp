#include "gui/StartupProblemDialog.h"

#include "backend/Backend.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>

namespace gui {

namespace {

// The nearest folder that exists: whether it is writable decides if mkpath could work.
QFileInfo nearestExisting(const QString &path)
{
    QFileInfo info(QDir::cleanPath(QDir(path).absolutePath()));
    while (!info.exists() && !info.isRoot() && info.absolutePath() != info.absoluteFilePath())
        info = QFileInfo(info.absolutePath());
    return info;
}

} // namespace

QString StartupProblemDialog::dataFolder(const backend::ServerOptions &options)
{
    return QDir::toNativeSeparators(backend::Backend::dataDir(options));
}

StartupProblemDialog::Problem StartupProblemDialog::classify(const base::Error &error,
                                                             const backend::ServerOptions &options)
{
    if (error.code == QLatin1String("listen_failed"))
        return Problem::PortInUse;
    if (error.code == QLatin1String("no_api_key"))
        return Problem::NoApiKey;
    if (error.code == QLatin1String("ledger_locked") || error.code == QLatin1String("ledger_open_failed")) {
        const QFileInfo folder = nearestExisting(dataFolder(options));
        if (!folder.isDir() || !folder.isWritable())
            return Problem::DataFolderNotWritable;
        if (error.code == QLatin1String("ledger_locked"))
            return Problem::DataFolderInUse;
    }
    return Problem::Other;
}

StartupProblemDialog::StartupProblemDialog(const base::Error &error, const backend::ServerOptions &options,
                                           QWidget *parent)
    : QMessageBox(parent)
    , m_problem(classify(error, options))
    , m_options(options)
{
    setObjectName(QStringLiteral("startupProblem"));
    setWindowTitle(tr("Costbench cannot start"));
    setIcon(QMessageBox::Warning);
    setDetailedText(error.message);
    const QString folder = dataFolder(options);
    switch (m_problem) {
    case Problem::PortInUse:
        setText(tr("Port %1 is already in use.").arg(options.port));
        setInformativeText(tr("Another program — perhaps another Costbench — listens on %1 port %2, so the "
                              "embedded server cannot. Costbench can listen on a free port instead; or quit, stop "
                              "the other program, or start Costbench with --port N.")
                               .arg(options.bind.toString())
                               .arg(options.port));
        if (options.port != 0)
            m_fix = addButton(tr("Use a free port"), QMessageBox::AcceptRole);
        break;
    case Problem::DataFolderNotWritable:
        setText(tr("The data folder %1 is not writable.").arg(folder));
        setInformativeText(tr("Costbench keeps its cost ledger (ledger.sqlite) in this folder and cannot create or "
                              "write it. Fix the folder's permissions (for example: chmod u+rwx \"%1\"), free some "
                              "disk space, or choose another folder (--data-dir DIR on the command line).")
                               .arg(folder));
        m_fix = addButton(tr("Choose another folder…"), QMessageBox::AcceptRole);
        break;
    case Problem::DataFolderInUse:
        setText(tr("Another Costbench is using the data folder %1.").arg(folder));
        setInformativeText(tr("Only one Costbench at a time can write a ledger. Switch to the Costbench that is "
                              "already running, or quit it and start again; or choose another folder for this one "
                              "(--data-dir DIR on the command line)."));
        m_fix = addButton(tr("Choose another folder…"), QMessageBox::AcceptRole);
        break;
    case Problem::NoApiKey:
        setText(tr("The OpenAI provider has no API key."));
        setInformativeText(tr("Settings chose the OpenAI-compatible provider, but the system keychain holds no key "
                              "and OPENAI_API_KEY is not set. Start with the simulated model (no key, no network) "
                              "and enter the key in Settings, or start Costbench with OPENAI_API_KEY set."));
        m_fix = addButton(tr("Use the simulated model"), QMessageBox::AcceptRole);
        break;
    case Problem::Other:
        setText(tr("The workbench could not start."));
        setInformativeText(error.message);
        break;
    }
    addButton(QMessageBox::Close);
    if (m_fix) {
        m_fix->setObjectName(QStringLiteral("startupFix"));
        setDefaultButton(qobject_cast<QPushButton *>(m_fix));
    }
}

std::optional<backend::ServerOptions> StartupProblemDialog::ask()
{
    exec();
    if (!m_fix || clickedButton() != m_fix)
        return std::nullopt;
    backend::ServerOptions options = m_options;
    switch (m_problem) {
    case Problem::PortInUse:
        options.port = 0;
        return options;
    case Problem::DataFolderNotWritable:
    case Problem::DataFolderInUse: {
        const QString folder =
            QFileDialog::getExistingDirectory(parentWidget(), tr("Folder for the cost ledger"), QDir::homePath());
        if (folder.isEmpty())
            return std::nullopt;
        options.dataDir = folder;
        return options;
    }
    case Problem::NoApiKey:
        options.provider = backend::ProviderKind::Simulated;
        return options;
    case Problem::Other:
        break;
    }
    return std::nullopt;
}

} // namespace gui
